/** The time window every view follows, and the helpers that test items against it. */
export interface TimeWindow {
  /** Inclusive bounds, `YYYY-MM-DD`; null is open. */
  from: string | null;
  to: string | null;
}

export const WHOLE_PERIOD: TimeWindow = { from: null, to: null };

export function dateInWindow(date: string, window: TimeWindow): boolean {
  return (window.from === null || date >= window.from) && (window.to === null || date <= window.to);
}

/** An interval [from, to] (null = open) overlaps the window. */
export function spanInWindow(from: string | null, to: string | null, window: TimeWindow): boolean {
  return (
    (window.to === null || from === null || from <= window.to) &&
    (window.from === null || to === null || to >= window.from)
  );
}

/** A span as the workbench writes it, an open end as "…": "2001-12-22 – 2021-08-15", "2021-08-15 – …". */
export const spanText = (from: string | null, to: string | null): string => `${from ?? '…'} – ${to ?? '…'}`;

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

/** `YYYY-MM` of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Every month from `first` to `last` inclusive (`YYYY-MM`). */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

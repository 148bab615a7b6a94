/**
 * Calendar arithmetic on `YYYY-MM-DD` days and the exponential decay that ages evidence:
 * an item `halfLifeDays` old weighs half as much as one from today.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` day (UTC). */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after (or before, when negative) `isoDay`. */
export function addDays(isoDay: string, days: number): string {
  return new Date((dayNumber(isoDay) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1 for an item of age ≤ 0, halving every `halfLifeDays`; `Infinity` half-life means no decay. */
export function decayWeight(ageDays: number, halfLifeDays: number): number {
  if (ageDays <= 0 || !Number.isFinite(halfLifeDays)) return 1;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

/** Inclusive date window. */
export interface DateWindow {
  from: string;
  to: string;
}

export function inWindow(isoDay: string, window: DateWindow): boolean {
  return isoDay >= window.from && isoDay <= window.to;
}

/** How exact a day is: 'day', or the period it stands for (its first day is stored). */
export type DayPrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';

/**
 * The span of days a dated value may fall in, given its precision: a day is itself, a week
 * runs 7 days from the stored day, a month or a year is the whole calendar period that holds
 * the stored day. Null for 'unknown'.
 */
export function periodOf(isoDay: string, precision: DayPrecision = 'day'): DateWindow | null {
  switch (precision) {
    case 'day':
      return { from: isoDay, to: isoDay };
    case 'week':
      return { from: isoDay, to: addDays(isoDay, 6) };
    case 'month': {
      const [y, m] = isoDay.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      return { from: `${isoDay.slice(0, 7)}-01`, to: last };
    }
    case 'year':
      return { from: `${isoDay.slice(0, 4)}-01-01`, to: `${isoDay.slice(0, 4)}-12-31` };
    case 'unknown':
      return null;
  }
}

/** A day as precise as it is known: '2007-07-15', '2007-07', '2008', 'week of 2007-07-15'. */
export function formatDay(isoDay: string, precision: DayPrecision = 'day'): string {
  switch (precision) {
    case 'day':
      return isoDay;
    case 'week':
      return `week of ${isoDay}`;
    case 'month':
      return isoDay.slice(0, 7);
    case 'year':
      return isoDay.slice(0, 4);
    case 'unknown':
      return `${isoDay} (precision unknown)`;
  }
}

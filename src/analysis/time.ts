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

/**
 * Calendar bins for the timeline: months (`YYYY-MM`) or ISO weeks (`YYYY-Www`, weeks start on
 * Monday and belong to the year of their Thursday), each with its first and last day, so a
 * brush over bins turns into a window of dates.
 */
import { isoWeekOf, msOf, toDay, type PeriodUnit } from '../../../src/analysis/calendar.ts';

export { isoWeekOf, periodKeyOf, type PeriodUnit } from '../../../src/analysis/calendar.ts';

export interface Period {
  /** `YYYY-MM` or `YYYY-Www`. */
  key: string;
  /** First and last day, inclusive (`YYYY-MM-DD`). */
  start: string;
  end: string;
  /** Calendar year the bin starts in, for year ticks. */
  year: number;
}

const DAY_MS = 86_400_000;

function lastDayOfMonth(year: number, month: number): string {
  return toDay(Date.UTC(year, month, 0));
}

/** Every bin from the one holding `first` to the one holding `last` (dates, inclusive). */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): Period[] {
  const periods: Period[] = [];
  if (unit === 'month') {
    let year = +first.slice(0, 4);
    let month = +first.slice(5, 7);
    const endKey = last.slice(0, 7);
    for (;;) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      if (key > endKey) break;
      periods.push({ key, start: `${key}-01`, end: lastDayOfMonth(year, month), year });
      month += 1;
      if (month > 12) [month, year] = [1, year + 1];
    }
    return periods;
  }
  const lastMs = msOf(last);
  for (let monday = msOf(isoWeekOf(first).monday); monday <= lastMs; monday += 7 * DAY_MS) {
    const start = toDay(monday);
    periods.push({
      key: isoWeekOf(start).key,
      start,
      end: toDay(monday + 6 * DAY_MS),
      year: +start.slice(0, 4),
    });
  }
  return periods;
}

/** Where a date lies within a bin, from 0 (its first day) to just under 1 (after its last). */
export function fractionWithin(date: string, period: Period): number {
  const length = (msOf(period.end) - msOf(period.start)) / DAY_MS + 1;
  return (msOf(date) - msOf(period.start)) / DAY_MS / length;
}

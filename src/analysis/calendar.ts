/**
 * Calendar periods of a day: its month (`YYYY-MM`) or its ISO week (`YYYY-Www`; weeks start on
 * Monday and belong to the year of their Thursday). Shared by the API's event summary and the
 * workbench's timeline, so both bin a day the same way.
 */
export type PeriodUnit = 'month' | 'week';

const DAY_MS = 86_400_000;
export const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const msOf = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** The ISO week of a date: its key and its Monday (`YYYY-MM-DD`). */
export function isoWeekOf(date: string): { key: string; monday: string } {
  const ms = msOf(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = ms - weekday * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return { key: `${isoYear}-W${String(week).padStart(2, '0')}`, monday: toDay(monday) };
}

/** The key of the period a date falls in. */
export function periodKeyOf(date: string, unit: PeriodUnit): string {
  return unit === 'month' ? date.slice(0, 7) : isoWeekOf(date).key;
}

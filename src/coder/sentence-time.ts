/**
 * The time a sentence states for itself, as the coder reads actor mentions by it: each date
 * expression of the sentence becomes a span of days by its precision ("6 May 2023" one day,
 * "May 2021" the month, "last week" the week, "in 1998" the whole year), ranges and named periods
 * replace the dates inside them (`stated-ranges.ts`, `rule-periods.ts`), and a mention takes the
 * span of the date expression that governs it (`timeFor`). Actors with `periods` are then candidates by that
 * span instead of the document's day (`mentions.ts`). Pure.
 */
import type { DatePrecision } from '../model/index.ts';
import type { DateMention } from './dates.ts';
import type { Token } from './tokenise.ts';

/** Days from `first` to `last` (YYYY-MM-DD, both inclusive) stated by tokens `start`..`end` (exclusive). */
export interface StatedTime {
  start: number;
  end: number;
  first: string;
  last: string;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The days a date of `precision` covers, from its first day; undefined when it has no date or precision. */
export function daysOf(
  date: string | null,
  precision: DatePrecision,
): { first: string; last: string } | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/u.exec(date ?? '')?.[0];
  if (day === undefined) return undefined;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (precision) {
    case 'day':
      return { first: day, last: day };
    case 'week':
      return { first: day, last: addDays(day, 6) };
    case 'month':
      // Day 0 of the next month is this month's last day.
      return { first: day, last: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
    case 'year':
      return { first: day, last: `${day.slice(0, 4)}-12-31` };
    default:
      return undefined;
  }
}

/**
 * The stated times of a sentence's date expressions (those that resolved to a date), and the
 * spans it states otherwise (`ranges`: "since 2015", "under Taliban rule"), which replace the
 * date expressions inside them ("since 2015" is not the year 2015 alone).
 */
export function statedTimes(dates: readonly DateMention[], ranges: readonly StatedTime[] = []): StatedTime[] {
  const own = dates.flatMap((d) => {
    const days = daysOf(d.date, d.precision);
    const inRange = ranges.some((r) => r.start <= d.start && d.end <= r.end);
    return days === undefined || inRange ? [] : [{ start: d.start, end: d.end, ...days }];
  });
  return [...own, ...ranges].sort((a, b) => a.start - b.start);
}

/** Punctuation that ends a stretch of a sentence ("In 1975 X met Y, and on 3 May 2005 Z …"). */
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * The stated time a token at `at` is read by: one whose tokens cover it (a time stated for the
 * whole sentence); else the nearest in the token's own stretch between punctuation; else the
 * nearest before it ("In 1998, the Taliban …"); else the nearest after it ("… fell in 2001").
 */
export function timeFor(
  times: readonly StatedTime[],
  tokens: readonly Token[],
  at: number,
): StatedTime | undefined {
  const covering = times.find((t) => t.start <= at && at < t.end);
  if (covering !== undefined) return covering;
  let from = at;
  while (from > 0 && !BREAKS.has(tokens[from - 1]?.text ?? '')) from -= 1;
  let to = at;
  while (to < tokens.length && !BREAKS.has(tokens[to]?.text ?? '')) to += 1;
  const distance = (t: StatedTime): number => (at < t.start ? t.start - at : at - t.end + 1);
  const nearest = (list: readonly StatedTime[]): StatedTime | undefined =>
    list.reduce<StatedTime | undefined>(
      (best, t) => (best === undefined || distance(t) < distance(best) ? t : best),
      undefined,
    );
  return (
    nearest(times.filter((t) => t.start >= from && t.end <= to)) ??
    nearest(times.filter((t) => t.end <= at)) ??
    nearest(times.filter((t) => t.start > at))
  );
}

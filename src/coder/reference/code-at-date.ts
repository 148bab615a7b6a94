/**
 * Which of an actor record's codes applies. With a date (the document's): the first dated code
 * whose restriction holds (limits included), in file order as PETRARCH takes them; when none
 * holds, the record's default (its last undated code). Without a date: the most recent dated
 * code (the one whose period ends last, an open end `>DATE` last of all), because a leader is
 * mostly in the news in the office the dictionary lists last, and a default code typically
 * stands for the years outside every listed office; the default only when no code is dated.
 * Pure.
 */
import type { DatedCode, DateRestriction } from './tabari-format.ts';

/** A YYYY-MM-DD date as a YYYYMMDD number, or null. */
export function dateNumber(isoDate: string | null | undefined): number | null {
  if (isoDate === null || isoDate === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(isoDate);
  return match === null ? null : Number(`${match[1]}${match[2]}${match[3]}`);
}

function holds(when: DateRestriction, date: number): boolean {
  switch (when.kind) {
    case 'always':
      return true;
    case 'before':
      return date <= when.date;
    case 'after':
      return date >= when.date;
    case 'between':
      return date >= when.from && date <= when.to;
  }
}

/** Where a restriction's period ends, for ordering (an open end is infinitely late). */
function endOf(when: DateRestriction): number {
  switch (when.kind) {
    case 'always':
    case 'after':
      return Number.POSITIVE_INFINITY;
    case 'before':
      return when.date;
    case 'between':
      return when.to;
  }
}

function startOf(when: DateRestriction): number {
  return when.kind === 'after' ? when.date : when.kind === 'between' ? when.from : 0;
}

/** The code that applies at `date` (YYYYMMDD, or null for an undated text), or undefined. */
export function codeAt(codes: readonly DatedCode[], date: number | null): DatedCode | undefined {
  const dated = codes.filter((c) => c.when.kind !== 'always');
  const fallback = codes.filter((c) => c.when.kind === 'always').at(-1);
  if (date !== null) return dated.find((c) => holds(c.when, date)) ?? fallback;
  let latest: DatedCode | undefined;
  for (const code of dated) {
    if (
      latest === undefined ||
      endOf(code.when) > endOf(latest.when) ||
      (endOf(code.when) === endOf(latest.when) && startOf(code.when) >= startOf(latest.when))
    )
      latest = code;
  }
  return latest ?? fallback;
}

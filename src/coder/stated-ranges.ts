/**
 * Spans of time a sentence states as ranges rather than as one date: "since 2015" (from the
 * year's first day to the document's day), "from 2010 to 2014", "between 2010 and 2014" and
 * "1996–2001" (from the first endpoint's first day to the second's last). Actors with `periods`
 * are read by such a span (`sentence-time.ts`), while the event keeps the date expression's own
 * date. An open range with no document date runs to `OPEN_END`. Pure.
 */
import { dayOf } from '../actors/periods.ts';
import type { DateMention } from './dates.ts';
import { daysOf, type StatedTime } from './sentence-time.ts';
import type { Token } from './tokenise.ts';

/** The last day of a range that the text leaves open and no document date closes. */
export const OPEN_END = '9999-12-31';

interface Endpoint {
  end: number;
  first: string;
  last: string;
}

const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Words that close a range opened by "from" or "between". */
const RANGE_CLOSERS: Readonly<Record<string, ReadonlySet<string>>> = {
  from: new Set(['to', 'until', 'till', 'through']),
  between: new Set(['and']),
};

/** Dashes between two years ("1996–2001", "1996-2001"). */
const DASHES = new Set(['-', '–', '—']);

/** The date at token `at`: a date expression starting there, else a bare year. */
function endpointAt(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  at: number,
): Endpoint | undefined {
  const date = dates.find((d) => d.start === at);
  if (date !== undefined) {
    const days = daysOf(date.date, date.precision);
    return days === undefined ? undefined : { end: date.end, ...days };
  }
  const text = tokens[at]?.text ?? '';
  return YEAR.test(text) ? { end: at + 1, first: `${text}-01-01`, last: `${text}-12-31` } : undefined;
}

/**
 * The days from a date "since" which the text speaks: from its first day to the document's day
 * (`OPEN_END` without one); a document older than the date leaves the date's own days.
 */
export function sinceDays(
  days: { first: string; last: string },
  dateRef: string | null | undefined,
): { first: string; last: string } {
  const today = dayOf(dateRef);
  if (today !== null && today < days.first) return { first: days.first, last: days.last };
  return { first: days.first, last: today ?? OPEN_END };
}

/** A range of two dates opening at token `i`: "from A to B", "between A and B", "A–B". */
function twoEndedAt(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  i: number,
): StatedTime | undefined {
  const closers = RANGE_CLOSERS[tokens[i]?.lower ?? ''];
  if (closers === undefined && !YEAR.test(tokens[i]?.text ?? '')) return undefined;
  const from = endpointAt(tokens, dates, closers === undefined ? i : i + 1);
  if (from === undefined) return undefined;
  const joint = tokens[from.end]?.lower ?? '';
  if (!(closers ?? DASHES).has(joint)) return undefined;
  const to = endpointAt(tokens, dates, from.end + 1);
  if (to === undefined || to.last < from.first) return undefined;
  return { start: i, end: to.end, first: from.first, last: to.last };
}

/** The ranges stated among `tokens`, given the sentence's date expressions and the document's day. */
export function statedRanges(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  dateRef: string | null | undefined,
): StatedTime[] {
  const ranges: StatedTime[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const since = tokens[i]?.lower === 'since' ? endpointAt(tokens, dates, i + 1) : undefined;
    const range =
      since === undefined
        ? twoEndedAt(tokens, dates, i)
        : { start: i, end: since.end, ...sinceDays(since, dateRef) };
    if (range === undefined) continue;
    ranges.push(range);
    i = range.end - 1;
  }
  return ranges;
}

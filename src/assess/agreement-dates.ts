/**
 * When an agreement was signed and when it ended, read with their precision: a deal that ended
 * "in July 2007" ended somewhere in that month, never before it was signed. From these spans
 * come the day on which an ending is known (for snapshots), whether a deal held a year (for the
 * analogues), and how an ending is written in the output.
 */
import { daysBetween, periodOf } from '../analysis/time.ts';
import type { DateWindow } from '../analysis/time.ts';
import type { Agreement } from '../model/index.ts';
import type { Phrase } from './phrase.ts';
import { englishOf, phrase } from './phrases-en.ts';

/** The days the signing may have fallen on; null when undated. */
export function signedSpan(agreement: Agreement): DateWindow | null {
  return agreement.signed === null ? null : periodOf(agreement.signed, agreement.signedPrecision);
}

/** The days the ending may have fallen on, never before the signing; null when not ended or undated. */
export function endSpan(agreement: Agreement): DateWindow | null {
  const ended = agreement.ended;
  if (ended === null || ended.date === null) return null;
  const span = periodOf(ended.date, ended.datePrecision ?? 'day');
  if (span === null) return null;
  const signed = signedSpan(agreement);
  const from = signed !== null && signed.from > span.from ? signed.from : span.from;
  return { from: from > span.to ? span.to : from, to: span.to };
}

/** The first day on which the ending is certainly past: the last day of its span. */
export function endKnownOn(agreement: Agreement): string | null {
  return endSpan(agreement)?.to ?? null;
}

/** The earliest day the ending may have fallen on (where an episode after it may start). */
export function endEarliest(agreement: Agreement): string | null {
  return endSpan(agreement)?.from ?? null;
}

const YEAR = 365;

/**
 * Whether the agreement held a year: true when even the shortest reading of its dates reaches
 * 365 days, false when even the longest falls short, null when the dates cannot tell (or it
 * is still in force and less than a year old on `asOf`).
 */
export function heldAYear(agreement: Agreement, asOf: string): boolean | null {
  const signed = signedSpan(agreement);
  if (signed === null) return null;
  if (agreement.ended === null) return daysBetween(signed.to, asOf) >= YEAR ? true : null;
  const end = endSpan(agreement);
  if (end === null) return null;
  if (daysBetween(signed.to, end.from) >= YEAR) return true;
  if (daysBetween(signed.from, end.to) < YEAR) return false;
  return null;
}

/** What became of a deal, as a phrase: in force, or how it ended, when (as exactly as known) and by whom. */
export function endingPhrase(agreement: Agreement): Phrase {
  const ended = agreement.ended;
  if (ended === null) return phrase('outcome.in-force');
  return phrase('outcome.ended', {
    how: ended.how,
    date: ended.date,
    precision: ended.datePrecision ?? 'day',
    by: ended.by,
  });
}

/** "renounced by … (ended 2007-07), by hafiz-gul-bahadur-group", or "in force". */
export function endingText(agreement: Agreement): string {
  return englishOf(endingPhrase(agreement));
}

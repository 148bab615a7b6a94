/**
 * Reading typed values out of dataset cells: whole numbers, coordinates, dates in the
 * datasets' several formats, multi-valued cells. A cell that cannot be read throws a
 * `FieldProblem` naming the column; `normaliseSafely` turns it into a rejection.
 */
import { IsoDate } from '../model/index.ts';
import { isIsoDate } from './event-check.ts';
import type { Normalised } from './datasets/format.ts';
import type { DatasetRow } from './datasets/row.ts';

export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** Runs a normaliser body, turning a `FieldProblem` into a rejection of the row. */
export function normaliseSafely(
  row: DatasetRow,
  rowKey: string | undefined,
  body: () => Normalised,
): Normalised {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    return {
      outcome: 'rejected',
      rejection: {
        line: row.line,
        field: error.field,
        reason: error.reason,
        ...(rowKey === undefined || rowKey === '' ? {} : { rowKey }),
      },
    };
  }
}

export function requiredText(row: DatasetRow, column: string): string {
  const value = row.value(column);
  if (value === null) throw new FieldProblem(column, 'required but empty');
  return value;
}

/** A whole number ≥ 0, or null when the cell is empty. */
export function optionalCount(row: DatasetRow, column: string): number | null {
  const value = row.value(column);
  if (value === null) return null;
  if (!/^\d+$/.test(value)) throw new FieldProblem(column, `expected a whole number ≥ 0, got '${value}'`);
  return Number(value);
}

export function optionalNumber(row: DatasetRow, column: string, min: number, max: number): number | null {
  const value = row.value(column);
  if (value === null) return null;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new FieldProblem(column, `expected a number, got '${value}'`);
  if (number < min || number > max) throw new FieldProblem(column, `${value} is outside ${min}…${max}`);
  return number;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/**
 * A date in any of the datasets' formats as `YYYY-MM-DD`: `2021-05-28`, `2021-05-28 00:00:00`,
 * `20210528`, `5/28/21` or `5/28/2021` (month first; two-digit years ≤ 30 are 20xx), `5//2021`
 * (day unknown: the first of the month), `//2021` (the first of the year), and `28 May 2021`. Null when empty; a `FieldProblem` when unreadable or not a real day.
 */
export function optionalDate(row: DatasetRow, column: string): string | null {
  const value = row.value(column);
  // "?" and "." are how hand-coded datasets (CWM) write "not known".
  if (value === null || /^[?.]+$/.test(value)) return null;
  const iso = toIsoDate(value);
  if (iso === undefined) throw new FieldProblem(column, `not a date: '${value}'`);
  if (isIsoDate(iso)) return iso;
  const checked = IsoDate.safeParse(iso);
  if (!checked.success)
    throw new FieldProblem(column, `${checked.error.issues[0]?.message ?? 'invalid'}: '${value}'`);
  return iso;
}

export function requiredDate(row: DatasetRow, column: string): string {
  const date = optionalDate(row, column);
  if (date === null) throw new FieldProblem(column, 'required but empty');
  return date;
}

function toIsoDate(value: string): string | undefined {
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(value);
  if (match !== null) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match !== null) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (match !== null) {
    const year = match[3]!.length === 4 ? Number(match[3]) : twoDigitYear(Number(match[3]));
    return isoOf(year, Number(match[1]), Number(match[2]));
  }
  // "3//1996": a month whose day is not known stands for the month's first day.
  match = /^(\d{1,2})\/\/(\d{2}|\d{4})$/.exec(value);
  if (match !== null) {
    const year = match[2]!.length === 4 ? Number(match[2]) : twoDigitYear(Number(match[2]));
    return isoOf(year, Number(match[1]), 1);
  }
  // "//1999": only the year is known; it stands for the year's first day.
  match = /^\/\/(\d{4})$/.exec(value);
  if (match !== null) return isoOf(Number(match[1]), 1, 1);
  match = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(value);
  if (match !== null) {
    const month = monthOf(match[2]!);
    return month === undefined ? undefined : isoOf(Number(match[3]), month, Number(match[1]));
  }
  return undefined;
}

function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  return (
    MONTHS[lower] ?? Object.entries(MONTHS).find(([full]) => lower.length >= 3 && full.startsWith(lower))?.[1]
  );
}

function twoDigitYear(year: number): number {
  return year <= 30 ? 2000 + year : 1900 + year;
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "130, 296" or "a; b" → ['130', '296'] / ['a', 'b']: the parts of a multi-valued cell, trimmed. */
export function splitList(text: string | null, separator: RegExp = /\s*,\s*/): string[] {
  if (text === null) return [];
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'NA');
}

/** Fatalities low ≤ best ≤ high, or a `FieldProblem` on the column that breaks the order. */
export function checkedFatalities(
  low: number | null,
  best: number | null,
  high: number | null,
  columns: { low: string; best: string; high: string },
): { low: number | null; best: number | null; high: number | null } {
  if (low !== null && best !== null && low > best)
    throw new FieldProblem(columns.low, `low ${low} is above best ${best}`);
  if (best !== null && high !== null && best > high)
    throw new FieldProblem(columns.high, `high ${high} is below best ${best}`);
  if (low !== null && high !== null && low > high)
    throw new FieldProblem(columns.high, `high ${high} is below low ${low}`);
  return { low, best, high };
}

/** "23.1" from "GEDEvent_v23_1.csv" or "ucdp-ged-231-sample.csv"; undefined when the name has no version. */
export function ucdpReleaseOf(fileName: string): string | undefined {
  const match = /(?:^|[^0-9])v?(\d{2})[._]?(\d)(?:[^0-9]|$)/.exec(fileName);
  return match === null ? undefined : `${match[1]}.${match[2]}`;
}

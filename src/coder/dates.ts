/**
 * Date expressions in a sentence and their resolution against a reference date (the
 * document's date or `--date-ref`): absolute ("May 6, 2023", "6 May 2023", "06.05.2023" read
 * day-first, "2023-05-06", "May 2023", "in 2021") and relative ("today", "yesterday", "on
 * Monday", "last week", "last month", "last year", "this week"), each with its precision.
 * Without a reference date a relative expression resolves to null with precision unknown.
 */
import type { DatePrecision } from '../model/index.ts';
import { MONTHS, WEEKDAYS } from './lexicon/en/function-words.ts';
import type { Token } from './tokenise.ts';

export interface DateMention {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  date: string | null;
  precision: DatePrecision;
  relative: boolean;
}

const MONTH_INDEX = new Map<string, number>([
  ...MONTHS.map((m, i) => [m, i + 1] as const),
  ...MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as const),
  ['sept', 9],
]);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function parseRef(ref: string | null | undefined): Date | null {
  if (ref === null || ref === undefined || !/^\d{4}-\d{2}-\d{2}$/u.test(ref)) return null;
  const date = new Date(`${ref}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function shift(date: Date, days: number): string {
  const copy = new Date(date.getTime() + days * 86_400_000);
  return copy.toISOString().slice(0, 10);
}

function isYear(text: string | undefined): boolean {
  return text !== undefined && /^(1[89]|20)\d\d$/u.test(text);
}

/** Finds and resolves the date expressions among `tokens`. */
export function findDates(tokens: readonly Token[], dateRef: string | null | undefined): DateMention[] {
  const ref = parseRef(dateRef);
  const found: DateMention[] = [];
  const lower = tokens.map((t) => t.lower.replace(/\.$/u, ''));
  let i = 0;
  const push = (
    start: number,
    end: number,
    date: string | null,
    precision: DatePrecision,
    relative: boolean,
  ): void => {
    found.push({ start, end, date, precision: date === null ? 'unknown' : precision, relative });
    i = end;
  };
  while (i < tokens.length) {
    const word = lower[i] ?? '';
    const text = tokens[i]?.text ?? '';
    // 06.05.2023 / 2023-05-06
    const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u.exec(text);
    if (dotted !== null) {
      push(i, i + 1, iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])), 'day', false);
      continue;
    }
    if (
      /^\d{4}$/u.test(text) &&
      tokens[i + 1]?.text === '-' &&
      /^\d{2}$/u.test(tokens[i + 2]?.text ?? '') &&
      tokens[i + 3]?.text === '-' &&
      /^\d{2}$/u.test(tokens[i + 4]?.text ?? '')
    ) {
      push(
        i,
        i + 5,
        iso(Number(text), Number(tokens[i + 2]?.text), Number(tokens[i + 4]?.text)),
        'day',
        false,
      );
      continue;
    }
    const month = MONTH_INDEX.get(word);
    if (month !== undefined && tokens[i]?.capitalised === true) {
      // May 6, 2023 / May 6 / May 2023
      const day = tokens[i + 1]?.text;
      if (day !== undefined && /^\d{1,2}$/u.test(day)) {
        let end = i + 2;
        if (tokens[end]?.text === ',') end += 1;
        const year = isYear(tokens[end]?.text) ? Number(tokens[end]?.text) : (ref?.getUTCFullYear() ?? null);
        const consumed = isYear(tokens[end]?.text) ? end + 1 : i + 2;
        push(
          i,
          consumed,
          year === null ? null : iso(year, month, Number(day)),
          'day',
          !isYear(tokens[end]?.text),
        );
        continue;
      }
      if (isYear(tokens[i + 1]?.text)) {
        push(i, i + 2, `${tokens[i + 1]?.text}-${pad(month)}-01`, 'month', false);
        continue;
      }
      if (word.length > 3 && ref !== null) {
        push(i, i + 1, `${ref.getUTCFullYear()}-${pad(month)}-01`, 'month', true);
        continue;
      }
    }
    // 6 May 2023
    if (
      /^\d{1,2}$/u.test(text) &&
      MONTH_INDEX.has(lower[i + 1] ?? '') &&
      tokens[i + 1]?.capitalised === true
    ) {
      const m = MONTH_INDEX.get(lower[i + 1] ?? '') as number;
      const hasYear = isYear(tokens[i + 2]?.text);
      const year = hasYear ? Number(tokens[i + 2]?.text) : (ref?.getUTCFullYear() ?? null);
      push(i, hasYear ? i + 3 : i + 2, year === null ? null : iso(year, m, Number(text)), 'day', !hasYear);
      continue;
    }
    if (isYear(text) && (lower[i - 1] === 'in' || lower[i - 1] === 'since' || lower[i - 1] === 'by')) {
      push(i, i + 1, `${text}-01-01`, 'year', false);
      continue;
    }
    if (word === 'today' || word === 'tonight') {
      push(i, i + 1, ref === null ? null : shift(ref, 0), 'day', true);
      continue;
    }
    if (word === 'yesterday') {
      push(i, i + 1, ref === null ? null : shift(ref, -1), 'day', true);
      continue;
    }
    if (word === 'tomorrow') {
      push(i, i + 1, ref === null ? null : shift(ref, 1), 'day', true);
      continue;
    }
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0 && tokens[i]?.capitalised === true) {
      const next = lower[i - 1] === 'next';
      let date: string | null = null;
      if (ref !== null) {
        // Monday = 0 … Sunday = 6; getUTCDay: Sunday = 0.
        const refDay = (ref.getUTCDay() + 6) % 7;
        const back = (refDay - weekday + 7) % 7;
        date = next ? shift(ref, (weekday - refDay + 7) % 7 || 7) : shift(ref, -back);
      }
      push(next ? i - 1 : i, i + 1, date, 'day', true);
      continue;
    }
    if (
      (word === 'last' || word === 'this' || word === 'next' || word === 'earlier' || word === 'later') &&
      ['week', 'month', 'year'].includes(lower[i + 1] ?? '')
    ) {
      const unit = lower[i + 1] as 'week' | 'month' | 'year';
      const step = word === 'last' ? -1 : word === 'next' ? 1 : 0;
      let date: string | null = null;
      if (ref !== null) {
        if (unit === 'week') {
          const monday = shift(ref, -((ref.getUTCDay() + 6) % 7));
          date = shift(new Date(`${monday}T00:00:00Z`), 7 * step);
        } else if (unit === 'month') {
          const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + step, 1));
          date = d.toISOString().slice(0, 10);
        } else date = `${ref.getUTCFullYear() + step}-01-01`;
      }
      push(i, i + 2, date, unit, true);
      continue;
    }
    i += 1;
  }
  return found;
}

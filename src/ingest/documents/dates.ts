/**
 * Calendar dates as documents write them, to `YYYY-MM-DD`: ISO ("2023-05-09", with or without a
 * time), day-first numeric ("09.05.2023", "9/5/2023", "09-05-2023"; month-first only when the
 * day-first reading is impossible), and written months in English, Turkish and Russian
 * ("May 9, 2023", "9 May 2023", "9th of May, 2023", "9 Mayıs 2023", "9 мая 2023").
 * `findDate` finds the first date in a piece of text; `DateProblem` says why a date-like text
 * is not a real date (31.02.2023, a year outside 1800–2100), so callers can name the field.
 */
import { IsoDate, MAX_DATE, MIN_DATE } from '../../model/index.ts';

const MONTHS: Record<string, number> = {};
const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'ocak', 'январь', 'января', 'янв'],
  ['february', 'feb', 'şubat', 'subat', 'февраль', 'февраля', 'фев'],
  ['march', 'mar', 'mart', 'март', 'марта'],
  ['april', 'apr', 'nisan', 'апрель', 'апреля', 'апр'],
  ['may', 'mayıs', 'mayis', 'май', 'мая'],
  ['june', 'jun', 'haziran', 'июнь', 'июня'],
  ['july', 'jul', 'temmuz', 'июль', 'июля'],
  ['august', 'aug', 'ağustos', 'agustos', 'август', 'августа', 'авг'],
  ['september', 'sep', 'sept', 'eylül', 'eylul', 'сентябрь', 'сентября', 'сен'],
  ['october', 'oct', 'ekim', 'октябрь', 'октября', 'окт'],
  ['november', 'nov', 'kasım', 'kasim', 'ноябрь', 'ноября', 'ноя'],
  ['december', 'dec', 'aralık', 'aralik', 'декабрь', 'декабря', 'дек'],
];
NAMES.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const PATTERNS: readonly { re: RegExp; order: 'ymd' | 'dmy-num' | 'dmy' | 'mdy' }[] = [
  { re: /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/u, order: 'ymd' },
  { re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/u, order: 'dmy-num' },
  {
    re: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iu'),
    order: 'dmy',
  },
  { re: new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'iu'), order: 'mdy' },
];

/** A date-like text that is not a usable date. */
export class DateProblem {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

export interface FoundDate {
  date: string;
  /** The matched text and where it starts in the input. */
  text: string;
  index: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function check(y: number, m: number, d: number, text: string): string | DateProblem {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  if (iso < MIN_DATE || iso > MAX_DATE) return new DateProblem(text, `outside ${MIN_DATE}…${MAX_DATE}`);
  if (!IsoDate.safeParse(iso).success) return new DateProblem(text, 'not a real calendar day');
  return iso;
}

/**
 * The first date in `text` (earliest position), or a `DateProblem` when the first date-like
 * text is impossible, or undefined when there is none.
 */
export function findDate(text: string): (FoundDate & { problem?: undefined }) | DateProblem | undefined {
  let best: { index: number; result: FoundDate | DateProblem } | undefined;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (m === null || (best !== undefined && best.index <= m.index)) continue;
    const g = m.slice(1);
    let y: number;
    let mo: number;
    let d: number;
    if (order === 'ymd') [y, mo, d] = [Number(g[0]), Number(g[1]), Number(g[2])];
    else if (order === 'dmy-num') {
      const a = Number(g[0]);
      const b = Number(g[2]);
      y = Number(g[3]);
      // Day first, as most of the world writes it; month first only when day-first is impossible.
      [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    } else if (order === 'dmy')
      [d, mo, y] = [Number(g[0]), MONTHS[(g[1] ?? '').toLowerCase()] ?? 0, Number(g[2])];
    else [mo, d, y] = [MONTHS[(g[0] ?? '').toLowerCase()] ?? 0, Number(g[1]), Number(g[2])];
    const checked = check(y, mo, d, m[0]);
    best = {
      index: m.index,
      result: typeof checked === 'string' ? { date: checked, text: m[0], index: m.index } : checked,
    };
  }
  return best?.result;
}

/** The date in `text`, which must be nothing but a date (apart from a label or brackets). */
export function parseDate(text: string): string | DateProblem | undefined {
  const found = findDate(text);
  if (found === undefined || found instanceof DateProblem) return found;
  return found.date;
}

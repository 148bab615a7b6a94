/**
 * What the TABARI / PETRARCH dictionary formats share: comments (`#` and the legacy `;` to the
 * end of a line, `<!-- … -->` on one or several lines), phrases whose words are separated by
 * underscores or blanks (a trailing `_` marks the end of the last word and is dropped), codes in
 * square brackets with an optional date restriction (`<DATE`, `>DATE`, `DATE-DATE`), and dates
 * written YYMMDD (years 00–30 are 20YY, others 19YY, as in KEDS and TABARI) or YYYYMMDD. Pure.
 */

/** A restriction on when a code applies; dates are YYYYMMDD numbers, limits included. */
export type DateRestriction =
  | { kind: 'always' }
  | { kind: 'before'; date: number }
  | { kind: 'after'; date: number }
  | { kind: 'between'; from: number; to: number };

export interface DatedCode {
  code: string;
  when: DateRestriction;
}

/** A line the reader could not use, and why (the rest of the file is still read). */
export interface DictionaryProblem {
  line: number;
  message: string;
}

/** The lines of a dictionary with comments removed, numbered from 1; blank lines are left out. */
export function contentLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inComment = false;
  text.split(/\r?\n/u).forEach((raw, n) => {
    let rest = raw;
    let kept = '';
    for (;;) {
      if (inComment) {
        const close = rest.indexOf('-->');
        if (close < 0) return;
        rest = rest.slice(close + 3);
        inComment = false;
      }
      const open = rest.indexOf('<!--');
      if (open < 0) break;
      kept += rest.slice(0, open);
      rest = rest.slice(open + 4);
      inComment = true;
    }
    kept += rest;
    const cut = kept.search(/[#;]/u);
    const content = (cut < 0 ? kept : kept.slice(0, cut)).trimEnd();
    if (content.trim() !== '') out.push({ line: n + 1, text: content });
  });
  return out;
}

/** The words of a phrase: `VLADIMIR_PUTIN_` → VLADIMIR, PUTIN; blanks separate words too. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[_\s]+/u).filter((word) => word !== '');
}

/** The contents of every `[…]` on a line (a `}` typed for the closing `]` is accepted). */
export function bracketContents(text: string): string[] {
  return [...text.matchAll(/\[([^\]}]*)[\]}]?/gu)].map((m) => (m[1] ?? '').trim());
}

/** A TABARI date (YYMMDD or YYYYMMDD) as a YYYYMMDD number, or undefined when it is not a real day. */
export function readDate(digits: string): number | undefined {
  if (!/^\d{6,8}$/u.test(digits)) return undefined;
  let year: number;
  let rest: string;
  if (digits.length <= 7) {
    if (digits.length !== 6) return undefined;
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return year * 10_000 + month * 100 + day;
}

/** Reads one bracket's content, `CODE` or `CODE RESTRICTION`; a string saying what is wrong otherwise. */
export function readDatedCode(content: string): DatedCode | string {
  const [code = '', ...restParts] = content.split(/\s+/u);
  if (code === '') return 'empty code';
  const rest = restParts.join('');
  if (rest === '') return { code, when: { kind: 'always' } };
  const bound = /^([<>])(\d+)$/u.exec(rest);
  if (bound !== null) {
    const date = readDate(bound[2] ?? '');
    if (date === undefined) return `'${rest}' is not a date`;
    return { code, when: bound[1] === '<' ? { kind: 'before', date } : { kind: 'after', date } };
  }
  const range = /^(\d+)-(\d+)$/u.exec(rest);
  if (range !== null) {
    const from = readDate(range[1] ?? '');
    const to = readDate(range[2] ?? '');
    if (from === undefined || to === undefined) return `'${rest}' is not a date range`;
    if (to < from) return `'${rest}' ends before it starts`;
    return { code, when: { kind: 'between', from, to } };
  }
  return `'${rest}' is not a date restriction`;
}

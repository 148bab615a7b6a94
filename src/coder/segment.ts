/**
 * Sentence segmentation with offsets. A sentence ends at ".", "!" or "?" (plus closing quotes,
 * brackets and footnote markers such as "[1]") followed by white space and a plausible
 * sentence start, unless the word before the stop is an abbreviation ("Gen.", "Jan."), an
 * initial ("A. Khan") or a dotted acronym ("U.S.") that goes on into a noun phrase. A blank
 * line always ends a sentence; a decimal point ("3.5") never does.
 */

export interface Sentence {
  index: number;
  /** Offsets into the whole text; `text.slice(start, end) === sentence.text`. */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that do not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'cpl',
  'adm',
  'brig',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
  'pp',
  'p',
  'ed',
  'eds',
  'al',
  'hon',
  'rev',
]);

/** Words that start a new sentence after a dotted acronym ("… in the U.S. The army …"). */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'this',
  'that',
  'these',
  'those',
  'in',
  'on',
  'at',
  'but',
  'and',
  'however',
  'meanwhile',
  'his',
  'her',
  'their',
  'its',
  'there',
  'after',
  'before',
  'while',
  'when',
  'if',
  'as',
  'according',
  'officials',
  'last',
  'earlier',
  'later',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** The word (letters, digits and inner dots) that ends just before `position`. */
function wordBefore(text: string, position: number): string {
  let start = position;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, position);
}

/** The first word starting at or after `position`. */
function wordAfter(text: string, position: number): string {
  const match = /^[\s"'“‘([«]*([\p{L}\p{N}]+)/u.exec(text.slice(position, position + 40));
  return match?.[1] ?? '';
}

function isBoundary(text: string, stop: number, next: number): boolean {
  const mark = text[stop];
  const after = wordAfter(text, next);
  if (after === '') return true;
  const startsLikeSentence = /^[\p{Lu}\p{N}]/u.test(after) || /^[“"'‘(]/u.test(text.slice(next).trimStart());
  if (!startsLikeSentence) return false;
  if (mark !== '.') return true;
  const word = wordBefore(text, stop);
  const lower = word.toLowerCase();
  if (/^\p{N}+$/u.test(word)) return true;
  if (ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "A. Khan"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "U.S." / "U.N.": a boundary only if the next word usually begins a sentence.
    return SENTENCE_STARTERS.has(after.toLowerCase());
  }
  return true;
}

/** Splits `text` into sentences; white space between sentences belongs to none. */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s += 1;
    while (e > s && isSpace(text[e - 1])) e -= 1;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n' && /^\n[ \t]*\n/u.test(text.slice(i, i + 40))) {
      push(i);
      i += 1;
      continue;
    }
    if (char === '.' || char === '!' || char === '?') {
      if (char === '.' && /\p{N}/u.test(text[i - 1] ?? '') && /\p{N}/u.test(text[i + 1] ?? '')) {
        i += 1;
        continue;
      }
      let j = i + 1;
      while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j += 1;
      for (;;) {
        const c = text[j];
        if (c !== undefined && CLOSERS.has(c)) j += 1;
        else if (c === '[' && /^\[\d{1,3}\]/u.test(text.slice(j, j + 5))) j = text.indexOf(']', j) + 1;
        else break;
      }
      if (j >= text.length) break;
      if (isSpace(text[j]) && isBoundary(text, i, j)) {
        push(j);
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i += 1;
  }
  push(text.length);
  return sentences;
}

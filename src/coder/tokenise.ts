/**
 * Tokenisation with offsets: words (hyphenated words stay whole: "al-Qaeda", "cross-border"),
 * dotted acronyms ("U.S.", "U.N."), acronyms joined by a slash ("SPLM/A"), numbers ("4,000", "06.05.2023", "3.5"), the possessive "'s"
 * as a token of its own, and single punctuation marks.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'possessive';

export interface Token {
  text: string;
  lower: string;
  /** Offsets into the whole document. */
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter upper case. */
  capitalised: boolean;
  /** Index in its sentence. */
  index: number;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}{2,}(?:\/\p{Lu}+)+\b|\p{N}+(?:[.,:/]\p{N}+)*|['’]s\b|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Tokens of `text`, with offsets shifted by `offset` (the sentence's start in the document). */
export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = offset + (match.index ?? 0);
    const first = value[0] ?? '';
    const kind: TokenKind = /^['’]s$/u.test(value)
      ? 'possessive'
      : /^\p{N}/u.test(value)
        ? 'number'
        : /^[\p{L}\p{M}]/u.test(value)
          ? 'word'
          : 'punct';
    tokens.push({
      text: value,
      lower: value.toLowerCase().replace(/’/gu, "'"),
      start,
      end: start + value.length,
      kind,
      capitalised: /\p{Lu}/u.test(first),
      index: tokens.length,
    });
  }
  return tokens;
}

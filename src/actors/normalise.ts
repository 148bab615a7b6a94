/**
 * Name normalisation for matching: one comparable form of a name in any script. Latin names
 * lose case, diacritics, apostrophes and punctuation ("The Doğacan-Öz's" → "dogacan ozs");
 * Cyrillic only loses case (and ё becomes е); Arabic-script names (Urdu, Pashto, Dari,
 * Arabic) keep their letters but lose harakat and tatweel, and their letter variants are
 * unified (Arabic/Farsi yeh, kaf/keheh, heh forms, alef forms). Idempotent and total: it never
 * throws and normalising twice changes nothing.
 */

/** Apostrophe-like marks and periods are dropped without a trace: "Qa'ida" → "qaida", "U.S." → "us". */
const JOINERS = /['\u2018\u2019\u201B\u02BC\u02BB\u02B9\u02BE\u02BF\u0060\u00B4\u2032\u2035\uFF07.\u0640]/gu;

/** Invisible format characters (zero-width joiners and non-joiners, bidi marks, BOM). */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Everything that is not a letter, digit or combining mark separates words. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/** Combining marks on a Latin letter: the diacritics we strip ("ğ" → "g"). */
const LATIN_DIACRITICS = /(\p{Script=Latin})\p{M}+/gu;

/** Combining marks with no letter to sit on (at the start or after a space), such as "¨" decomposed. */
const STRAY_MARKS = /(^| )\p{M}+/gu;

/** Arabic harakat, superscript alef, Quranic annotation marks and the hamza/madda marks left by NFKD. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/gu;

/** Latin letters that Unicode does not decompose into a base letter and a diacritic. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ð: 'd',
  þ: 'th',
};

/** Arabic-script letter variants mapped to the form used in Urdu, Pashto and Dari. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // Arabic yeh → Farsi yeh
  '\u0649': '\u06CC', // alef maksura → Farsi yeh
  '\u0643': '\u06A9', // Arabic kaf → keheh
  '\u06C1': '\u0647', // heh goal (Urdu) → heh
  '\u06BE': '\u0647', // heh doachashmee (Urdu) → heh
  '\u06D5': '\u0647', // ae → heh
  '\u0629': '\u0647', // teh marbuta → heh
  '\u0671': '\u0627', // alef wasla → alef
};

const OTHER_LETTERS: Readonly<Record<string, string>> = {
  ς: 'σ', // Greek final sigma (lower-casing may bring it back)
};

/** Russian ё (е plus a diaeresis once decomposed) is commonly written е. */
const CYRILLIC_YO = /\u0435\u0308/gu;

const LETTER_MAP: Readonly<Record<string, string>> = {
  ...LATIN_LETTERS,
  ...ARABIC_LETTERS,
  ...OTHER_LETTERS,
};
const MAPPED_LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'gu');

/** Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits become ASCII digits. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

const LEADING_THE = /^(?:the )+(?=.)/u;

/**
 * Case-folding: lower case after upper case, which also folds what `toLowerCase` alone leaves
 * apart ("ß" → "ss", final "ς" → "σ", "ſ" → "s", "ı" → "i").
 */
function caseFold(text: string): string {
  return text.toLowerCase().toUpperCase().toLowerCase();
}

/** The comparable form of a name. */
export function normaliseName(text: string): string {
  // Joiners go before decomposition too: NFKD turns the spacing acute "´" into a space and a mark.
  const folded = caseFold(text.replace(JOINERS, '').normalize('NFKD')).normalize('NFKD');
  const words = folded
    .replace(FORMAT_CHARACTERS, '')
    .replace(JOINERS, '')
    .replace(SEPARATORS, ' ')
    .replace(LATIN_DIACRITICS, '$1')
    .replace(CYRILLIC_YO, '\u0435')
    .replace(ARABIC_MARKS, '')
    .replace(STRAY_MARKS, '$1')
    .replace(MAPPED_LETTERS, (letter) => LETTER_MAP[letter] ?? letter)
    .replace(ARABIC_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace(/ {2,}/gu, ' ')
    .trim();
  // A leading "the" goes ("the the" leaves "the", never the empty string).
  return words.replace(LEADING_THE, '').normalize('NFC');
}

/** The words of a normalised name. */
export function nameTokens(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

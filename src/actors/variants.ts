/**
 * Known spelling variants of names from the region, applied by turning a name into a
 * canonical "key": the normalised name, with whole-name synonyms replaced (ISIS/ISIL/Daesh →
 * "islamic state"), the izafat and article connectors dropped ("Tehrik-i-Taliban",
 * "Tehreek-e-Taliban" and "Tehrik e Taliban" → "tehrik taliban"), variant spellings of a word
 * replaced by one spelling (Taleban → taliban, Muttaki → muttaqi) and doubled Latin letters
 * collapsed (haqqani/haqani). Aliases and queries go through the same function, so two names
 * match at the "variant" level when their keys are equal.
 */
import { nameTokens, normaliseName } from './normalise.ts';

/** One spelling per word, with the variants seen in English-language reporting. */
export const WORD_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  muttaqi: ['muttaki', 'mottaki', 'mutaqi', 'mutaki', 'muttaqee', 'mottaqi'],
  bilawal: ['bilawel', 'bilaval'],
  taliban: ['taleban', 'talibaan', 'talebaan'],
  tehrik: ['tehreek', 'tahrik', 'tahreek', 'tehrique', 'tehriq', 'tahreek'],
  qaida: ['qaeda', 'qaidah', 'qaedah', 'kaida', 'kaeda'],
  zawahiri: ['zawahri', 'zawahiry', 'zawaheri'],
  haqqani: ['haqani', 'hakkani', 'haqqany'],
  mehsud: ['mahsud', 'mehsood', 'mahsood', 'mehsood'],
  khorasan: ['khurasan', 'khorassan', 'khorosan', 'khurason'],
  taiba: ['tayyiba', 'tayyaba', 'toiba', 'taibah'],
  jamaat: ['jamat'],
  mohammad: ['muhammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad'],
};

/** Whole names (normalised) that stand for one canonical name. */
export const NAME_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'islamic state': [
    'is',
    'isis',
    'isil',
    'daesh',
    'daish',
    'islamic state of iraq and syria',
    'islamic state of iraq and the levant',
    'islamic state of iraq and al sham',
    'islamic state of iraq and ash sham',
  ],
};

/** Tokens that stand for "islamic state" inside a longer name ("ISIS-K", "Daesh Khorasan"). */
const ISLAMIC_STATE_TOKENS = new Set(['isis', 'isil', 'daesh', 'daish']);

/** Persian/Urdu izafat connectors, dropped between two words. */
const IZAFAT = new Set(['e', 'i', 'ye', 'yi']);

/** Arabic article and its Urdu/Persian forms, dropped before another word ("al-Qaeda" → "qaida"). */
const ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ut']);

const CANONICAL_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(WORD_VARIANTS).flatMap(([canonical, variants]) =>
    [canonical, ...variants].map((variant) => [collapseDoubles(variant), canonical] as const),
  ),
);

/** The variant key of a name: equal keys mean the names are spelling variants of each other. */
export function variantKey(text: string): string {
  return keyOfNormalised(normaliseName(text));
}

/** The variant key of an already normalised name. */
export function keyOfNormalised(normalised: string): string {
  const words = wordKey(normalised);
  return CANONICAL_NAME.get(words) ?? words;
}

/** Each word spelled one way, connectors dropped and ISIS-like tokens expanded. */
function wordKey(normalised: string): string {
  const words = nameTokens(normalised).map(canonicalWord);
  const kept = words.filter((word, index) => !isConnector(word, index, words.length));
  // Dropping a connector may leave a leading "the" ("al-the-x"); it goes as in normaliseName.
  while (kept.length > 1 && kept[0] === 'the') kept.shift();
  return kept.flatMap((word) => (ISLAMIC_STATE_TOKENS.has(word) ? ['islamic', 'state'] : [word])).join(' ');
}

const CANONICAL_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(NAME_SYNONYMS).flatMap(([canonical, synonyms]) =>
    synonyms.map((synonym) => [wordKey(normaliseName(synonym)), wordKey(canonical)] as const),
  ),
);

function isConnector(token: string, index: number, count: number): boolean {
  const between = index > 0 && index < count - 1;
  const beforeAnother = index < count - 1;
  return (IZAFAT.has(token) && between) || (ARTICLES.has(token) && beforeAnother);
}

function canonicalWord(token: string): string {
  const collapsed = collapseDoubles(token);
  return collapseDoubles(CANONICAL_WORD.get(collapsed) ?? collapsed);
}

/** "muttaqi" → "mutaqi", "haqqani" → "haqani": doubled Latin letters written once. */
function collapseDoubles(word: string): string {
  return word.replace(/([a-z])\1+/gu, '$1');
}

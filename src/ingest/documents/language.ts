/**
 * Language of a text among those Jirga reads (English, Turkish, Russian) by script and by the
 * share of each language's commonest function words. Returns null when the text is too short
 * or matches none of them well enough to say.
 */

const STOPWORDS: Readonly<Record<'en' | 'tr', ReadonlySet<string>>> = {
  en: new Set(
    'the of and to in is that for it with as was on by be are this from at or an which have has not but were its their been would will they also more than'.split(
      ' ',
    ),
  ),
  tr: new Set(
    've bir bu için ile da de olarak daha çok gibi olan ise ancak kadar sonra ne en her şekilde göre değil veya olduğu ya üzerinde arasında tarafından bölgede'.split(
      ' ',
    ),
  ),
};
const RU_STOPWORDS = new Set(
  'и в не на что с по как это из к о для от же но за у то его также был была были'.split(' '),
);

/** At least this many words before we name a language. */
const MIN_WORDS = 5;

export function detectLanguage(text: string): string | null {
  let latin = 0;
  let cyrillic = 0;
  let turkishLetters = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic += 1;
    else if (/\p{Script=Latin}/u.test(ch)) {
      latin += 1;
      if ('ğşıİĞŞ'.includes(ch)) turkishLetters += 1;
    }
  }
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  if (cyrillic > latin) {
    const hits = words.filter((w) => RU_STOPWORDS.has(w)).length;
    return hits / words.length >= 0.05 ? 'ru' : null;
  }
  const en = words.filter((w) => STOPWORDS.en.has(w)).length / words.length;
  const tr = words.filter((w) => STOPWORDS.tr.has(w)).length / words.length;
  const trLetters = latin === 0 ? 0 : turkishLetters / latin;
  const trScore = tr + Math.min(0.1, trLetters * 5);
  if (en < 0.08 && trScore < 0.08) return null;
  return en >= trScore ? 'en' : 'tr';
}

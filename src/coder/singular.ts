/**
 * The singular of an English plural noun, from its spelling alone, for looking words up in the
 * coder's word lists (sector nouns, event nouns, concrete target nouns). Pure.
 */

/** The singular of a word, or of a phrase's last word: "parties" → "party", "groups" → "group"; "-ss" stays ("press"). */
export function singularOf(phrase: string): string {
  if (phrase.endsWith('ies')) return `${phrase.slice(0, -3)}y`;
  return phrase.endsWith('s') && !phrase.endsWith('ss') ? phrase.slice(0, -1) : phrase;
}

/** Every form a word may be the plural of, the word itself first ("ceasefires", "ceasefire"; "crises" also gives "cris"). */
export function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

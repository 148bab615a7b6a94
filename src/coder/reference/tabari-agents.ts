/**
 * Reader of PETRARCH agent dictionaries (`*.agents.txt`): `PHRASE {PLURALS} [CODE]`, where the
 * code is a role such as `~GOV` (added after a country) or `IGO~` (put before it). The plural
 * of a phrase's last noun (before any trailing preposition) is formed by rule unless `{…}` gives
 * it (`{}`: no plural).
 * Substitution sets (`!PERSON! = MAN, MEN, WOMAN`) expand a marker into one phrase per item,
 * with no plural formed for those. A phrase with no code is reported and skipped. Pure.
 */
import { bracketContents, contentLines, phraseWords, type DictionaryProblem } from './tabari-format.ts';

export interface AgentRecord {
  /** The phrase as written ("RIOT_POLICE"). */
  key: string;
  line: number;
  /** The phrase and its plurals as upper-case words. */
  phrases: string[][];
  /** The code as written without brackets ("~COP", "IGO~"). */
  code: string;
}

export interface AgentDictionary {
  records: AgentRecord[];
  problems: DictionaryProblem[];
}

/**
 * The regular plural of an upper-case word: consonant + Y → IES, a sibilant ending (S, X, Z,
 * CH, SH) → ES, otherwise S.
 */
export function regularPlural(word: string): string {
  if (/[^AEIOU]Y$/u.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(?:S|X|Z|CH|SH)$/u.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** Prepositions a phrase may end on as context ("EMBASSY_IN"); the plural is formed before them. */
export const CONTEXT_WORDS = new Set(['IN', 'OF', 'AT', 'TO', 'FOR', 'ON', 'FROM', 'WITH', 'BY']);

function withPluralNoun(words: readonly string[]): string[] {
  let noun = words.length - 1;
  while (noun > 0 && CONTEXT_WORDS.has(words[noun] ?? '')) noun -= 1;
  return words.map((word, k) => (k === noun ? regularPlural(word) : word));
}

/** Parses the text of an agent dictionary. */
export function parseAgentDictionary(text: string): AgentDictionary {
  const records: AgentRecord[] = [];
  const problems: DictionaryProblem[] = [];
  const sets = new Map<string, string[]>();
  for (const { line, text: content } of contentLines(text)) {
    const definition = /^\s*!([^!]+)!\s*=(.*)$/u.exec(content);
    if (definition !== null) {
      const items = (definition[2] ?? '').split(',').map((item) => item.trim().toUpperCase());
      sets.set(
        (definition[1] ?? '').toUpperCase(),
        items.filter((item) => item !== ''),
      );
      continue;
    }
    const [code] = bracketContents(content);
    if (code === undefined || code === '') {
      problems.push({ line, message: 'agent without a code' });
      continue;
    }
    const before = content.slice(0, content.indexOf('[')).trim().toUpperCase();
    const brace = /^([^{]*)\{([^}]*)\}?/u.exec(before);
    const key = (brace === null ? before : (brace[1] ?? '')).trim();
    const marker = /!([^!]+)!/u.exec(key);
    const phrases: string[][] = [];
    if (marker !== null) {
      const items = sets.get(marker[1] ?? '');
      if (items === undefined) {
        problems.push({ line, message: `substitution set !${marker[1] ?? ''}! is not defined` });
        continue;
      }
      for (const item of items) phrases.push(phraseWords(key.replace(marker[0], item)));
    } else {
      const words = phraseWords(key);
      if (words.length === 0) {
        problems.push({ line, message: 'agent without a phrase' });
        continue;
      }
      phrases.push(words);
      if (brace === null) phrases.push(withPluralNoun(words));
      else
        for (const plural of (brace[2] ?? '')
          .trim()
          .split(/\s+/u)
          .filter((p) => p !== ''))
          phrases.push(phraseWords(plural));
    }
    records.push({ key, line, phrases: phrases.filter((p) => p.length > 0), code });
  }
  return { records, problems };
}

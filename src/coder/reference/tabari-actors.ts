/**
 * Reader of TABARI / PETRARCH actor dictionaries (`*.actors.txt`). A record is a primary phrase
 * with an optional code (`HEZBOLLAH_ [LBNREB]`), synonyms on `+` lines (several on one line when
 * joined by `+`), and coded lines (indented, or a line of codes alone), each a code with an optional date
 * restriction (`\t[DZAGOV >990427]`); several codes may share one line. As in PETRARCH, primary
 * phrases that follow each other before any code share the codes that come after them. Pure.
 */
import {
  bracketContents,
  contentLines,
  phraseWords,
  readDatedCode,
  type DatedCode,
  type DictionaryProblem,
} from './tabari-format.ts';

export interface ActorRecord {
  /** The first primary phrase as written ("VLADIMIR_PUTIN_"): the record's key in explanations. */
  key: string;
  /** Line of that phrase (1-based). */
  line: number;
  /** Every phrase of the record (primary phrases and synonyms) as upper-case words. */
  phrases: string[][];
  /** Codes in file order; those with `always` are the record's default. */
  codes: DatedCode[];
}

export interface ActorDictionary {
  records: ActorRecord[];
  problems: DictionaryProblem[];
}

/** Parses the text of an actor dictionary. */
export function parseActorDictionary(text: string): ActorDictionary {
  const records: ActorRecord[] = [];
  const problems: DictionaryProblem[] = [];
  let current: ActorRecord | undefined;
  const addCodes = (record: ActorRecord, line: number, contents: readonly string[]): void => {
    for (const content of contents) {
      const code = readDatedCode(content);
      if (typeof code === 'string') problems.push({ line, message: code });
      else record.codes.push(code);
    }
  };
  const addPhrase = (record: ActorRecord, phrase: string): void => {
    const words = phraseWords(phrase.toUpperCase());
    if (words.length > 0) record.phrases.push(words);
  };
  for (const { line, text: content } of contentLines(text)) {
    const trimmed = content.trim();
    const bracket = trimmed.indexOf('[');
    const head = (bracket < 0 ? trimmed : trimmed.slice(0, bracket)).trim();
    const codes = bracket < 0 ? [] : bracketContents(trimmed.slice(bracket));
    if (head === '') {
      if (current === undefined) problems.push({ line, message: 'code before any actor' });
      else addCodes(current, line, codes);
      continue;
    }
    if (head.startsWith('+')) {
      if (current === undefined) {
        problems.push({ line, message: 'synonym before any actor' });
        continue;
      }
      for (const synonym of head.split('+')) addPhrase(current, synonym);
      addCodes(current, line, codes);
      continue;
    }
    // A primary phrase: it joins the current record while that record has no code yet.
    if (current === undefined || current.codes.length > 0) {
      current = { key: head, line, phrases: [], codes: [] };
      records.push(current);
    }
    addPhrase(current, head);
    addCodes(current, line, codes);
  }
  return { records: records.filter((r) => r.phrases.length > 0), problems };
}

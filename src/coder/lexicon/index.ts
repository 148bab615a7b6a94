/**
 * The lexicons a language plugs into the coder. English has a clause lexicon (its triggers,
 * light verbs, reporting and intent verbs, and the verb lemmas its tagger knows); Turkish and
 * Russian have stem lexicons (`tr/`, `ru/`) for the stem coder. A new language adds a folder
 * beside these and an entry in one of the two tables here.
 */
import { INTENT_VERBS, READINESS_ADJECTIVES, REPORTING_VERBS } from './en/function-words.ts';
import { LIGHT_VERBS, ENGLISH_TRIGGERS } from './en/triggers.ts';
import { COMMON_VERBS } from './en/verbs.ts';
import { RUSSIAN } from './ru/triggers.ts';
import type { StemLexicon } from './stem-entry.ts';
import { TURKISH } from './tr/triggers.ts';
import type { TriggerEntry } from './trigger-entry.ts';

export interface CoderLexicon {
  language: string;
  triggers: readonly TriggerEntry[];
  /** Verb triggers by the lemma of their first word, longest phrase first. */
  verbTriggers: ReadonlyMap<string, readonly TriggerEntry[]>;
  /** Noun triggers by their first word, longest phrase first. */
  nounTriggers: ReadonlyMap<string, readonly TriggerEntry[]>;
  lightVerbs: ReadonlySet<string>;
  reportingVerbs: ReadonlySet<string>;
  intentVerbs: ReadonlySet<string>;
  readinessAdjectives: ReadonlySet<string>;
  knownVerbs: ReadonlySet<string>;
}

function byFirstWord(entries: readonly TriggerEntry[]): Map<string, TriggerEntry[]> {
  const map = new Map<string, TriggerEntry[]>();
  for (const entry of entries) {
    const first = entry.phrase.split(' ')[0] ?? '';
    const list = map.get(first) ?? [];
    list.push(entry);
    map.set(first, list);
  }
  for (const list of map.values())
    list.sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length);
  return map;
}

function build(language: string, triggers: readonly TriggerEntry[]): CoderLexicon {
  const verbs = triggers.filter((t) => t.pos === 'verb');
  const nouns = triggers.filter((t) => t.pos === 'noun');
  const knownVerbs = new Set<string>([
    ...COMMON_VERBS,
    ...REPORTING_VERBS,
    ...INTENT_VERBS,
    ...LIGHT_VERBS,
    ...verbs.map((t) => t.phrase.split(' ')[0] ?? ''),
  ]);
  return {
    language,
    triggers,
    verbTriggers: byFirstWord(verbs),
    nounTriggers: byFirstWord(nouns),
    lightVerbs: LIGHT_VERBS,
    reportingVerbs: REPORTING_VERBS,
    intentVerbs: INTENT_VERBS,
    readinessAdjectives: READINESS_ADJECTIVES,
    knownVerbs,
  };
}

const LEXICONS: Readonly<Record<string, CoderLexicon>> = { en: build('en', ENGLISH_TRIGGERS) };

/** The lexicon for `language` (English when there is none for it). */
export function lexiconFor(language: string | undefined): CoderLexicon {
  return LEXICONS[language ?? 'en'] ?? (LEXICONS.en as CoderLexicon);
}

const STEM_LEXICONS: Readonly<Record<string, StemLexicon>> = { tr: TURKISH, ru: RUSSIAN };

/** The stem lexicon for `language`, or undefined when the language uses the clause lexicon. */
export function stemLexiconFor(language: string | undefined): StemLexicon | undefined {
  return language === undefined ? undefined : STEM_LEXICONS[language.toLowerCase().split('-')[0] ?? ''];
}

export type { StemLexicon, StemTrigger } from './stem-entry.ts';
export type { Governs, TriggerEntry } from './trigger-entry.ts';

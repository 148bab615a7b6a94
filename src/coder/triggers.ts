/**
 * Trigger matching: which verb groups and noun groups of a sentence carry an event, by the
 * lexicon's phrases (lemma of the verb, then the following words, skipping determiners and
 * adjectives in between; nouns in singular or plural), longest phrase first.
 */
import type { ClauseAnalysis, VerbGroup } from './clause.ts';
import type { CoderLexicon, TriggerEntry } from './lexicon/index.ts';
import type { Token } from './tokenise.ts';
import { singularForms } from './singular.ts';

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Token indices of the trigger words, end exclusive. */
  start: number;
  end: number;
}

const SKIPPABLE = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'fresh',
  'new',
  'formal',
  'official',
  'unilateral',
  'further',
  'joint',
]);

/** Matches the rest of a phrase's words from token `from`; returns the end or -1. */
function matchRest(words: readonly string[], tokens: readonly Token[], from: number, skips: number): number {
  let i = from;
  let skipped = 0;
  for (const word of words) {
    for (;;) {
      const token = tokens[i];
      if (token === undefined) return -1;
      if (singularForms(token.lower).includes(word) || token.lower === word) break;
      if (SKIPPABLE.has(token.lower) && skipped < skips) {
        skipped += 1;
        i += 1;
        continue;
      }
      return -1;
    }
    i += 1;
  }
  return i;
}

/**
 * Whether a verb group's verb is a light verb (it carries the event of its object noun): by its
 * lemma ("launch"), or by its lemma and the word right after it ("go on", "carry out").
 */
export function isLightVerb(vg: VerbGroup, tokens: readonly Token[], lexicon: CoderLexicon): boolean {
  if (lexicon.lightVerbs.has(vg.lemma)) return true;
  const next = tokens[vg.verb + 1];
  return next !== undefined && lexicon.lightVerbs.has(`${vg.lemma} ${next.lower}`);
}

/** The verb trigger of a verb group, or undefined. */
export function verbTrigger(
  vg: VerbGroup,
  tokens: readonly Token[],
  lexicon: CoderLexicon,
): TriggerMatch | undefined {
  const candidates = lexicon.verbTriggers.get(vg.lemma);
  if (candidates === undefined) return undefined;
  const after = vg.particle ?? vg.verb;
  for (const entry of candidates) {
    const rest = entry.phrase.split(' ').slice(1);
    if (rest.length === 0) return { entry, start: vg.verb, end: after + 1 };
    const end = matchRest(rest, tokens, vg.verb + 1, 2);
    if (end > 0) return { entry, start: vg.verb, end };
  }
  return undefined;
}

/** Noun triggers anywhere in the sentence (outside verb groups), longest first, not overlapping. */
export function nounTriggers(
  analysis: ClauseAnalysis,
  tokens: readonly Token[],
  lexicon: CoderLexicon,
): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tag = analysis.tags[i];
    const token = tokens[i] as Token;
    if (tag !== 'NOUN' && tag !== 'NAME' && tag !== 'VERB') {
      i += 1;
      continue;
    }
    let matched: TriggerMatch | undefined;
    for (const form of singularForms(token.lower)) {
      for (const entry of lexicon.nounTriggers.get(form) ?? []) {
        const rest = entry.phrase.split(' ').slice(1);
        const end = rest.length === 0 ? i + 1 : matchRest(rest, tokens, i + 1, 0);
        if (end > 0) {
          matched = { entry, start: i, end };
          break;
        }
      }
      if (matched !== undefined) break;
    }
    if (matched !== undefined && (tag !== 'VERB' || matched.end - matched.start > 1)) {
      found.push(matched);
      i = matched.end;
    } else i += 1;
  }
  return found;
}

/** A code refined by a head noun ("lift" + "curfew" → 0813), or the entry's own. */
export function refinedCode(entry: TriggerEntry, words: readonly string[]): string {
  if (entry.refine === undefined) return entry.cameo;
  for (const word of words) {
    for (const form of singularForms(word)) {
      const code = entry.refine[form] ?? entry.refine[word];
      if (code !== undefined && code !== '') return code;
    }
  }
  return entry.cameo;
}

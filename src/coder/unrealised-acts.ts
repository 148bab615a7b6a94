/**
 * Acts named but not done: feared, risked or threatened ("fearing an assault", "fears of an
 * attack", "the risk of fighting", "the threat of sanctions"), or asked for and prepared
 * ("a call for a ceasefire", "preparations for new talks"). CAMEO codes no event for a fear,
 * and the act asked for is the request's content: both are hypotheses. Pure.
 */
import {
  ADVERBS,
  COORDINATORS,
  DETERMINERS,
  PREPOSITIONS,
  SUBORDINATORS,
} from './lexicon/en/function-words.ts';
import type { Token } from './tokenise.ts';

/** Verbs whose object is an act that has not happened ("Kenya fears an invasion"). */
export const FEAR_VERBS = new Set(['fear', 'dread', 'risk']);
/** Their forms, as they stand before the act ("fearing an assault", "risks a war"). */
const FEAR_VERB_FORMS = new Set([
  'fear',
  'fears',
  'feared',
  'fearing',
  'dread',
  'dreads',
  'dreaded',
  'dreading',
  'risk',
  'risks',
  'risked',
  'risking',
]);
/** Nouns that, with "of", name an act that has not happened ("fears of an attack"). */
const FEAR_NOUNS = new Set([
  'fear',
  'fears',
  'risk',
  'risks',
  'threat',
  'threats',
  'danger',
  'dangers',
  'possibility',
  'prospect',
  'prospects',
  'spectre',
  'specter',
  'likelihood',
  'warning',
  'warnings',
]);
/** Words across which no fear reaches ("risks but also contribute", "fear that …"). */
const STOPS = new Set([...COORDINATORS, ...ADVERBS, ...PREPOSITIONS, ...SUBORDINATORS]);
/** Nouns that, with "for", name an act asked for or prepared ("a call for a ceasefire"). */
const ASKING_NOUNS = new Set([
  'call',
  'calls',
  'demand',
  'demands',
  'appeal',
  'appeals',
  'plea',
  'pleas',
  'request',
  'requests',
  'push',
  'bid',
  'preparation',
  'preparations',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'hope',
  'hopes',
]);
/** Lower-case words allowed between the fear word and the act ("fears of a new large attack"). */
const MAX_GAP = 3;

/**
 * Whether the act whose trigger starts at token `at` is governed by a word of fear, risk or
 * threat, or is asked for or prepared.
 */
export function isUnrealised(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1, skipped = 0; i >= 0 && skipped <= MAX_GAP; i -= 1, skipped += 1) {
    const token = tokens[i] as Token;
    if (token.lower === 'of') return FEAR_NOUNS.has(tokens[i - 1]?.lower ?? '');
    if (token.lower === 'for') return ASKING_NOUNS.has(tokens[i - 1]?.lower ?? '');
    if (FEAR_VERB_FORMS.has(token.lower)) return true;
    if (token.kind !== 'word' || token.capitalised || STOPS.has(token.lower)) return false;
    if (!DETERMINERS.has(token.lower) && skipped >= MAX_GAP) return false;
  }
  return false;
}

/** The event coder: text → PLOVER events with evidence spans (pure; see code-text.ts). */
export { codeText, codeSentence, type CoderOptions } from './code-text.ts';
export { segmentSentences, type Sentence } from './segment.ts';
export { tokenise, type Token } from './tokenise.ts';
export { analyseClauses, type ClauseAnalysis, type NounGroup, type VerbGroup } from './clause.ts';
export { findDates, type DateMention } from './dates.ts';
export { recogniseMentions, type ActorMention, type PlaceMention } from './mentions.ts';
export { nameIndexOf } from './name-index.ts';
export { lexiconFor, type CoderLexicon } from './lexicon/index.ts';
export { lookupPlace, type Place } from './gazetteer.ts';
export type * from './types.ts';

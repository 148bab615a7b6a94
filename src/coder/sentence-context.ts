/**
 * What the English coder knows while it codes a sentence: the coder's options, the sentence's
 * tokens, mentions, dates and clause analysis, and the document's memory carried from one
 * sentence to the next (the last actor that acted, the last holder of each title).
 */
import type { ClauseAnalysis } from './clause.ts';
import type { DateMention } from './dates.ts';
import type { HomeCountrySource } from './home-country.ts';
import { SECTOR_NOUNS } from './lexicon/en/actor-words.ts';
import type { CoderLexicon } from './lexicon/index.ts';
import type { ActorMention, Mentions } from './mentions.ts';
import type { NameIndex } from './name-index.ts';
import type { ReferenceIndex } from './reference/reference-index.ts';
import type { Sentence } from './segment.ts';
import type { Token } from './tokenise.ts';
import type { CodedActor, CodeTextOptions } from './types.ts';
import type { ActorRegistry } from '../actors/registry.ts';

export interface CoderOptions extends CodeTextOptions {
  /** The actor registry mentions resolve against (null: countries and bodies only). */
  registry?: ActorRegistry | null;
  /** Reference actor dictionaries, a fallback after the registry (see `reference/`); none by default. */
  referenceDictionaries?: ReferenceIndex | null;
}

/**
 * What carries over from one sentence to the next: the last actor that acted, and the last
 * identified holder of each title ("minister", "president"), so that a later bare "the
 * minister" is that person or office.
 */
export interface DocumentMemory {
  lastSubject: CodedActor | null;
  titles?: Map<string, ActorMention>;
  /** How often each country was the place of the document's sentences so far. */
  placeCountries?: Map<string, number>;
  /** The two actors of the last sentence that named exactly two acting on each other ("the parties"). */
  lastPair?: [CodedActor, CodedActor] | null;
}

/** The last word of a title ("foreign minister" → "minister"). */
export function titleKey(headWord: string): string {
  return headWord.split(' ').pop() ?? headWord;
}

/**
 * Repeated titles: a bare title with no name and no country ("the minister", "the foreign
 * minister") takes the identity of the last mention in the document with the same title head;
 * then this sentence's identified title holders are remembered.
 */
export function carryTitles(mentions: Mentions, tokens: readonly Token[], memory: DocumentMemory): void {
  memory.titles ??= new Map();
  for (const mention of mentions.actors) {
    if (mention.head !== 'title' || mention.headWord === null) continue;
    if (mention.actor !== null || mention.country !== null) continue;
    const determiner = tokens[mention.start - 1]?.lower ?? tokens[mention.start]?.lower;
    if (determiner !== 'the' && determiner !== 'this') continue;
    const earlier = memory.titles.get(titleKey(mention.headWord));
    if (earlier === undefined) continue;
    mention.actor = earlier.actor;
    mention.country = earlier.country;
    mention.sector = mention.sector ?? earlier.sector;
  }
  for (const mention of mentions.actors) {
    if (mention.actor === null && mention.country === null) continue;
    if (mention.head !== 'title' && mention.head !== 'registry') continue;
    // A registry name that includes its office ("Pakistani Foreign Minister …") has no head word: read the title off the words.
    const title =
      mention.headWord ??
      [...mention.text.toLowerCase().split(/\s+/u)].reverse().find((w) => SECTOR_NOUNS[w] !== undefined) ??
      null;
    if (title !== null) memory.titles.set(titleKey(title), mention);
  }
}

export interface Context {
  tokens: Token[];
  sentence: Sentence;
  mentions: Mentions;
  dates: DateMention[];
  analysis: ClauseAnalysis;
  lexicon: CoderLexicon;
  memory: DocumentMemory;
  options: CoderOptions;
  /** Mentions whose country came from their place (index → how), for explanations. */
  homes: ReadonlyMap<number, HomeCountrySource>;
  index: NameIndex;
  /** Mentions that only modify another noun ("military exercises", or inside a trigger: "continue military aid"). */
  modifiers: Set<number>;
}

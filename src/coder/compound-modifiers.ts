/**
 * Hyphenated compound adjectives ("CPEC-centered", "Taliban-led", "Pakistan-backed"): a name
 * joined to a participle or adjective qualifies the noun after it. Before a noun that names an
 * actor ("Pakistan-backed militias", "the US-led coalition") the mention stands as it is. Before
 * one that does not, the compound alone is no actor ("CPEC-centered cooperation", "a
 * Pakistan-backed plan"), except where an agentive participle ("-led", "-backed", "-sponsored")
 * stands before an act: the name leads or backs that act and is its doer ("the US-led war").
 * Pure.
 */
import { SECTOR_NOUNS } from './lexicon/en/actor-words.ts';
import type { ActorMention } from './mentions.ts';
import type { Token } from './tokenise.ts';
import { singularOf } from './singular.ts';

/** A word, then a lower-case adjectival part: "-led", "-backed", "-centered", "-centric", "-style". */
const COMPOUND_ADJECTIVE = /^[\p{L}\p{N}.]+-(\p{Ll}+)$/u;
/** Adjectival parts without an adjective's ending. */
const ADJECTIVE_PARTS = new Set(['led', 'run', 'held', 'born', 'built', 'made', 'style', 'wide', 'like']);
/** Participles whose name does what the noun names ("the US-led war": the US wages it). */
const AGENTIVE_PARTS = new Set([
  'led',
  'backed',
  'sponsored',
  'run',
  'brokered',
  'mediated',
  'funded',
  'financed',
  'supported',
  'organised',
  'organized',
  'imposed',
]);
/** Nouns for groups of actors that the sector list does not hold. */
const COLLECTIVE_ACTORS = new Set(['coalition', 'alliance', 'bloc', 'axis']);

function partOf(token: Token | undefined): string | null {
  return token === undefined ? null : (COMPOUND_ADJECTIVE.exec(token.text)?.[1] ?? null);
}

/** Whether a token is a compound adjective: a name, a hyphen, and a lower-case participle or adjective. */
export function isCompoundAdjective(token: Token | undefined): boolean {
  const part = partOf(token);
  return part !== null && (ADJECTIVE_PARTS.has(part) || /(?:ed|en|ic|al|ing)$/u.test(part));
}

/**
 * Whether a one-token mention is a compound adjective before a word that names no actor (a
 * lower-case word that is neither a sector noun nor a collective actor, nor another mention),
 * and not an agentive compound before an act (`isAct` tells the lexicon's event nouns).
 */
export function modifiesNonActor(
  mention: ActorMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  isAct: (word: string) => boolean,
): boolean {
  const token = tokens[mention.start];
  if (mention.end - mention.start !== 1 || !isCompoundAdjective(token)) return false;
  const next = tokens[mention.end];
  if (next === undefined || next.kind !== 'word' || next.capitalised) return false;
  if (actors.some((other) => other.start === mention.end)) return false;
  const noun = singularOf(next.lower);
  if (SECTOR_NOUNS[next.lower] !== undefined || SECTOR_NOUNS[noun] !== undefined) return false;
  if (COLLECTIVE_ACTORS.has(noun)) return false;
  return !(AGENTIVE_PARTS.has(partOf(token) ?? '') && (isAct(next.lower) || isAct(noun)));
}

/**
 * "the parties agreed …", "both sides agreed …": the sides a sentence speaks of without naming
 * them. In the same sentence they are the parties of an earlier act done together ("the
 * meeting of A, B and C … and the parties agreed"); failing that, the two actors of the most
 * recent earlier sentence that named exactly two actors acting on each other. Pure: the
 * document memory keeps that pair from one sentence to the next.
 */
import type { NounGroup } from './clause.ts';
import type { TriggerEntry } from './lexicon/index.ts';
import type { Token } from './tokenise.ts';
import type { CodedActor } from './types.ts';

/** How many sides a phrase speaks of: "both sides", "the two parties" two; "the parties" any. */
export type SidesCount = 'two' | 'any';

const SIDE_NOUNS = new Set(['parties', 'sides']);

/** Whether the subject is "the parties", "both sides", "the two sides" (and nothing else). */
export function sidesPhrase(tokens: readonly Token[], groups: readonly NounGroup[]): SidesCount | null {
  if (groups.length !== 1) return null;
  const group = groups[0] as NounGroup;
  const words = tokens.slice(group.start, group.end).map((t) => t.lower);
  if (words.length < 2 || words.length > 3 || !SIDE_NOUNS.has(words[words.length - 1] ?? '')) return null;
  const before = words.slice(0, -1).join(' ');
  if (before === 'both' || before === 'the two' || before === 'both the') return 'two';
  return before === 'the' && words[words.length - 1] === 'parties' ? 'any' : null;
}

/** An event as far as the sides matter: who did it, to whom, and by which trigger. */
export interface SidedAct {
  order: number;
  entry: TriggerEntry | null;
  sources: readonly CodedActor[];
  targets: readonly CodedActor[];
}

function keyOf(actor: CodedActor): string {
  return actor.actor ?? actor.text;
}

function distinct(actors: readonly CodedActor[]): CodedActor[] {
  return actors.filter((a, i) => actors.findIndex((b) => keyOf(b) === keyOf(a)) === i);
}

/** The parties of the last act done together (a meeting, talks) before token `order` in the sentence. */
export function partiesBefore(acts: readonly SidedAct[], order: number): CodedActor[] {
  const together = acts
    .filter((a) => a.order < order && (a.entry?.reciprocal === true || a.entry?.mutual === true))
    .sort((a, b) => b.order - a.order)[0];
  if (together === undefined) return [];
  const parties = distinct([...together.sources, ...together.targets]);
  return parties.length >= 2 ? parties : [];
}

/**
 * The two actors a sentence's acts are between, when its acts with both a source and a target
 * (or done together by several) name exactly two actors in all; otherwise null.
 */
export function pairOf(acts: readonly SidedAct[]): [CodedActor, CodedActor] | null {
  const dyadic = acts.filter(
    (a) =>
      (a.sources.length > 0 && a.targets.length > 0) ||
      (a.entry?.reciprocal === true && a.sources.length >= 2),
  );
  const actors = distinct(dyadic.flatMap((a) => [...a.sources, ...a.targets]));
  return actors.length === 2 ? [actors[0] as CodedActor, actors[1] as CodedActor] : null;
}

/** The sides meant by a sides phrase of `count` at `order`: this sentence's parties, else the remembered pair. */
export function resolveSides(
  count: SidesCount,
  acts: readonly SidedAct[],
  order: number,
  lastPair: readonly CodedActor[] | null | undefined,
): CodedActor[] {
  const here = partiesBefore(acts, order);
  if (here.length > 0) return count === 'two' && here.length !== 2 ? [] : here;
  return lastPair == null ? [] : [...lastPair];
}

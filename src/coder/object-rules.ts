/**
 * What a verb trigger needs of its object before it codes an event: a violent verb that is
 * violent only against someone ("eliminate", "neutralise") needs an object naming people,
 * groups or places, not an abstract noun ("eliminate security risks"); a verb of ending
 * ("end", "halt", "stop") needs an object or the passive, since used alone its subject is what
 * ended ("the talks ended"), not who ended it. Pure functions of the clause analysis.
 */
import type { NounGroup, VerbGroup } from './clause.ts';
import type { TriggerEntry } from './lexicon/index.ts';
import type { Token } from './tokenise.ts';
import { singularOf } from './singular.ts';

/** Head nouns of things that can be hit although no actor or place is named in them. */
const CONCRETE_TARGET_NOUNS = new Set([
  'base',
  'camp',
  'cell',
  'compound',
  'fighter',
  'gunman',
  'hideout',
  'infrastructure',
  'leader',
  'leadership',
  'militant',
  'member',
  'network',
  'outpost',
  'position',
  'safe haven',
  'sanctuary',
  'stronghold',
  'terrorist',
  'training camp',
]);

/** Whether a noun group names people, groups or places: an actor, a place or a concrete head noun. */
export function namesConcreteTarget(group: NounGroup, tokens: readonly Token[]): boolean {
  if (group.actors.length > 0 || group.places.length > 0) return true;
  const head = tokens[group.head]?.lower ?? '';
  const before = tokens[group.head - 1]?.lower ?? '';
  return (
    CONCRETE_TARGET_NOUNS.has(singularOf(head)) || CONCRETE_TARGET_NOUNS.has(`${before} ${singularOf(head)}`)
  );
}

/**
 * Whether verb group `vg`, whose trigger is `entry`, codes an event given what it acts on: an
 * active "eliminate"-type verb whose object names no one ("eliminate threats") does not, nor a
 * passive one whose subject names no one; an ending verb with no object in the active voice
 * ("the negotiations ended") does not. A clause with nothing acted on at all keeps the act.
 */
export function objectAllowsEvent(vg: VerbGroup, entry: TriggerEntry, tokens: readonly Token[]): boolean {
  if (entry.transitive === true && vg.voice === 'active' && vg.object.length === 0) return false;
  if (entry.concreteTarget !== true) return true;
  const undergoer = vg.voice === 'passive' ? vg.subject : vg.object;
  return undergoer.length === 0 || undergoer.some((g) => namesConcreteTarget(g, tokens));
}

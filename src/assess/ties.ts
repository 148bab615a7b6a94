/**
 * The tie between two families, with observability built in: curated relations carry 0.75 of
 * the weight and events 0.25, also when no relation exists (so event counts alone never reach
 * more than ±0.25). Disputed
 * relations are claims, listed under their claimant and kept out of the tie. Adding a conflict
 * event can only lower the tie; adding evidence never removes it.
 */
import { daysBetween, decayWeight } from '../analysis/time.ts';
import { eventTone, relationTone } from '../analysis/tone.ts';
import type { Relation } from '../model/index.ts';
import { between, inWindow, type AssessmentContext } from './context.ts';

export const RELATION_SHARE = 0.75;
export const EVENT_SCALE = 3;
export const EVENT_HALF_LIFE_DAYS = 180;
export const RELATION_HALF_LIFE_DAYS = 365;

export interface Claim {
  relationId: string;
  claimedBy: string;
  predicate: string;
  sign: number;
}

export interface Tie {
  /** −1…+1; null when nothing links the two families. */
  value: number | null;
  /** Relation component (null when no relation), event component (null when no event). */
  relations: number | null;
  events: number | null;
  restsOn: 'relations' | 'events' | 'relations and events' | 'nothing';
  relationIds: string[];
  eventIds: string[];
  claims: Claim[];
}

/** Relations between two families (either way, three-place predicates on both objects). */
export function relationsBetween(
  relations: readonly Relation[],
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
): Relation[] {
  return relations.filter((relation) => {
    const objects = [
      relation.objectId,
      ...(relation.secondObjectId === undefined ? [] : [relation.secondObjectId]),
    ];
    return (
      (x.has(relation.subjectId) && objects.some((o) => y.has(o))) ||
      (y.has(relation.subjectId) && objects.some((o) => x.has(o)))
    );
  });
}

export function relationWeightOn(relation: Relation, asOf: string): number {
  const age = relation.to !== null && relation.to < asOf ? daysBetween(relation.to, asOf) : 0;
  return relationTone(relation) * decayWeight(age, RELATION_HALF_LIFE_DAYS);
}

export function tieBetween(context: AssessmentContext, x: ReadonlySet<string>, y: ReadonlySet<string>): Tie {
  const asOf = context.snapshot.asOf;
  const linking = relationsBetween(context.snapshot.relations, x, y);
  const facts = linking.filter((relation) => relation.stance !== 'disputed');
  const claims: Claim[] = linking
    .filter((relation) => relation.stance === 'disputed')
    .map((relation) => ({
      relationId: relation.id,
      claimedBy: relation.claimedBy ?? relation.evidence[0]?.claimedBy ?? 'unknown',
      predicate: relation.predicate,
      sign: relation.sign,
    }));
  const events = context.yearEvents.filter((event) => inWindow(event, context.year) && between(event, x, y));

  const relationPart =
    facts.length === 0
      ? null
      : Math.max(
          -1,
          Math.min(
            1,
            facts.reduce((s, r) => s + relationWeightOn(r, asOf), 0),
          ),
        );
  const eventPart =
    events.length === 0
      ? null
      : Math.tanh(
          events.reduce(
            (s, e) => s + eventTone(e) * decayWeight(daysBetween(e.date, asOf), EVENT_HALF_LIFE_DAYS),
            0,
          ) / EVENT_SCALE,
        );

  let value: number | null;
  let restsOn: Tie['restsOn'];
  if (relationPart !== null) {
    value = RELATION_SHARE * relationPart + (1 - RELATION_SHARE) * (eventPart ?? 0);
    restsOn = eventPart === null ? 'relations' : 'relations and events';
  } else if (eventPart !== null) {
    // Events alone never carry more than their share: diplomacy is visible, covert ties are not.
    value = (1 - RELATION_SHARE) * eventPart;
    restsOn = 'events';
  } else {
    value = null;
    restsOn = 'nothing';
  }
  return {
    value,
    relations: relationPart,
    events: eventPart,
    restsOn,
    relationIds: facts.map((r) => r.id),
    eventIds: events.map((e) => e.id),
    claims,
  };
}

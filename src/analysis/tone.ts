/**
 * The tone of one event or relation as a signed weight: events by PLOVER quad class and
 * Goldstein intensity, relations by sign, stance and review status. Weights are in [−1, 1]
 * before decay; decay and layer weights are applied by the graph builder.
 */
import type { Event, Relation } from '../model/index.ts';
import { PLOVER_TYPE_INFO, type QuadClass } from '../model/plover.ts';

/** How far each quad class moves a tie when an event has no intensity. */
export const QUAD_DEFAULT_MAGNITUDE: Readonly<Record<QuadClass, number>> = {
  'verbal-cooperation': 0.3,
  'material-cooperation': 0.6,
  'verbal-conflict': 0.4,
  'material-conflict': 1,
};

export function quadOf(event: Pick<Event, 'type'>): QuadClass {
  return PLOVER_TYPE_INFO[event.type].quad;
}

export function isConflict(event: Pick<Event, 'type'>): boolean {
  return quadOf(event).endsWith('conflict');
}

export function isMaterialConflict(event: Pick<Event, 'type'>): boolean {
  return quadOf(event) === 'material-conflict';
}

/** Disputed events count at half weight; other statuses are filtered before this point. */
export const EVENT_STATUS_WEIGHT = { reviewed: 1, draft: 1, disputed: 0.5, rejected: 0 } as const;

/**
 * Signed weight of an event for the tie between its source and target actors: the sign comes
 * from the quad class (cooperation +, conflict −), the size from |intensity|/10 when coded,
 * else the quad class default; times the event's confidence and status weight.
 */
export function eventTone(event: Pick<Event, 'type' | 'intensity' | 'confidence' | 'status'>): number {
  const quad = quadOf(event);
  const sign = quad.endsWith('cooperation') ? 1 : -1;
  const magnitude =
    event.intensity === null || event.intensity === 0
      ? QUAD_DEFAULT_MAGNITUDE[quad]
      : Math.min(1, Math.abs(event.intensity) / 10);
  return sign * magnitude * event.confidence * EVENT_STATUS_WEIGHT[event.status];
}

/** Asserted relations weigh most; reported less; disputed ones are claims and weigh least. */
export const STANCE_WEIGHT = { asserted: 1, reported: 0.7, disputed: 0.3 } as const;
export const RELATION_STATUS_WEIGHT = { reviewed: 1, draft: 0.5, disputed: 0.5, rejected: 0 } as const;

/** Signed weight of a relation before decay: sign × stance weight × status weight. */
export function relationTone(relation: Pick<Relation, 'sign' | 'stance' | 'status'>): number {
  return relation.sign * STANCE_WEIGHT[relation.stance] * RELATION_STATUS_WEIGHT[relation.status];
}

/**
 * The event filter (dates, actors, types, bounding box, case) as one SQL condition, shared by
 * `listEvents`, `countEvents` and the aggregations. Empty lists mean "no constraint". The
 * keyset cursor is a condition of its own, for the list only.
 */
import { expressionBuilder, sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';
import type { Case } from '../../model/index.ts';
import type { EventCursor, EventFilter } from '../store.ts';
import { eventInCase } from './case-scope.ts';
import type { Database } from './tables.ts';

export function eventCondition(filter: EventFilter, kase: Case | undefined): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'events'>();
  const parts: Expression<SqlBool>[] = [];
  if (filter.from !== undefined) parts.push(eb('events.date', '>=', filter.from));
  if (filter.to !== undefined) parts.push(eb('events.date', '<=', filter.to));
  if (filter.actorIds !== undefined && filter.actorIds.length > 0) {
    const withActor = eb
      .selectFrom('event_actors')
      .select('event_actors.event_id')
      .where('event_actors.actor_id', 'in', filter.actorIds);
    parts.push(eb('events.id', 'in', withActor));
  }
  if (filter.types !== undefined && filter.types.length > 0)
    parts.push(eb('events.type', 'in', filter.types));
  if (filter.bbox !== undefined) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    parts.push(eb('events.lat', '>=', minLat), eb('events.lat', '<=', maxLat));
    // A box whose west edge is east of its east edge crosses the antimeridian.
    if (minLon <= maxLon) parts.push(eb('events.lon', '>=', minLon), eb('events.lon', '<=', maxLon));
    else parts.push(eb.or([eb('events.lon', '>=', minLon), eb('events.lon', '<=', maxLon)]));
  }
  if (kase !== undefined) parts.push(eventInCase(kase));
  return eb.and(parts);
}

/**
 * Events strictly after `cursor` in (date, id) order (before it when descending), as a row-value
 * comparison that both engines answer from the (date, id) index.
 */
export function afterCursor(cursor: EventCursor, direction: 'asc' | 'desc'): Expression<SqlBool> {
  const operator = direction === 'asc' ? sql.raw('>') : sql.raw('<');
  return sql<SqlBool>`(${sql.ref('events.date')}, ${sql.ref('events.id')}) ${operator} (${cursor.date}, ${cursor.id})`;
}

/**
 * Events for the API: the case checked and actor names resolved through the app's registry;
 * one page of the list (by keyset `after` cursor, or by `offset` for compatibility) with the
 * filter's total, counted once per filter and store state; and the filter's summary per month
 * or week, computed in the store and kept the same way.
 */
import { summarizeByPeriod, type EventSummary } from '../analysis/event-summary.ts';
import { actorIdsFor } from '../app/actors.ts';
import { requireCase } from '../app/cases.ts';
import type { Event } from '../model/index.ts';
import type { EventFilter, Store } from '../store/store.ts';
import type { EventSummaryQuery, EventsQuery } from './inputs.ts';
import { pageBounds, type Page } from './pages.ts';
import { cachedForState } from './state-cache.ts';

/** A page of events with the cursor of the next one (null on the last page, and in the deadliest-first order). */
export interface EventPage extends Page<Event> {
  next: string | null;
}

type FilterQuery = Pick<EventsQuery, 'case' | 'from' | 'to' | 'actor' | 'type' | 'bbox'>;

async function filterOf(store: Store, query: FilterQuery): Promise<EventFilter> {
  if (query.case !== undefined) await requireCase(store, query.case);
  return {
    caseId: query.case,
    from: query.from,
    to: query.to,
    actorIds: await actorIdsFor(store, query.actor),
    types: query.type,
    bbox: query.bbox,
  };
}

/** The filter as a cache key: its values in a fixed order, lists sorted. */
function keyOf(kind: string, filter: EventFilter): string {
  const list = (values: readonly string[] | undefined) => (values === undefined ? [] : [...values].sort());
  return JSON.stringify([
    kind,
    filter.caseId ?? null,
    filter.from ?? null,
    filter.to ?? null,
    list(filter.actorIds),
    list(filter.types),
    filter.bbox ?? null,
  ]);
}

export const cursorOf = (event: Pick<Event, 'date' | 'id'>): string => `${event.date},${event.id}`;

export async function eventPage(store: Store, query: EventsQuery): Promise<EventPage> {
  const filter = await filterOf(store, query);
  const { limit, offset } = pageBounds(query);
  const deadliest = query.order === 'deadliest';
  const [items, total] = await Promise.all([
    store.listEvents({
      ...filter,
      limit,
      ...(query.after === undefined ? { offset } : { after: query.after }),
      ...(deadliest ? { deadliestFirst: true } : {}),
    }),
    cachedForState(store, keyOf('count', filter), () => store.countEvents(filter)),
  ]);
  const last = items.at(-1);
  const next = !deadliest && items.length === limit && last !== undefined ? cursorOf(last) : null;
  return { items, total, limit, offset: query.after === undefined ? offset : 0, next };
}

export async function eventSummary(store: Store, query: EventSummaryQuery): Promise<EventSummary> {
  const filter = await filterOf(store, query);
  const unit = query.period ?? 'month';
  return cachedForState(store, keyOf(`summary-${unit}`, filter), async () =>
    summarizeByPeriod(await store.summarizeEvents(filter, unit), unit),
  );
}

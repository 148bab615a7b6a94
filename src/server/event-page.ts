/**
 * One page of events for the API: the case checked, actor names resolved through the app's
 * registry, then the store's list and count run on the same filter so `total` is exact.
 */
import { actorIdsFor } from '../app/actors.ts';
import { requireCase } from '../app/cases.ts';
import type { Event } from '../model/index.ts';
import type { EventFilter, Store } from '../store/store.ts';
import type { EventsQuery } from './inputs.ts';
import { pageBounds, type Page } from './pages.ts';

export async function eventPage(store: Store, query: EventsQuery): Promise<Page<Event>> {
  if (query.case !== undefined) await requireCase(store, query.case);
  const filter: EventFilter = {
    caseId: query.case,
    from: query.from,
    to: query.to,
    actorIds: await actorIdsFor(store, query.actor),
    types: query.type,
    bbox: query.bbox,
  };
  const { limit, offset } = pageBounds(query);
  const [items, total] = await Promise.all([
    store.listEvents({ ...filter, limit, offset }),
    store.countEvents(filter),
  ]);
  return { items, total, limit, offset };
}

/**
 * Linking a dataset actor name, kept as unresolved, to a registry actor: the link is stored
 * (`dataset_actor_links`), so that every later import resolves the name to the actor, and
 * `jirga unresolved` no longer lists it. Stored events that carry the name as a source or
 * target take the actor at once (and lose the unresolved name), in the same transaction as
 * the link, those inside the actor's periods when it has any (a name linked to a dated actor
 * holds in its periods only); the result says how many. Other items (held drafts, agreements, relations)
 * resolve when their file is imported again. Without a dataset the link holds in every dataset.
 */
import { ValidationError } from '../errors.ts';
import { datasetFormat } from '../ingest/datasets/index.ts';
import { holdsThroughout } from '../actors/periods.ts';
import type { Actor, Event } from '../model/index.ts';
import type { DatasetActorLink, Store, StoreOps } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';

export interface LinkActorRequest {
  /** The dataset's name for the actor, verbatim (as `jirga unresolved` prints it). */
  name: string;
  /** A registry actor id or name; unknown raises NotFoundError with suggestions. */
  actor: string;
  /** A dataset format name (`ucdp-ged`, `acled`…); the link then holds in that dataset only. */
  dataset?: string;
}

export interface LinkActorResult {
  name: string;
  actorId: string;
  actorName: string;
  dataset: string | null;
  /** Items carrying the name as unresolved before the link. */
  items: number;
  /** Of those, stored events that now name the actor as a source or target. */
  eventsUpdated: number;
  /** Stored events carrying the name that fall outside the actor's periods: left unresolved. */
  outsidePeriods: number;
}

export async function linkActor(store: Store, request: LinkActorRequest): Promise<LinkActorResult> {
  const name = request.name.trim();
  if (name === '') throw new ValidationError('the dataset actor name is empty', { field: 'NAME' });
  const dataset = request.dataset === undefined ? null : datasetFormat(request.dataset).name;
  const registry = await loadRegistry(store);
  const actorId = actorIdFor(registry, request.actor);
  const actor = registry.get(actorId);
  const pending = await store.listUnresolvedNames(dataset === null ? {} : { dataset });
  const items = pending.filter((n) => n.name === name).reduce((sum, n) => sum + n.items, 0);
  const link: DatasetActorLink = { dataset, name, actorId, linked: new Date().toISOString() };
  const { updated: eventsUpdated, outsidePeriods } = await store.transaction(async (tx) => {
    await tx.putDatasetActorLinks([link]);
    return resolveStoredEvents(tx, name, dataset, actor ?? { periods: undefined, id: actorId });
  });
  return { name, actorId, actorName: actor?.name ?? actorId, dataset, items, eventsUpdated, outsidePeriods };
}

/**
 * Gives stored events that carry `name` as a source or target the actor, those inside its
 * periods when it has any; returns how many changed and how many were left outside the periods.
 */
async function resolveStoredEvents(
  tx: StoreOps,
  name: string,
  dataset: string | null,
  actor: Pick<Actor, 'id' | 'periods'>,
): Promise<{ updated: number; outsidePeriods: number }> {
  const actorId = actor.id;
  let outsidePeriods = 0;
  const carriers = (await tx.listDatasetActorNamesByName(name, dataset ?? undefined)).filter(
    (n) => n.role === 'source' || n.role === 'target',
  );
  const updated: Event[] = [];
  for (const itemId of new Set(carriers.map((n) => n.itemId))) {
    const event = await tx.getEvent(itemId);
    if (event === undefined) continue;
    if (!holdsThroughout(actor, event.date, event.dateEnd ?? event.date)) {
      outsidePeriods++;
      continue;
    }
    const roles = new Set(carriers.filter((n) => n.itemId === itemId).map((n) => n.role));
    const add = (ids: string[], role: string) =>
      roles.has(role) && !ids.includes(actorId) ? [...ids, actorId] : ids;
    updated.push({
      ...event,
      sourceActors: add(event.sourceActors, 'source'),
      targetActors: add(event.targetActors, 'target'),
    });
  }
  if (updated.length === 0) return { updated: 0, outsidePeriods };
  await tx.putEvents(updated);
  const ids = updated.map((e) => e.id);
  const kept = (await tx.listDatasetActorNames(ids)).filter(
    (n) =>
      !(
        n.name === name &&
        (n.role === 'source' || n.role === 'target') &&
        (dataset === null || n.dataset === dataset)
      ),
  );
  await tx.replaceDatasetActorNames(ids, kept);
  return { updated: updated.length, outsidePeriods };
}

/** The stored links (of one dataset and the global ones, with `dataset`). */
export async function listActorLinks(store: Store, dataset?: string): Promise<DatasetActorLink[]> {
  return store.listDatasetActorLinks(dataset === undefined ? undefined : datasetFormat(dataset).name);
}

/**
 * Linking a dataset actor name, kept as unresolved, to a registry actor: the link is stored
 * (`dataset_actor_links`), so that every later import resolves the name to the actor, and
 * `jirga unresolved` no longer lists it. Stored events that carry the name as a source or
 * target take the actor at once (and lose the unresolved name), in the same transaction as
 * the link, those inside the actor's periods when it has any (a name linked to a dated actor
 * holds in its periods only); the result says how many. Other items (held drafts, agreements, relations)
 * resolve when their file is imported again. Without a dataset the link holds in every dataset.
 * A link is a curation change: its audit entry (kind `actor-link`) says who linked what and
 * what it did (`curation/link-record.ts`), and heads one entry per event it changed, so those
 * events' versions and histories name the link, and one undo takes it all back.
 */
import { ValidationError } from '../errors.ts';
import { datasetFormat } from '../ingest/datasets/index.ts';
import { holdsThroughout } from '../actors/periods.ts';
import type { Actor, Event } from '../model/index.ts';
import { actorLinkId } from '../store/curation-records.ts';
import type { AuditEntry, DatasetActorLink, DatasetActorName, Store, StoreOps } from '../store/store.ts';
import { actorIdFor, loadRegistry } from './actors.ts';
import { DEFAULT_ANALYST, readForChange, recordChanges, type Change } from './curation/changes.ts';
import { takeOffNames, type AuditedLink } from './curation/link-record.ts';

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
  /** The link's audit entry, heading the entries of the events it changed (undo undoes all). */
  audit: AuditEntry;
}

export async function linkActor(
  store: Store,
  request: LinkActorRequest,
  who: string = DEFAULT_ANALYST,
): Promise<LinkActorResult> {
  const name = request.name.trim();
  if (name === '') throw new ValidationError('the dataset actor name is empty', { field: 'NAME' });
  const dataset = request.dataset === undefined ? null : datasetFormat(request.dataset).name;
  const registry = await loadRegistry(store);
  const actorId = actorIdFor(registry, request.actor);
  const actor = registry.get(actorId);
  const pending = await store.listUnresolvedNames(dataset === null ? {} : { dataset });
  const items = pending.filter((n) => n.name === name).reduce((sum, n) => sum + n.items, 0);
  const at = new Date().toISOString();
  const link: DatasetActorLink = { dataset, name, actorId, linked: at };
  const { audit, resolution } = await store.transaction(async (tx) => {
    const resolution = await resolveStoredEvents(
      tx,
      name,
      dataset,
      actor ?? { periods: undefined, id: actorId },
    );
    const itemId = actorLinkId(link);
    const current = await readForChange(tx, 'actor-link', itemId);
    const after: AuditedLink = {
      ...link,
      resolved: {
        events: resolution.resolved,
        outsidePeriods: resolution.outsidePeriods,
        names: resolution.names,
      },
    };
    const linkChange: Change = {
      kind: 'actor-link',
      itemId,
      before: current.item ?? null,
      after,
      basedOn: current.version,
      action: 'link',
    };
    const entries = await recordChanges(tx, who, [linkChange, ...resolution.events], at);
    await takeOffNames(tx, resolution.names);
    return { audit: entries[0]!, resolution };
  });
  return {
    name,
    actorId,
    actorName: actor?.name ?? actorId,
    dataset,
    items,
    eventsUpdated: resolution.resolved,
    outsidePeriods: resolution.outsidePeriods,
    audit,
  };
}

interface Resolution {
  /** The changes giving the actor to the stored events carrying the name within its periods. */
  events: Change[];
  /** Those events, and the ones naming the actor already: all of them now name it. */
  resolved: number;
  /** The unresolved names those events lose. */
  names: DatasetActorName[];
  /** Stored events carrying the name outside the actor's periods. */
  outsidePeriods: number;
}

/**
 * The changes giving stored events that carry `name` as a source or target the actor, those
 * inside its periods when it has any, each read at its current version; writes only what
 * reading at a version records (a change made outside curation to an event curated before).
 */
async function resolveStoredEvents(
  tx: StoreOps,
  name: string,
  dataset: string | null,
  actor: Pick<Actor, 'id' | 'periods'>,
): Promise<Resolution> {
  const actorId = actor.id;
  let outsidePeriods = 0;
  let resolved = 0;
  const carriers = (await tx.listDatasetActorNamesByName(name, dataset ?? undefined)).filter(
    (n) => n.role === 'source' || n.role === 'target',
  );
  const events: Change[] = [];
  const names: DatasetActorName[] = [];
  for (const itemId of new Set(carriers.map((n) => n.itemId))) {
    const current = await readForChange(tx, 'event', itemId);
    const event = current.item;
    if (event === undefined) continue;
    if (!holdsThroughout(actor, event.date, event.dateEnd ?? event.date)) {
      outsidePeriods++;
      continue;
    }
    const carried = carriers.filter((n) => n.itemId === itemId);
    const roles = new Set(carried.map((n) => n.role));
    const add = (ids: string[], role: string) =>
      roles.has(role) && !ids.includes(actorId) ? [...ids, actorId] : ids;
    const after: Event = {
      ...event,
      sourceActors: add(event.sourceActors, 'source'),
      targetActors: add(event.targetActors, 'target'),
    };
    if (after.sourceActors !== event.sourceActors || after.targetActors !== event.targetActors)
      events.push({
        kind: 'event',
        itemId,
        before: event,
        after,
        basedOn: current.version,
        action: 'update',
      });
    names.push(...carried);
    resolved++;
  }
  return { events, resolved, names, outsidePeriods };
}

/** The stored links (of one dataset and the global ones, with `dataset`). */
export async function listActorLinks(store: Store, dataset?: string): Promise<DatasetActorLink[]> {
  return store.listDatasetActorLinks(dataset === undefined ? undefined : datasetFormat(dataset).name);
}

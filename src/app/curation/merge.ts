/**
 * Merging duplicates. Two actors: every item naming the duplicate is rewritten to name the
 * actor kept (events, relations, negotiations, agreements, other actors, case scopes), the
 * kept actor absorbs the duplicate's names (its id among them, so it still resolves) and the
 * duplicate is deleted. Two events reporting one incident: both get one incident id, as the
 * dataset importer links them, so each keeps its own evidence and counts by incident count
 * the incident once. Each merge is one transaction and one audit group: undoing its first
 * entry undoes all of it.
 */
import { ValidationError } from '../../errors.ts';
import type { Event } from '../../model/index.ts';
import { incidentIdFor } from '../../ingest/incidents.ts';
import type { AuditEntry, AuditKind, Store, StoreOps } from '../../store/store.ts';
import {
  absorbActor,
  changed,
  renameInActor,
  renameInAgreement,
  renameInCase,
  renameInEvent,
  renameInNegotiation,
  renameInRelation,
} from './actor-references.ts';
import { readForChange, recordChanges, type Change } from './changes.ts';
import { requireItem } from './kinds.ts';

/** A change to an item read at its current version (see `readForChange`), when it changes anything. */
async function rewrite<T>(
  tx: StoreOps,
  kind: AuditKind,
  id: string,
  edit: (item: T) => T,
): Promise<Change | undefined> {
  const current = await readForChange(tx, kind, id);
  if (current.item === undefined) return undefined;
  const before = current.item as T;
  const after = edit(before);
  if (!changed(before, after)) return undefined;
  return { kind, itemId: id, before, after, basedOn: current.version, action: 'merge' };
}

export interface ActorMerge {
  /** The actor kept. */
  into: string;
  /** The duplicate, merged into `into` and deleted. */
  merged: string;
}

export async function mergeActors(store: Store, merge: ActorMerge, who: string): Promise<AuditEntry[]> {
  const { into, merged } = merge;
  if (into === merged)
    throw new ValidationError('an actor cannot be merged into itself', { field: 'merged' });
  return store.transaction(async (tx) => {
    const duplicate = await readForChange(tx, 'actor', merged);
    if (duplicate.item === undefined) await requireItem(tx, 'actor', merged);
    const kept = await requireItem(tx, 'actor', into);
    const changes: Change[] = [
      {
        kind: 'actor',
        itemId: merged,
        before: duplicate.item,
        after: null,
        basedOn: duplicate.version,
        action: 'merge',
      },
    ];
    const absorbed = await rewrite(tx, 'actor', into, () =>
      renameInActor(absorbActor(kept, duplicate.item!), merged, into),
    );
    if (absorbed !== undefined) changes.push(absorbed);
    const ids = [merged];
    const found: { kind: AuditKind; id: string; edit: (item: never) => unknown }[] = [
      ...(await tx.listEvents({ actorIds: ids })).map((e) => ({
        kind: 'event' as const,
        id: e.id,
        edit: (item: Event) => renameInEvent(item, merged, into),
      })),
      ...(await tx.listRelations({ actorIds: ids })).map((r) => ({
        kind: 'relation' as const,
        id: r.id,
        edit: (item: typeof r) => renameInRelation(item, merged, into),
      })),
      ...(await tx.listNegotiations()).map((n) => ({
        kind: 'negotiation' as const,
        id: n.id,
        edit: (item: typeof n) => renameInNegotiation(item, merged, into),
      })),
      ...(await tx.listAgreements()).map((a) => ({
        kind: 'agreement' as const,
        id: a.id,
        edit: (item: typeof a) => renameInAgreement(item, merged, into),
      })),
      ...(await tx.listActors())
        .filter((a) => a.id !== into && a.id !== merged)
        .map((a) => ({
          kind: 'actor' as const,
          id: a.id,
          edit: (item: typeof a) => renameInActor(item, merged, into),
        })),
      ...(await tx.listCases()).map((c) => ({
        kind: 'case' as const,
        id: c.id,
        edit: (item: typeof c) => renameInCase(item, merged, into),
      })),
    ];
    for (const { kind, id, edit } of found) {
      const change = await rewrite(tx, kind, id, edit as (item: unknown) => unknown);
      if (change !== undefined) changes.push(change);
    }
    return recordChanges(tx, who, changes);
  });
}

export interface IncidentMerge {
  /** Two events reporting the same incident. */
  events: [string, string];
}

export async function mergeIncidents(store: Store, merge: IncidentMerge, who: string): Promise<AuditEntry[]> {
  const [firstId, secondId] = merge.events;
  if (firstId === secondId) throw new ValidationError('two different events are needed', { field: 'events' });
  return store.transaction(async (tx) => {
    const first = await requireItem(tx, 'event', firstId);
    const second = await requireItem(tx, 'event', secondId);
    if (first.incidentId !== null && first.incidentId === second.incidentId) {
      throw new ValidationError(
        `'${firstId}' and '${secondId}' are one incident already (${first.incidentId})`,
        {
          field: 'events',
        },
      );
    }
    if (first.incidentId !== null && second.incidentId !== null) {
      throw new ValidationError(
        `'${firstId}' belongs to incident ${first.incidentId} and '${secondId}' to ${second.incidentId}; ` +
          'merging two linked incidents is not supported yet',
        { field: 'events' },
      );
    }
    const incidentId = incidentIdFor(first, second);
    const changes: Change[] = [];
    for (const id of [firstId, secondId]) {
      const change = await rewrite(tx, 'event', id, (event: Event) => ({ ...event, incidentId }));
      if (change !== undefined) changes.push(change);
    }
    return recordChanges(tx, who, changes);
  });
}

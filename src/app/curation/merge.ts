/**
 * Merging duplicates. Two actors: every item naming the duplicate is rewritten to name the
 * actor kept (events, their claims and attributions included, relations, negotiations,
 * agreements, other actors, case scopes; found by the id in their JSON), dataset actor links
 * to the duplicate point at the actor kept, the
 * kept actor absorbs the duplicate's names (its id among them, so it still resolves), cases
 * linking the duplicate explicitly link the kept actor too, and the duplicate is deleted. Two events reporting one incident: both get one incident id, as the
 * dataset importer links them, so each keeps its own evidence and counts by incident count
 * the incident once. Each merge is one transaction and one audit group: undoing its first
 * entry undoes all of it.
 */
import { ValidationError } from '../../errors.ts';
import type { Actor, Agreement, Case, Event, Negotiation, Relation } from '../../model/index.ts';
import { incidentIdFor } from '../../ingest/incidents.ts';
import { actorLinkId } from '../../store/curation-records.ts';
import type { AuditEntry, AuditKind, DatasetActorLink, Store, StoreOps } from '../../store/store.ts';
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
    // Every item whose JSON names the duplicate, wherever (claims and attributions included).
    const edits: { kind: Exclude<AuditKind, 'actor-link'>; edit: (item: never) => unknown }[] = [
      { kind: 'event', edit: (item: Event) => renameInEvent(item, merged, into) },
      { kind: 'relation', edit: (item: Relation) => renameInRelation(item, merged, into) },
      { kind: 'negotiation', edit: (item: Negotiation) => renameInNegotiation(item, merged, into) },
      { kind: 'agreement', edit: (item: Agreement) => renameInAgreement(item, merged, into) },
      { kind: 'actor', edit: (item: Actor) => renameInActor(item, merged, into) },
      { kind: 'case', edit: (item: Case) => renameInCase(item, merged, into) },
    ];
    const found: { kind: AuditKind; id: string; edit: (item: never) => unknown }[] = [];
    for (const { kind, edit } of edits) {
      for (const id of await tx.listIdsMentioning(kind, merged))
        if (!(kind === 'actor' && (id === into || id === merged))) found.push({ kind, id, edit });
    }
    // Dataset names linked to the duplicate are linked to the actor kept, for later imports.
    for (const link of await tx.listDatasetActorLinks())
      if (link.actorId === merged)
        found.push({
          kind: 'actor-link',
          id: actorLinkId(link),
          edit: (item: DatasetActorLink) => ({ ...item, actorId: into }),
        });
    for (const { kind, id, edit } of found) {
      const change = await rewrite(tx, kind, id, edit as (item: unknown) => unknown);
      if (change !== undefined) changes.push(change);
    }
    // Cases that link the duplicate explicitly link the actor kept too. The duplicate's own
    // link stays, so an undo that brings the duplicate back finds it in its cases again.
    for (const caseId of await tx.listCasesLinking('actor', merged))
      await tx.linkToCase(caseId, [{ kind: 'actor', id: into }]);
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

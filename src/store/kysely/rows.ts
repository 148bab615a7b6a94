/**
 * Conversions between domain entities and table rows: which fields become indexed columns,
 * and the `doc` column holding the whole entity as JSON. Reading back parses `doc` without
 * re-validating (it was validated on the way in).
 */
import type { Actor, Agreement, Case, Event, Negotiation, Relation, Source } from '../../model/index.ts';
import type {
  ActorRow,
  AgreementRow,
  CaseRow,
  EventActorRow,
  EventRow,
  NegotiationRow,
  PartyRow,
  RelationRow,
  SourceRow,
} from './tables.ts';

const docs = new WeakMap<object, string>();

/**
 * Records `json` as the `doc` of `item`, serialised already by the caller (the importer hashes
 * the same text), so that writing the item does not serialise it again. The caller made the
 * item and no longer changes it.
 */
export function rememberDoc(item: object, json: string): void {
  docs.set(item, json);
}

/** The entity as JSON for its `doc` column. */
function docOf(item: object): string {
  return docs.get(item) ?? JSON.stringify(item);
}

/** The entity back from its `doc` column. */
export function fromDoc<T>(row: { doc: string }): T {
  return JSON.parse(row.doc) as T;
}

export function caseRow(item: Case): CaseRow {
  return { id: item.id, doc: docOf(item) };
}

export function actorRow(item: Actor): ActorRow {
  return {
    id: item.id,
    kind: item.kind,
    country: item.country,
    parent_id: item.parentId,
    doc: docOf(item),
  };
}

export function sourceRow(item: Source): SourceRow {
  return { id: item.id, kind: item.kind, published: item.published, doc: docOf(item) };
}

export function eventRow(item: Event): EventRow {
  return {
    id: item.id,
    date: item.date,
    date_end: item.dateEnd ?? null,
    type: item.type,
    country: item.location.country,
    lat: item.location.lat,
    lon: item.location.lon,
    fatalities_best: item.fatalities.best,
    incident_id: item.incidentId,
    status: item.status,
    origin: item.origin,
    doc: docOf(item),
  };
}

/** One row per distinct (actor, role) of the event. */
export function eventActorRows(item: Event): EventActorRow[] {
  const rows: EventActorRow[] = [];
  for (const actorId of new Set(item.sourceActors))
    rows.push({ event_id: item.id, actor_id: actorId, role: 'source' });
  for (const actorId of new Set(item.targetActors))
    rows.push({ event_id: item.id, actor_id: actorId, role: 'target' });
  return rows;
}

export function relationRow(item: Relation): RelationRow {
  return {
    id: item.id,
    subject_id: item.subjectId,
    predicate: item.predicate,
    object_id: item.objectId,
    second_object_id: item.secondObjectId ?? null,
    valid_from: item.from,
    valid_to: item.to,
    status: item.status,
    doc: docOf(item),
  };
}

export function negotiationRow(item: Negotiation): NegotiationRow {
  return {
    id: item.id,
    valid_from: item.from,
    valid_to: item.to,
    status: item.status,
    doc: docOf(item),
  };
}

export function agreementRow(item: Agreement): AgreementRow {
  return {
    id: item.id,
    kind: item.kind,
    signed: item.signed,
    status: item.status,
    doc: docOf(item),
  };
}

/** One row per distinct party of a negotiation or an agreement. */
export function partyRows(item: { id: string; parties: string[] }): PartyRow[] {
  return [...new Set(item.parties)].map((actorId) => ({ owner_id: item.id, actor_id: actorId }));
}

/** The last item of each id, in first-seen order: a batch may repeat an id; the last one wins. */
export function lastById<T extends { id: string }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    byId.delete(item.id);
    byId.set(item.id, item);
  }
  return [...byId.values()];
}

/**
 * Conversions between domain entities and table rows: which fields become indexed columns,
 * and the `doc` column holding the whole entity as JSON. Reading back parses `doc` without
 * re-validating (it was validated on the way in).
 */
import type { Actor, Agreement, Case, Event, Negotiation, Relation, Source } from '../../model/index.ts';
import type { Cell } from './batch-write.ts';
import { prepareEvent, type PreparedEvent } from '../prepared-event.ts';
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

/** The entity as JSON for its `doc` column. */
function docOf(item: object): string {
  return JSON.stringify(item);
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

/** The columns of an event's row, in the order `eventCells` writes them. */
export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_end',
  'type',
  'country',
  'lat',
  'lon',
  'fatalities_best',
  'incident_id',
  'status',
  'origin',
  'doc',
] as const satisfies readonly (keyof EventRow)[];

/** The cells of a prepared event's row (`EVENT_COLUMNS`), into `out` from `at`: no row object is made. */
export function eventCells(item: PreparedEvent, out: Cell[], at: number): void {
  out[at] = item.id;
  out[at + 1] = item.date;
  out[at + 2] = item.dateEnd;
  out[at + 3] = item.type;
  out[at + 4] = item.country;
  out[at + 5] = item.lat;
  out[at + 6] = item.lon;
  out[at + 7] = item.best;
  out[at + 8] = item.incidentId;
  out[at + 9] = item.status;
  out[at + 10] = item.origin;
  out[at + 11] = item.doc;
}

/** The event prepared for its row. */
export function preparedEventOf(item: Event): PreparedEvent {
  return prepareEvent(item);
}

/** One row per distinct (actor, role) of the event. */
export function eventActorRows(item: PreparedEvent): EventActorRow[] {
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

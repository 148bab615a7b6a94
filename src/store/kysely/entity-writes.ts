/**
 * Writing each kind of entity: the entity row upserted, and its side rows (event actors,
 * negotiation and agreement parties) replaced, all in batches. Callers validate first and
 * run these inside one transaction.
 */
import type { Kysely } from 'kysely';
import type {
  Actor,
  Agreement,
  Case,
  Citation,
  Event,
  Negotiation,
  Relation,
  Source,
} from '../../model/index.ts';
import { deleteWhereIn, upsertItems, upsertRows } from './batch-write.ts';
import type { PreparedEvent } from '../prepared-event.ts';
import type { ItemWrite, TableWrite } from './batch-write.ts';
import {
  actorRow,
  agreementRow,
  caseRow,
  EVENT_COLUMNS,
  eventActorRows,
  eventCells,
  lastById,
  negotiationRow,
  partyRows,
  preparedEventOf,
  relationRow,
  sourceRow,
} from './rows.ts';
import type {
  ActorRow,
  AgreementRow,
  CaseItemRow,
  CaseRow,
  CitationRow,
  Database,
  EventActorRow,
  EventRow,
  NegotiationRow,
  PartyRow,
  RelationRow,
  SourceRow,
} from './tables.ts';

const CASES: TableWrite<CaseRow> = { table: 'cases', columns: ['id', 'doc'], key: ['id'] };
const CASE_ITEMS: TableWrite<CaseItemRow> = {
  table: 'case_items',
  columns: ['case_id', 'item_kind', 'item_id'],
  key: ['case_id', 'item_kind', 'item_id'],
};
const ACTORS: TableWrite<ActorRow> = {
  table: 'actors',
  columns: ['id', 'kind', 'country', 'parent_id', 'doc'],
  key: ['id'],
};
const SOURCES: TableWrite<SourceRow> = {
  table: 'sources',
  columns: ['id', 'kind', 'published', 'doc'],
  key: ['id'],
};
const CITATIONS: TableWrite<CitationRow> = {
  table: 'citations',
  columns: ['from_source_id', 'to_source_id', 'marker'],
  key: ['from_source_id', 'to_source_id', 'marker'],
};
const EVENTS: ItemWrite<PreparedEvent, EventRow> = {
  table: 'events',
  columns: EVENT_COLUMNS,
  key: ['id'],
  cells: eventCells,
};
const EVENT_ACTORS: ItemWrite<EventActorRow, EventActorRow> = {
  table: 'event_actors',
  columns: ['event_id', 'actor_id', 'role'],
  key: ['event_id', 'role', 'actor_id'],
  cells: (row, out, at) => {
    out[at] = row.event_id;
    out[at + 1] = row.actor_id;
    out[at + 2] = row.role;
  },
};
const RELATIONS: TableWrite<RelationRow> = {
  table: 'relations',
  columns: [
    'id',
    'subject_id',
    'predicate',
    'object_id',
    'second_object_id',
    'valid_from',
    'valid_to',
    'status',
    'doc',
  ],
  key: ['id'],
};
const NEGOTIATIONS: TableWrite<NegotiationRow> = {
  table: 'negotiations',
  columns: ['id', 'valid_from', 'valid_to', 'status', 'doc'],
  key: ['id'],
};
const AGREEMENTS: TableWrite<AgreementRow> = {
  table: 'agreements',
  columns: ['id', 'kind', 'signed', 'status', 'doc'],
  key: ['id'],
};
const NEGOTIATION_PARTIES: TableWrite<PartyRow> = {
  table: 'negotiation_parties',
  columns: ['owner_id', 'actor_id'],
  key: ['owner_id', 'actor_id'],
};
const AGREEMENT_PARTIES: TableWrite<PartyRow> = { ...NEGOTIATION_PARTIES, table: 'agreement_parties' };

/** Writes entities of every kind into one database (or transaction) within a parameter limit. */
export class EntityWriter {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxParameters: number,
  ) {}

  async cases(items: readonly Case[]): Promise<void> {
    await upsertRows(this.db, CASES, lastById(items).map(caseRow), this.maxParameters);
  }

  async caseItems(rows: readonly CaseItemRow[]): Promise<void> {
    await upsertRows(this.db, CASE_ITEMS, rows, this.maxParameters, 'ignore');
  }

  async actors(items: readonly Actor[]): Promise<void> {
    await upsertRows(this.db, ACTORS, lastById(items).map(actorRow), this.maxParameters);
  }

  async sources(items: readonly Source[]): Promise<void> {
    await upsertRows(this.db, SOURCES, lastById(items).map(sourceRow), this.maxParameters);
  }

  async citations(items: readonly Citation[]): Promise<void> {
    const rows = items.map((c) => ({
      from_source_id: c.fromSourceId,
      to_source_id: c.toSourceId,
      marker: c.marker,
    }));
    await upsertRows(this.db, CITATIONS, rows, this.maxParameters, 'ignore');
  }

  async events(items: readonly Event[]): Promise<void> {
    await this.preparedEvents(lastById(items).map(preparedEventOf));
  }

  /** Events checked and serialised by the caller (see `PreparedEvent`); the last of an id wins. */
  async preparedEvents(items: readonly PreparedEvent[]): Promise<void> {
    const events = lastById(items);
    await upsertItems(this.db, EVENTS, events, this.maxParameters);
    await deleteWhereIn(
      this.db,
      'event_actors',
      'event_id',
      events.map((e) => e.id),
      this.maxParameters,
    );
    await upsertItems(this.db, EVENT_ACTORS, events.flatMap(eventActorRows), this.maxParameters, 'ignore');
  }

  async relations(items: readonly Relation[]): Promise<void> {
    await upsertRows(this.db, RELATIONS, lastById(items).map(relationRow), this.maxParameters);
  }

  async negotiations(items: readonly Negotiation[]): Promise<void> {
    const negotiations = lastById(items);
    await upsertRows(this.db, NEGOTIATIONS, negotiations.map(negotiationRow), this.maxParameters);
    await this.replaceParties(NEGOTIATION_PARTIES, negotiations);
  }

  async agreements(items: readonly Agreement[]): Promise<void> {
    const agreements = lastById(items);
    await upsertRows(this.db, AGREEMENTS, agreements.map(agreementRow), this.maxParameters);
    await this.replaceParties(AGREEMENT_PARTIES, agreements);
  }

  private async replaceParties(
    spec: TableWrite<PartyRow>,
    owners: readonly { id: string; parties: string[] }[],
  ): Promise<void> {
    const ids = owners.map((o) => o.id);
    await deleteWhereIn(this.db, spec.table, 'owner_id', ids, this.maxParameters);
    await upsertRows(this.db, spec, owners.flatMap(partyRows), this.maxParameters, 'ignore');
  }
}

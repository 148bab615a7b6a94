/**
 * The Store contract implemented once over Kysely. The two engines differ only in how the
 * Kysely instance is made (`sqlite/`, `postgres/`) and in the `EngineProfile` they pass here.
 * Every write validates with the domain schemas, then runs in one transaction (its own, or
 * the caller's inside `transaction`).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { NotFoundError, ValidationError } from '../../errors.ts';
import {
  Actor,
  Agreement,
  Case,
  CaseItemKind,
  Citation,
  EntityId,
  Event,
  Negotiation,
  Relation,
  Source,
} from '../../model/index.ts';
import type { PloverType } from '../../model/index.ts';
import { migrateToLatest } from '../migrations/index.ts';
import type {
  DatasetActorLink,
  DatasetActorName,
  DatasetRelease,
  DatasetRowRecord,
  ImportJournalEntry,
  UnresolvedFilter,
  UnresolvedNameCount,
} from '../dataset-records.ts';
import type {
  ActorFilter,
  DyadMonthRow,
  EngineName,
  DeferOptions,
  DeferredIndexes,
  EventPlace,
  EventPeriod,
  EventPeriodTypeRow,
  EventFilter,
  ListFilter,
  PreparedEvent,
  RelationFilter,
  SourceText,
  Store,
  StoreCapabilities,
  StoreOps,
} from '../store.ts';
import {
  actorInCase,
  agreementInCase,
  negotiationInCase,
  relationInCase,
  relationInvolves,
  sourceInCase,
} from './case-scope.ts';
import type {
  AuditEntry,
  AuditFilter,
  AuditKind,
  DraftFilter,
  DraftItem,
  NewAuditEntry,
} from '../curation-records.ts';
import * as curation from './curation-ops.ts';
import * as datasets from './dataset-ops.ts';
import * as sourceTexts from './source-text-ops.ts';
import { chunk, usePreparedWrites, type PreparedWrites } from './batch-write.ts';
import { EntityWriter } from './entity-writes.ts';
import { afterCursor, eventCondition } from './event-filter.ts';
import { deferIndexes } from './deferred-indexes.ts';
import { listAllEventPlaces, listEventPlaces } from './event-places.ts';
import { fromDoc } from './rows.ts';
import type { Database } from './tables.ts';
import { parseAll } from './validate.ts';

/** What distinguishes one engine's store from another's. */
export interface EngineProfile {
  engine: EngineName;
  capabilities: StoreCapabilities;
  /** Most bound parameters one statement may carry. */
  maxParameters: number;
  /** Where the data lives, for messages: a file path or a URL without its password. */
  location: string;
  /** PostgreSQL schema holding the tables (and the migration bookkeeping). */
  schema?: string;
  /** Statements prepared once and run on the handle's own connection (SQLite), for batched writes. */
  preparedWrites?: PreparedWrites;
  /** Switches the engine to its mode for bulk writes and back (SQLite's journal, see `bulkTransaction`). */
  bulkWrites?: BulkWriteMode;
}

/** An engine's mode for writing many rows: `enter` says whether it was entered (else nothing changed). */
export interface BulkWriteMode {
  enter(): boolean;
  leave(): void;
}

/** The first day of an event's month or ISO week (its Monday), in each engine's SQL. */
function periodStart(engine: EngineName, period: EventPeriod) {
  const date = sql.ref('events.date');
  if (period === 'month') return sql<string>`(substr(${date}, 1, 7) || '-01')`;
  return engine === 'sqlite'
    ? sql<string>`date(${date}, '-' || ((cast(strftime('%w', ${date}) as integer) + 6) % 7) || ' days')`
    : sql<string>`to_char(cast(${date} as date) - (extract(isodow from cast(${date} as date))::int - 1), 'YYYY-MM-DD')`;
}

/** Larger than any table; stands in for "no limit" when only an offset is given. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** The store's operations over one database handle: the store itself or an open transaction. */
export class KyselyStoreOps implements StoreOps {
  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly profile: EngineProfile,
    private readonly inTransaction: boolean,
    /** Writes committed through this store in this process (see `stateToken`). */
    protected readonly commits: { count: number } = { count: 0 },
  ) {
    usePreparedWrites(db, profile.preparedWrites);
  }

  /** Runs writes in the caller's transaction, or in a new one. */
  protected async write(work: (writer: EntityWriter, db: Kysely<Database>) => Promise<void>): Promise<void> {
    if (this.inTransaction) return work(new EntityWriter(this.db, this.profile.maxParameters), this.db);
    try {
      await this.db.transaction().execute((trx) => {
        usePreparedWrites(trx, this.profile.preparedWrites);
        return work(new EntityWriter(trx, this.profile.maxParameters), trx);
      });
    } finally {
      this.commits.count += 1;
    }
  }

  private async requireCase(id: string): Promise<Case> {
    const found = await this.getCase(id);
    if (found === undefined) throw new NotFoundError('case', id);
    return found;
  }

  private async caseOf(filter: ListFilter | undefined): Promise<Case | undefined> {
    return filter?.caseId === undefined ? undefined : this.requireCase(filter.caseId);
  }

  // Cases

  async putCase(item: Case): Promise<void> {
    const [valid] = parseAll(Case, 'case', [item]);
    await this.write((writer) => writer.cases(valid === undefined ? [] : [valid]));
  }

  async getCase(id: string): Promise<Case | undefined> {
    const row = await this.db.selectFrom('cases').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Case>(row);
  }

  async listCases(): Promise<Case[]> {
    const rows = await this.db.selectFrom('cases').select('doc').orderBy('id').execute();
    return rows.map((row) => fromDoc<Case>(row));
  }

  async deleteCase(id: string): Promise<void> {
    await this.requireCase(id);
    await this.write(async (_writer, db) => {
      await db.deleteFrom('case_items').where('case_id', '=', id).execute();
      await db.deleteFrom('cases').where('id', '=', id).execute();
    });
  }

  async linkToCase(caseId: string, items: { kind: CaseItemKind; id: string }[]): Promise<void> {
    const links = items.map((item, index) => {
      const kind = CaseItemKind.safeParse(item.kind);
      const id = EntityId.safeParse(item.id);
      if (!kind.success || !id.success) {
        throw new ValidationError(`invalid link #${index + 1} to case '${caseId}'`, {
          field: kind.success ? 'id' : 'kind',
        });
      }
      return { case_id: caseId, item_kind: kind.data, item_id: id.data };
    });
    await this.requireCase(caseId);
    await this.write((writer) => writer.caseItems(links));
  }

  async listCasesLinking(kind: CaseItemKind, id: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('case_items')
      .select('case_id')
      .where('item_kind', '=', kind)
      .where('item_id', '=', id)
      .orderBy('case_id')
      .execute();
    return rows.map((row) => row.case_id);
  }

  // Actors

  async putActors(items: Actor[]): Promise<void> {
    const valid = parseAll(Actor, 'actor', items);
    await this.write((writer) => writer.actors(valid));
  }

  async getActor(id: string): Promise<Actor | undefined> {
    const row = await this.db.selectFrom('actors').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Actor>(row);
  }

  async listActors(filter: ActorFilter = {}): Promise<Actor[]> {
    const kase = await this.caseOf(filter);
    let query = this.db.selectFrom('actors').select('doc');
    if (filter.kinds !== undefined && filter.kinds.length > 0)
      query = query.where('kind', 'in', filter.kinds);
    if (kase !== undefined) query = query.where(actorInCase(kase));
    const rows = await page(query.orderBy('id'), filter).execute();
    return rows.map((row) => fromDoc<Actor>(row));
  }

  // Sources and citations

  async putSources(items: Source[]): Promise<void> {
    const valid = parseAll(Source, 'source', items);
    await this.write((writer) => writer.sources(valid));
  }

  async getSource(id: string): Promise<Source | undefined> {
    const row = await this.db.selectFrom('sources').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Source>(row);
  }

  async listSources(filter: ListFilter = {}): Promise<Source[]> {
    const kase = await this.caseOf(filter);
    let query = this.db.selectFrom('sources').select('doc');
    if (kase !== undefined) query = query.where(sourceInCase(kase));
    const rows = await page(query.orderBy('id'), filter).execute();
    return rows.map((row) => fromDoc<Source>(row));
  }

  async putCitations(items: Citation[]): Promise<void> {
    const valid = parseAll(Citation, 'citation', items);
    await this.write((writer) => writer.citations(valid));
  }

  async putSourceText(text: Omit<SourceText, 'sha256'>): Promise<'stored' | 'unchanged'> {
    let action: 'stored' | 'unchanged' = 'unchanged';
    await this.write(async (_writer, db) => {
      action = await sourceTexts.putSourceText(db, text);
    });
    return action;
  }

  getSourceText(sourceId: string): Promise<SourceText | undefined> {
    return sourceTexts.getSourceText(this.db, sourceId);
  }

  async listCitations(fromSourceId?: string): Promise<Citation[]> {
    let query = this.db.selectFrom('citations').selectAll();
    if (fromSourceId !== undefined) query = query.where('from_source_id', '=', fromSourceId);
    const rows = await query.orderBy('from_source_id').orderBy('to_source_id').orderBy('marker').execute();
    return rows.map((row) => ({
      fromSourceId: row.from_source_id,
      toSourceId: row.to_source_id,
      marker: row.marker,
    }));
  }

  // Events

  async putEvents(items: Event[]): Promise<void> {
    const valid = parseAll(Event, 'event', items);
    await this.write((writer) => writer.events(valid));
  }

  async putPreparedEvents(items: readonly PreparedEvent[]): Promise<void> {
    await this.write((writer) => writer.preparedEvents(items));
  }

  async getEvent(id: string): Promise<Event | undefined> {
    const row = await this.db.selectFrom('events').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Event>(row);
  }

  async listEvents(filter: EventFilter = {}): Promise<Event[]> {
    const condition = eventCondition(filter, await this.caseOf(filter));
    let query = this.db.selectFrom('events').select('doc').where(condition);
    if (filter.deadliestFirst === true) {
      if (filter.after !== undefined) {
        throw new ValidationError('a cursor does not apply to the deadliest-first order', { field: 'after' });
      }
      const deaths = sql<number>`coalesce(${sql.ref('events.fatalities_best')}, -1)`;
      query = query.orderBy(deaths, 'desc').orderBy('date', 'desc').orderBy('id', 'desc');
    } else {
      const direction = filter.newestFirst === true ? 'desc' : 'asc';
      if (filter.after !== undefined) query = query.where(afterCursor(filter.after, direction));
      query = query.orderBy('date', direction).orderBy('id', direction);
    }
    const rows = await page(query, filter).execute();
    return rows.map((row) => fromDoc<Event>(row));
  }

  async getEvents(ids: readonly string[]): Promise<Event[]> {
    const events: Event[] = [];
    for (const part of chunk([...new Set(ids)], Math.min(this.profile.maxParameters, 10_000))) {
      const rows = await this.db.selectFrom('events').select('doc').where('id', 'in', part).execute();
      for (const row of rows) events.push(fromDoc<Event>(row));
    }
    return events;
  }

  listEventPlaces(days: readonly string[], excludeIdPrefix?: string): Promise<EventPlace[]> {
    return listEventPlaces(this.db, days, excludeIdPrefix);
  }

  listAllEventPlaces(excludeIdPrefix: string | undefined, limit: number): Promise<EventPlace[] | undefined> {
    return listAllEventPlaces(this.db, excludeIdPrefix, limit);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const condition = eventCondition(filter, await this.caseOf(filter));
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(condition)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async aggregateDyadMonth(filter: EventFilter = {}): Promise<DyadMonthRow[]> {
    const condition = eventCondition(filter, await this.caseOf(filter));
    const month = sql<string>`substr(${sql.ref('events.date')}, 1, 7)`;
    const rows = await this.db
      .selectFrom('events')
      .innerJoin('event_actors as s', (join) =>
        join.onRef('s.event_id', '=', 'events.id').on('s.role', '=', 'source'),
      )
      .innerJoin('event_actors as t', (join) =>
        join.onRef('t.event_id', '=', 'events.id').on('t.role', '=', 'target'),
      )
      .where(condition)
      .select((eb) => [
        's.actor_id as sourceActor',
        't.actor_id as targetActor',
        month.as('month'),
        eb.fn.countAll().as('events'),
        sql<number>`coalesce(sum(coalesce(${sql.ref('events.fatalities_best')}, 0)), 0)`.as('fatalities'),
      ])
      .groupBy(['s.actor_id', 't.actor_id', month])
      .orderBy(month)
      .orderBy('s.actor_id')
      .orderBy('t.actor_id')
      .execute();
    return rows.map((row) => ({
      sourceActor: row.sourceActor,
      targetActor: row.targetActor,
      month: row.month,
      events: Number(row.events),
      fatalitiesBest: Number(row.fatalities),
    }));
  }

  async summarizeEvents(filter: EventFilter, period: EventPeriod): Promise<EventPeriodTypeRow[]> {
    const condition = eventCondition(filter, await this.caseOf(filter));
    const start = periodStart(this.profile.engine, period);
    const rows = await this.db
      .selectFrom('events')
      .where(condition)
      .select((eb) => [
        start.as('start'),
        'events.type as type',
        eb.fn.countAll().as('events'),
        sql<number>`coalesce(sum(coalesce(${sql.ref('events.fatalities_best')}, 0)), 0)`.as('fatalities'),
      ])
      .groupBy([start, 'events.type'])
      .orderBy(start)
      .orderBy('events.type')
      .execute();
    return rows.map((row) => ({
      start: row.start,
      type: row.type as PloverType,
      events: Number(row.events),
      fatalitiesBest: Number(row.fatalities),
    }));
  }

  // Relations, negotiations, agreements

  async putRelations(items: Relation[]): Promise<void> {
    const valid = parseAll(Relation, 'relation', items);
    await this.write((writer) => writer.relations(valid));
  }

  async getRelation(id: string): Promise<Relation | undefined> {
    const row = await this.db.selectFrom('relations').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Relation>(row);
  }

  async listRelations(filter: RelationFilter = {}): Promise<Relation[]> {
    const kase = await this.caseOf(filter);
    let query = this.db.selectFrom('relations').select('doc');
    if (filter.actorIds !== undefined && filter.actorIds.length > 0)
      query = query.where(relationInvolves(filter.actorIds));
    if (kase !== undefined) query = query.where(relationInCase(kase));
    const rows = await page(query.orderBy('id'), filter).execute();
    return rows.map((row) => fromDoc<Relation>(row));
  }

  async putNegotiations(items: Negotiation[]): Promise<void> {
    const valid = parseAll(Negotiation, 'negotiation', items);
    await this.write((writer) => writer.negotiations(valid));
  }

  async getNegotiation(id: string): Promise<Negotiation | undefined> {
    const row = await this.db
      .selectFrom('negotiations')
      .select('doc')
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Negotiation>(row);
  }

  async listNegotiations(filter: ListFilter = {}): Promise<Negotiation[]> {
    const kase = await this.caseOf(filter);
    let query = this.db.selectFrom('negotiations').select('doc');
    if (kase !== undefined) query = query.where(negotiationInCase(kase));
    const rows = await page(query.orderBy('id'), filter).execute();
    return rows.map((row) => fromDoc<Negotiation>(row));
  }

  async putAgreements(items: Agreement[]): Promise<void> {
    const valid = parseAll(Agreement, 'agreement', items);
    await this.write((writer) => writer.agreements(valid));
  }

  async getAgreement(id: string): Promise<Agreement | undefined> {
    const row = await this.db.selectFrom('agreements').select('doc').where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromDoc<Agreement>(row);
  }

  async listAgreements(filter: ListFilter = {}): Promise<Agreement[]> {
    const kase = await this.caseOf(filter);
    let query = this.db.selectFrom('agreements').select('doc');
    if (kase !== undefined) query = query.where(agreementInCase(kase));
    const rows = await page(query.orderBy('id'), filter).execute();
    return rows.map((row) => fromDoc<Agreement>(row));
  }

  // Dataset imports

  getDatasetRows(dataset: string, rowKeys: readonly string[]): Promise<Map<string, DatasetRowRecord>> {
    return datasets.getDatasetRows(this.db, dataset, rowKeys, this.profile.maxParameters);
  }

  async putDatasetRows(rows: readonly DatasetRowRecord[]): Promise<void> {
    await this.write((_writer, db) => datasets.putDatasetRows(db, rows, this.profile.maxParameters));
  }

  async stampDatasetRows(dataset: string, rowKeys: readonly string[], importId: string): Promise<void> {
    if (rowKeys.length === 0) return;
    await this.write((_writer, db) =>
      datasets.stampDatasetRows(db, dataset, rowKeys, importId, this.profile.maxParameters),
    );
  }

  listDatasetRowsNotIn(dataset: string, release: string, limit?: number): Promise<DatasetRowRecord[]> {
    checkCount('limit', limit);
    return datasets.listDatasetRowsNotIn(this.db, dataset, release, limit);
  }

  countDatasetRowsNotIn(dataset: string, release: string): Promise<number> {
    return datasets.countDatasetRows(this.db, dataset, { notInRelease: release });
  }

  countDatasetRows(dataset: string, status?: 'stored' | 'held'): Promise<number> {
    return datasets.countDatasetRows(this.db, dataset, status === undefined ? {} : { status });
  }

  deferIndexes(options: DeferOptions): Promise<DeferredIndexes> {
    if (!this.inTransaction) return Promise.resolve({ names: [], restore: () => Promise.resolve() });
    return deferIndexes(this.db, this.profile.engine, options);
  }

  async replaceDatasetActorNames(
    itemIds: readonly string[],
    names: readonly DatasetActorName[],
  ): Promise<void> {
    await this.write((_writer, db) =>
      datasets.replaceDatasetActorNames(db, itemIds, names, this.profile.maxParameters),
    );
  }

  listDatasetActorNames(itemIds: readonly string[]): Promise<DatasetActorName[]> {
    return datasets.listDatasetActorNames(this.db, itemIds, this.profile.maxParameters);
  }

  listDatasetActorNamesByName(name: string, dataset?: string): Promise<DatasetActorName[]> {
    return datasets.listDatasetActorNamesByName(this.db, name, dataset);
  }

  async putDatasetActorLinks(links: readonly DatasetActorLink[]): Promise<void> {
    if (links.length === 0) return;
    await this.write((_writer, db) => datasets.putDatasetActorLinks(db, links, this.profile.maxParameters));
  }

  listDatasetActorLinks(dataset?: string): Promise<DatasetActorLink[]> {
    return datasets.listDatasetActorLinks(this.db, dataset);
  }

  async listUnresolvedNames(filter: UnresolvedFilter = {}): Promise<UnresolvedNameCount[]> {
    const kase = await this.caseOf(filter);
    return datasets.listUnresolvedNames(this.db, {
      ...(filter.dataset === undefined ? {} : { dataset: filter.dataset }),
      ...(kase === undefined ? {} : { kase }),
    });
  }

  async putDatasetRelease(release: DatasetRelease): Promise<void> {
    await this.write((_writer, db) => datasets.putDatasetRelease(db, release, this.profile.maxParameters));
  }

  listDatasetReleases(dataset?: string): Promise<DatasetRelease[]> {
    return datasets.listDatasetReleases(this.db, dataset);
  }

  async putImportJournal(entry: ImportJournalEntry): Promise<void> {
    await this.write((_writer, db) => datasets.putImportJournal(db, entry, this.profile.maxParameters));
  }

  listImportJournal(): Promise<ImportJournalEntry[]> {
    return datasets.listImportJournal(this.db);
  }

  // Curation

  getItemVersion(kind: AuditKind, itemId: string): Promise<number> {
    return curation.getItemVersion(this.db, kind, itemId);
  }

  async advanceItemVersion(kind: AuditKind, itemId: string, expected: number): Promise<number> {
    checkCount('version', expected);
    let version = 0;
    await this.write(async (_writer, db) => {
      version = await curation.advanceItemVersion(db, kind, itemId, expected);
    });
    return version;
  }

  async appendAudit(entry: NewAuditEntry): Promise<AuditEntry> {
    let appended: AuditEntry | undefined;
    await this.write(async (_writer, db) => {
      appended = await curation.appendAudit(db, entry);
    });
    return appended!;
  }

  getAudit(id: number): Promise<AuditEntry | undefined> {
    return curation.getAudit(this.db, id);
  }

  listAudit(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    checkCount('limit', filter.limit);
    checkCount('offset', filter.offset);
    return curation.listAudit(this.db, filter);
  }

  listIdsMentioning(kind: Exclude<AuditKind, 'actor-link'>, value: string): Promise<string[]> {
    return curation.listIdsMentioning(this.db, kind, value);
  }

  async deleteItems(kind: AuditKind, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.write((_writer, db) => curation.deleteItems(db, kind, ids, this.profile.maxParameters));
  }

  async listDrafts(filter: DraftFilter = {}): Promise<DraftItem[]> {
    checkCount('limit', filter.limit);
    return curation.listDrafts(this.db, filter, await this.caseOf(filter));
  }
}

/** A store over one Kysely instance; `close` destroys it (and its connections). */
export class KyselyStore extends KyselyStoreOps implements Store {
  readonly engine: EngineName;
  readonly capabilities: StoreCapabilities;
  readonly location: string;

  constructor(db: Kysely<Database>, profile: EngineProfile) {
    super(db, profile, false);
    this.engine = profile.engine;
    this.capabilities = profile.capabilities;
    this.location = profile.location;
  }

  migrate(): Promise<string[]> {
    return migrateToLatest(this.db, this.profile.engine, this.profile.schema);
  }

  async transaction<T>(work: (tx: StoreOps) => Promise<T>): Promise<T> {
    try {
      return await this.db
        .transaction()
        .execute((trx) => work(new KyselyStoreOps(trx, this.profile, true, this.commits)));
    } finally {
      this.commits.count += 1;
    }
  }

  async bulkTransaction<T>(work: (tx: StoreOps) => Promise<T>): Promise<{ result: T; exclusive: boolean }> {
    const exclusive = this.profile.bulkWrites?.enter() ?? false;
    try {
      return { result: await this.transaction(work), exclusive };
    } finally {
      if (exclusive) this.profile.bulkWrites?.leave();
    }
  }

  /**
   * This process's commits, plus what tells another process's commits apart: SQLite's
   * `data_version` (changes when another connection commits), PostgreSQL's next transaction id
   * (moves whenever any transaction writes).
   */
  async stateToken(): Promise<string> {
    const external =
      this.profile.engine === 'sqlite'
        ? sql<{ data_version: number }>`pragma data_version`
        : sql<{ data_version: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as data_version`;
    const { rows } = await external.execute(this.db);
    return `${this.commits.count}:${String(rows[0]?.data_version ?? '')}`;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

interface Pageable<Q> {
  limit(n: number): Q;
  offset(n: number): Q;
}

/** Applies `limit` and `offset` (checked: whole numbers, not negative). */
function page<Q extends Pageable<Q>>(query: Q, filter: ListFilter): Q {
  const { limit, offset } = filter;
  checkCount('limit', limit);
  checkCount('offset', offset);
  if (limit === undefined && offset === undefined) return query;
  const limited = query.limit(limit ?? NO_LIMIT);
  return offset === undefined ? limited : limited.offset(offset);
}

function checkCount(field: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new ValidationError(`expected a whole number ≥ 0, got ${value}`, { field });
  }
}

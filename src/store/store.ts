/**
 * The Store contract: everything Jirga keeps, behind one interface that both engines
 * (SQLite, PostgreSQL) implement. Entities go in and come out in the domain model's shapes;
 * database rows never leave `store/`. Writes are transactional: a failed write leaves no trace.
 */
import type {
  Actor,
  Agreement,
  Case,
  CaseItemKind,
  Citation,
  Event,
  Negotiation,
  PloverType,
  Relation,
  Source,
} from '../model/index.ts';
import type {
  DatasetActorLink,
  DatasetActorName,
  DatasetRelease,
  DatasetRowRecord,
  ImportJournalEntry,
  UnresolvedFilter,
  UnresolvedNameCount,
} from './dataset-records.ts';

import type {
  AuditEntry,
  AuditFilter,
  AuditKind,
  DraftFilter,
  DraftItem,
  NewAuditEntry,
} from './curation-records.ts';

import type { PreparedEvent } from './prepared-event.ts';

export type * from './dataset-records.ts';
export type { PreparedEvent } from './prepared-event.ts';
export type * from './curation-records.ts';

export type EngineName = 'sqlite' | 'postgres';

/**
 * Filters shared by every list. `caseId` selects items linked to the case or inside its scope
 * (an unknown case raises `NotFoundError`). Membership by scope:
 * - events: dated within scope.from..scope.to (a null bound is open) and with any source or
 *   target actor in scope.actors, or located in one of scope.countries;
 * - actors: listed in scope.actors;
 * - relations: subject, object or second object in scope.actors;
 * - negotiations and agreements: any of their `parties` in scope.actors;
 * - sources: explicit links only.
 * Lists come back ordered by id (events: by date, then id). An empty array in any filter
 * means "no constraint", the same as leaving it out.
 */
export interface ListFilter {
  caseId?: string;
  limit?: number;
  offset?: number;
}

export interface EventFilter extends ListFilter {
  /** Inclusive bounds on the event date, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Events in which any of these actors is a source or a target actor. */
  actorIds?: string[];
  types?: PloverType[];
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon means the box crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /**
   * Keyset pagination: only events after this (date, id) in the list's order (before it when
   * `newestFirst`). Pages walk the (date, id) index instead of skipping `offset` rows.
   */
  after?: EventCursor;
  /** Lists newest first (date, then id, both descending) instead of oldest first. */
  newestFirst?: boolean;
  /**
   * Lists the deadliest first (best fatality estimate descending, unknown last, then newest
   * first); pages by `offset` only (`after` does not apply to this order).
   */
  deadliestFirst?: boolean;
}

/** A position in the event list: the (date, id) of the last event of a page. */
export interface EventCursor {
  date: string;
  id: string;
}

/** Calendar periods events are summarised by: months, or ISO weeks (Monday to Sunday). */
export type EventPeriod = 'month' | 'week';

/** Events and summed best fatality estimates (unknown counts as 0) of one period and PLOVER type. */
export interface EventPeriodTypeRow {
  /** First day of the period: the 1st of the month, or the week's Monday. */
  start: string;
  type: PloverType;
  events: number;
  fatalitiesBest: number;
}

/** Dates `from`..`to` (inclusive) and a longitude/latitude box (not crossing the antimeridian), named by `key`. */
/** An event's id, day and coordinates (`StoreOps.listEventPlaces`). */
export interface EventPlace {
  id: string;
  date: string;
  lat: number;
  lon: number;
}

/** Indexes a bulk import set aside (`StoreOps.deferIndexes`), to be built again before it commits. */
export interface DeferredIndexes {
  /** The indexes set aside (none on PostgreSQL, or when the tables are large for the import). */
  readonly names: readonly string[];
  /** Builds them again, inside the same transaction. */
  restore(): Promise<void>;
}

export interface DeferOptions {
  /** How many rows the import expects to write (estimated from the part of the file read). */
  expectedRows: number;
  /** Keep the events' (date, id, lat, lon) index: incident linking reads it during the import. */
  keepEventPlaces: boolean;
}

export interface ActorFilter extends ListFilter {
  kinds?: string[];
}

export interface RelationFilter extends ListFilter {
  actorIds?: string[];
}

/** One row of an aggregation of events by actor pair and month. */
export interface DyadMonthRow {
  sourceActor: string;
  targetActor: string;
  month: string;
  events: number;
  fatalitiesBest: number;
}

/** The readable body of an ingested document, kept beside its Source (one per Source). */
export interface SourceText {
  sourceId: string;
  /** The text the evidence offsets of the document's events refer to. */
  body: string;
  /** SHA-256 of `body` (hex), computed by the store: the document Source's `contentHash`. */
  sha256: string;
  language: string | null;
  /** When this body was stored (ISO 8601 timestamp). */
  storedAt: string;
}

/** What one engine can do; callers check flags, never the engine's name. */
export interface StoreCapabilities {
  /** The engine runs in-process (no server). */
  embedded: boolean;
  /** Several processes may write at once. */
  concurrentWriters: boolean;
}

/** A store, or the same store inside a transaction (the same methods, all-or-nothing). */
export interface StoreOps {
  /**
   * Every `put*` validates with the model's schema (a `ValidationError` names the item and the
   * field path, and nothing of the batch is written) and upserts: an item whose id is stored
   * replaces the stored one, side rows included.
   */
  putCase(item: Case): Promise<void>;
  getCase(id: string): Promise<Case | undefined>;
  listCases(): Promise<Case[]>;
  /** Removes the case and its explicit links, not the items; `NotFoundError` when unknown. */
  deleteCase(id: string): Promise<void>;
  /** Links items to a case explicitly (idempotent); `NotFoundError` when the case is unknown. */
  linkToCase(caseId: string, items: { kind: CaseItemKind; id: string }[]): Promise<void>;
  /** The ids of the cases that link this item explicitly, sorted. */
  listCasesLinking(kind: CaseItemKind, id: string): Promise<string[]>;

  putActors(items: Actor[]): Promise<void>;
  getActor(id: string): Promise<Actor | undefined>;
  listActors(filter?: ActorFilter): Promise<Actor[]>;

  putSources(items: Source[]): Promise<void>;
  getSource(id: string): Promise<Source | undefined>;
  listSources(filter?: ListFilter): Promise<Source[]>;
  putCitations(items: Citation[]): Promise<void>;
  /**
   * Stores the body of a stored Source (`NotFoundError` when the Source is unknown). The same
   * body again changes nothing (`'unchanged'`, the first `storedAt` kept); another body
   * replaces it (`'stored'`).
   */
  putSourceText(text: Omit<SourceText, 'sha256'>): Promise<'stored' | 'unchanged'>;
  getSourceText(sourceId: string): Promise<SourceText | undefined>;
  listCitations(fromSourceId?: string): Promise<Citation[]>;

  putEvents(items: Event[]): Promise<void>;
  /**
   * Writes events the caller checked against the schema and serialised (`PreparedEvent`: a
   * dataset import does so where it reads the file); nothing is parsed or checked again, so the
   * caller vouches that each document is a valid Event agreeing with its columns.
   */
  putPreparedEvents(items: readonly PreparedEvent[]): Promise<void>;
  getEvent(id: string): Promise<Event | undefined>;
  listEvents(filter?: EventFilter): Promise<Event[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /** The stored events among `ids`, in no particular order (unknown ids are left out). */
  getEvents(ids: readonly string[]): Promise<Event[]>;
  /**
   * Id, day and coordinates of the events with coordinates on any of `days`, skipping those
   * whose id starts with `excludeIdPrefix`: the places incident linking compares a batch with,
   * read without reading the events themselves. Unordered.
   */
  listEventPlaces(days: readonly string[], excludeIdPrefix?: string): Promise<EventPlace[]>;
  /** The same for every day, when there are at most `limit` places; `undefined` when there are more. */
  listAllEventPlaces(excludeIdPrefix: string | undefined, limit: number): Promise<EventPlace[] | undefined>;
  /**
   * Events per (source actor, target actor, month 'YYYY-MM') — every source paired with every
   * target of an event — with summed best fatality estimates (unknown counts as 0), ordered by
   * month, source, target.
   */
  aggregateDyadMonth(filter?: EventFilter): Promise<DyadMonthRow[]>;
  /**
   * Events per (month or ISO week, PLOVER type) with summed best fatality estimates, ordered by
   * period start then type; `after`, `newestFirst`, `limit` and `offset` do not apply.
   */
  summarizeEvents(filter: EventFilter, period: EventPeriod): Promise<EventPeriodTypeRow[]>;

  putRelations(items: Relation[]): Promise<void>;
  getRelation(id: string): Promise<Relation | undefined>;
  /** `actorIds`: relations whose subject, object or second object is one of them. */
  listRelations(filter?: RelationFilter): Promise<Relation[]>;

  putNegotiations(items: Negotiation[]): Promise<void>;
  getNegotiation(id: string): Promise<Negotiation | undefined>;
  listNegotiations(filter?: ListFilter): Promise<Negotiation[]>;

  putAgreements(items: Agreement[]): Promise<void>;
  getAgreement(id: string): Promise<Agreement | undefined>;
  listAgreements(filter?: ListFilter): Promise<Agreement[]>;

  // Dataset imports: bookkeeping for idempotent, diffable imports (see dataset-records.ts).

  /** The stored rows of `dataset` with these keys, by key. */
  getDatasetRows(dataset: string, rowKeys: readonly string[]): Promise<Map<string, DatasetRowRecord>>;
  /** Upserts rows by (dataset, rowKey). */
  putDatasetRows(rows: readonly DatasetRowRecord[]): Promise<void>;
  /** Sets the import id of these rows (read again, unchanged). */
  stampDatasetRows(dataset: string, rowKeys: readonly string[], importId: string): Promise<void>;
  /** Rows of `dataset` last seen in a release other than `release` (gone from it), ordered by key. */
  listDatasetRowsNotIn(dataset: string, release: string, limit?: number): Promise<DatasetRowRecord[]>;
  countDatasetRowsNotIn(dataset: string, release: string): Promise<number>;
  countDatasetRows(dataset: string, status?: 'stored' | 'held'): Promise<number>;
  /** Replaces the unresolved names of these items with `names`. */
  replaceDatasetActorNames(itemIds: readonly string[], names: readonly DatasetActorName[]): Promise<void>;
  /** The unresolved names of these items. */
  listDatasetActorNames(itemIds: readonly string[]): Promise<DatasetActorName[]>;
  /** The items carrying `name` as an unresolved name (in `dataset` only, when given), by item and role. */
  listDatasetActorNamesByName(name: string, dataset?: string): Promise<DatasetActorName[]>;
  /** Upserts links by (dataset, name); a null dataset is a link for every dataset. */
  putDatasetActorLinks(links: readonly DatasetActorLink[]): Promise<void>;
  /** Links, ordered by dataset then name; with `dataset`, those of that dataset and the global ones. */
  listDatasetActorLinks(dataset?: string): Promise<DatasetActorLink[]>;
  /**
   * Unresolved names with the number of items carrying each, most frequent first. Names with
   * a link (`putDatasetActorLinks`) for their dataset, or a global one, are left out.
   */
  listUnresolvedNames(filter?: UnresolvedFilter): Promise<UnresolvedNameCount[]>;
  /**
   * Inside `transaction`, before a bulk import: sets aside the secondary indexes that only
   * serve reads of the tables the import writes (never a key it upserts on), for each table the
   * import will grow by half or more, so that they are built once at the end (`restore`, in the
   * same transaction) instead of being updated row by row. A rollback brings them back as they
   * were. SQLite only: on PostgreSQL, and outside a transaction, nothing is set aside.
   */
  deferIndexes(options: DeferOptions): Promise<DeferredIndexes>;
  putDatasetRelease(release: DatasetRelease): Promise<void>;
  listDatasetReleases(dataset?: string): Promise<DatasetRelease[]>;
  putImportJournal(entry: ImportJournalEntry): Promise<void>;
  listImportJournal(): Promise<ImportJournalEntry[]>;

  // Curation: the audit log and item versions (see curation-records.ts). A change and its
  // audit entry belong in one `transaction`.

  /** The item's version: 0 when it was never curated. */
  getItemVersion(kind: AuditKind, itemId: string): Promise<number>;
  /**
   * Advances the item from version `expected` to `expected + 1` and returns the new version;
   * `ConflictError` naming the item and its current version when it is not at `expected`.
   */
  advanceItemVersion(kind: AuditKind, itemId: string, expected: number): Promise<number>;
  /** Appends an entry; its id is larger than every earlier entry's. */
  appendAudit(entry: NewAuditEntry): Promise<AuditEntry>;
  getAudit(id: number): Promise<AuditEntry | undefined>;
  /** Entries matching the filter, oldest first. */
  listAudit(filter?: AuditFilter): Promise<AuditEntry[]>;
  /**
   * Ids (ordered) of the items of `kind` whose JSON holds `value` as a whole string anywhere,
   * indexed or not (an actor id in a claim): a scan, a superset for callers to check.
   */
  listIdsMentioning(kind: Exclude<AuditKind, 'actor-link'>, value: string): Promise<string[]>;
  /** Deletes items of one kind with their side rows; unknown ids are ignored. */
  deleteItems(kind: AuditKind, ids: readonly string[]): Promise<void>;
  /** Items whose review status is `draft` (events, relations, negotiations, agreements), kind by kind, by id. */
  listDrafts(filter?: DraftFilter): Promise<DraftItem[]>;
}

export interface Store extends StoreOps {
  readonly engine: EngineName;
  readonly capabilities: StoreCapabilities;
  /** Where the data lives, for messages: a file path, or a URL without its password. */
  readonly location: string;
  /** Applies pending migrations; returns the names of those applied. */
  migrate(): Promise<string[]>;
  /**
   * Runs `work` in one transaction: all its writes land, or none (when `work` throws, the
   * error is rethrown after the rollback). Inside `work`, use `tx`, never the store itself.
   */
  transaction<T>(work: (tx: StoreOps) => Promise<T>): Promise<T>;
  /**
   * `transaction` for a write of many rows (a dataset import). On SQLite, when no other
   * connection is using the database file (none has read it since it opened), the transaction
   * runs under a rollback journal instead of the write-ahead log, so that each page is written
   * to the file once rather than to the log and again when the log is copied back; other
   * processes opening the file are then refused as busy instead of reading the last committed
   * state, and the database is back in WAL mode when it ends, committed or not. When another
   * connection is using the file, and on PostgreSQL, this is `transaction`. Returns whether the
   * rollback journal was used, with the work's result.
   */
  bulkTransaction<T>(work: (tx: StoreOps) => Promise<T>): Promise<{ result: T; exclusive: boolean }>;
  /**
   * A token that changes whenever the data may have changed, by this process or another one
   * (it may also change without a change): callers cache results derived from the store under it.
   */
  stateToken(): Promise<string>;
  close(): Promise<void>;
}

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

export type EngineName = 'sqlite' | 'postgres';

/** Filters shared by every list. `caseId` selects items linked to the case or inside its scope. */
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
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
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

/** What one engine can do; callers check flags, never the engine's name. */
export interface StoreCapabilities {
  /** The engine runs in-process (no server). */
  embedded: boolean;
  /** Several processes may write at once. */
  concurrentWriters: boolean;
}

/** A store, or the same store inside a transaction (the same methods, all-or-nothing). */
export interface StoreOps {
  putCase(item: Case): Promise<void>;
  getCase(id: string): Promise<Case | undefined>;
  listCases(): Promise<Case[]>;
  deleteCase(id: string): Promise<void>;
  /** Links items to a case explicitly (idempotent). */
  linkToCase(caseId: string, items: { kind: CaseItemKind; id: string }[]): Promise<void>;

  putActors(items: Actor[]): Promise<void>;
  getActor(id: string): Promise<Actor | undefined>;
  listActors(filter?: ActorFilter): Promise<Actor[]>;

  putSources(items: Source[]): Promise<void>;
  getSource(id: string): Promise<Source | undefined>;
  listSources(filter?: ListFilter): Promise<Source[]>;
  putCitations(items: Citation[]): Promise<void>;
  listCitations(fromSourceId?: string): Promise<Citation[]>;

  putEvents(items: Event[]): Promise<void>;
  getEvent(id: string): Promise<Event | undefined>;
  listEvents(filter?: EventFilter): Promise<Event[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /** Events per (source actor, target actor, month), with summed best fatality estimates. */
  aggregateDyadMonth(filter?: EventFilter): Promise<DyadMonthRow[]>;

  putRelations(items: Relation[]): Promise<void>;
  listRelations(filter?: RelationFilter): Promise<Relation[]>;

  putNegotiations(items: Negotiation[]): Promise<void>;
  listNegotiations(filter?: ListFilter): Promise<Negotiation[]>;

  putAgreements(items: Agreement[]): Promise<void>;
  listAgreements(filter?: ListFilter): Promise<Agreement[]>;
}

export interface Store extends StoreOps {
  readonly engine: EngineName;
  readonly capabilities: StoreCapabilities;
  /** Applies pending migrations; returns the names of those applied. */
  migrate(): Promise<string[]>;
  /** Runs `work` in one transaction: all its writes land, or none. */
  transaction<T>(work: (tx: StoreOps) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The contract every dataset format implements: how its files are laid out, how to recognise
 * one from its first record, and how one record becomes a domain entity — or a rejection
 * naming the line, the field and the reason. Normalising is pure: the only outside knowledge
 * it gets is the `ActorLinker` in its context.
 */
import type { Actor, Agreement, Event, Negotiation, Relation } from '../../model/index.ts';
import type { DatasetRow } from './row.ts';

export type EntityKind = 'event' | 'agreement' | 'negotiation' | 'actor' | 'relation';

/** The role a dataset actor plays in a record. */
export type DatasetActorRole = 'source' | 'target' | 'party' | 'third-party';

/** A dataset's name for an actor that the registry could not (or not uniquely) resolve. */
export interface UnresolvedName {
  role: DatasetActorRole;
  name: string;
  /** The dataset's own id for the actor (UCDP actor id, CAMEO code), when it has one. */
  externalId: string | null;
}

export type DatasetEntity =
  | { kind: 'event'; entity: Event }
  | { kind: 'agreement'; entity: Agreement }
  | { kind: 'negotiation'; entity: Negotiation }
  | { kind: 'actor'; entity: Actor }
  /** A dated link between two actors: a conflict-year or dyad-year of the UCDP conflict datasets. */
  | { kind: 'relation'; entity: Relation };

/** What a record became. */
export type Normalised =
  | {
      outcome: 'entity';
      rowKey: string;
      item: DatasetEntity;
      unresolved: UnresolvedName[];
      coverage: RowCoverage;
    }
  /** Kept but not yet an entity: the schema needs actors the registry lacks (an agreement with fewer than two known parties). */
  | {
      outcome: 'held';
      rowKey: string;
      entityId: string;
      reason: string;
      draft: Record<string, unknown>;
      unresolved: UnresolvedName[];
      coverage: RowCoverage;
    }
  /** Deliberately not imported (a CAMEO statement, which PLOVER does not code; an actor already in the registry). */
  | { outcome: 'skipped'; rowKey: string; reason: string }
  | { outcome: 'rejected'; rejection: Rejection };

/** What one row says about the coverage of its release. */
export interface RowCoverage {
  date: string | null;
  countries: string[];
}

/** A row that is not imported because it is wrong: where, which field, why. */
export interface Rejection {
  line: number;
  field: string;
  reason: string;
  /** The dataset's row id, when it could be read. */
  rowKey?: string;
}

export interface ActorQuery {
  /** The dataset's id for the actor, in the registry's `externalIds[system]`. */
  externalId?: string;
  system?: 'ucdp' | 'cameo' | 'acled' | 'gwno';
  name: string;
}

/** First and last day, inclusive (ISO dates). */
export interface DateSpan {
  from: string;
  to: string;
}

/** Resolves dataset actors to registry ids; undefined when unknown or ambiguous. */
export interface ActorLinker {
  /**
   * `during`: the days the row covers. Among actors sharing the dataset's id, the one whose
   * `periods` hold them all is chosen, and a name is not linked to an actor out of its periods.
   */
  link(query: ActorQuery, during?: DateSpan): string | undefined;
}

export interface NormaliseContext {
  /** The dataset Source of this release. */
  sourceId: string;
  dataset: string;
  release: string;
  actors: ActorLinker;
}

export interface Layout {
  delimiter: ',' | '\t';
  quote: '"' | null;
  /**
   * For files without a header (GDELT): the documented column names for a record of this many
   * fields, or undefined when no layout has that many. The first record is then data.
   */
  columnsFor?: (fieldCount: number) => readonly string[] | undefined;
}

/** Bibliographic facts for the dataset Source. */
export interface DatasetInfo {
  title: string;
  author: string;
  publisher: string;
  url: string | null;
}

export interface DatasetFormat {
  /** The name users type: `ucdp-ged`, `acled`… */
  name: string;
  entity: EntityKind;
  /**
   * Files are increments or extracts of a growing feed (GDELT days, ICEWS years, ACLED exports),
   * not full releases: rows missing from a file have not disappeared.
   */
  incremental?: boolean;
  info: DatasetInfo;
  layout: Layout;
  /** Columns a file must have (by name); a missing one is fatal before any row is read. */
  required: readonly string[];
  /** True when the first record (a header, or a data row for headerless formats) is this format's. */
  detect(first: readonly string[]): boolean;
  /** The release a file holds, from its name and first data row; undefined when neither tells. */
  releaseOf(fileName: string, first: DatasetRow): string | undefined;
  normalise(row: DatasetRow, context: NormaliseContext): Normalised;
}

/**
 * The shapes the Store keeps about dataset imports (part of the Store contract): releases and
 * their coverage, the row-to-entity map with content hashes, unresolved dataset actor names,
 * and the import journal.
 */

/** What one imported release of a dataset covers. */
export interface DatasetRelease {
  dataset: string;
  release: string;
  /** The dataset Source of this release. */
  sourceId: string;
  /** The file last imported for it (as given by the user). */
  file: string;
  /** Rows of the file that became entities or held drafts. */
  rows: number;
  countries: string[];
  /** Earliest and latest dates of its rows, `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  /** A sample or a filtered extract rather than the full release. */
  partial: boolean;
  importedAt: string;
}

export type DatasetRowStatus = 'stored' | 'held';

/** One dataset row and what it became. */
export interface DatasetRowRecord {
  dataset: string;
  rowKey: string;
  release: string;
  entityKind: 'event' | 'agreement' | 'negotiation' | 'actor' | 'relation';
  entityId: string;
  status: DatasetRowStatus;
  /** Hash of the normalised content, release left out. */
  hash: string;
  line: number | null;
  /** The import (journal id) that last wrote the row. */
  importId: string;
  /** For held rows: the draft entity, as JSON-ready data. */
  draft: Record<string, unknown> | null;
}

/** A dataset actor name the registry did not resolve, on one item. */
export interface DatasetActorName {
  itemId: string;
  dataset: string;
  role: string;
  name: string;
  externalId: string | null;
}

/** Unresolved names grouped: how many items carry each. */
export interface UnresolvedNameCount {
  dataset: string;
  name: string;
  externalId: string | null;
  items: number;
}

/**
 * A dataset actor name linked by hand to a registry actor (`jirga actors link`): imports
 * resolve the name to `actorId`, in `dataset` only or, when `dataset` is null, in every dataset.
 */
export interface DatasetActorLink {
  dataset: string | null;
  name: string;
  actorId: string;
  /** When the link was made (ISO timestamp). */
  linked: string;
}

export interface UnresolvedFilter {
  caseId?: string;
  dataset?: string;
}

export type ImportStatus = 'started' | 'finished' | 'failed' | 'abandoned';

export interface ImportJournalEntry {
  id: string;
  dataset: string;
  file: string;
  status: ImportStatus;
  started: string;
  finished: string | null;
  /** The summary of a finished import, or the error of a failed one. */
  detail: Record<string, unknown> | null;
}

/**
 * What the store keeps for curation: the audit log (every analyst change with the item as it
 * was before and after) and a version per curated item for optimistic concurrency. Plain
 * records, shared by the contract (`store.ts`) and both engines.
 */
import type {
  Actor,
  Agreement,
  Case,
  CaseItemKind,
  Event,
  Negotiation,
  Relation,
  Source,
} from '../model/index.ts';

/** `external`: a change found made outside curation (an import), recorded when curation next met the item. */
export const AUDIT_ACTIONS = ['create', 'update', 'review', 'merge', 'delete', 'undo', 'external'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What can be curated: the items of a case, and a case itself (its scope names actors). */
export const AUDIT_KINDS = [
  'event',
  'relation',
  'negotiation',
  'agreement',
  'actor',
  'source',
  'case',
] as const;
export type AuditKind = CaseItemKind | 'case';

/** One change to one item. `before` is null for a creation, `after` null for a deletion. */
export interface AuditEntry {
  /** Increasing with time: a later change has a larger id. */
  id: number;
  /** When, as an ISO 8601 timestamp (UTC). */
  at: string;
  /** The analyst's name. */
  who: string;
  kind: AuditKind;
  itemId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  /** The item's version once this change was made. */
  version: number;
  /** For an undo: the entry it reverses. */
  undoes: number | null;
  /** For a change made together with others (a merge): the first entry of the group. */
  partOf: number | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditFilter {
  kind?: AuditKind;
  itemId?: string;
  /** Entries of the group headed by this entry (the head itself excluded). */
  partOf?: number;
  limit?: number;
  offset?: number;
}

/** The kinds that carry a review status. */
export const REVIEWABLE_KINDS = ['event', 'relation', 'negotiation', 'agreement'] as const;
export type ReviewableKind = (typeof REVIEWABLE_KINDS)[number];

/** An item of any curated kind, tagged with its kind. */
export type CuratedItem =
  | { kind: 'event'; item: Event }
  | { kind: 'relation'; item: Relation }
  | { kind: 'negotiation'; item: Negotiation }
  | { kind: 'agreement'; item: Agreement }
  | { kind: 'actor'; item: Actor }
  | { kind: 'source'; item: Source }
  | { kind: 'case'; item: Case };

export type DraftItem = Extract<CuratedItem, { kind: ReviewableKind }>;

export interface DraftFilter {
  caseId?: string;
  kinds?: ReviewableKind[];
  limit?: number;
}

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
import type { DatasetActorLink } from './dataset-records.ts';

/**
 * What an audit entry records. `external`: a change found made outside curation (an import),
 * recorded when curation next met the item. `link`: a dataset actor name linked to a registry
 * actor (the entry heads one per event it changed).
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'review',
  'merge',
  'delete',
  'undo',
  'external',
  'link',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * What can be curated: the items of a case, a case itself (its scope names actors), and a
 * dataset actor link (an actor merge points it at the actor kept), named by `actorLinkId`.
 */
export const AUDIT_KINDS = [
  'event',
  'relation',
  'negotiation',
  'agreement',
  'actor',
  'source',
  'case',
  'actor-link',
] as const;
export type AuditKind = CaseItemKind | 'case' | 'actor-link';

/** The id of a dataset actor link in the audit log: `DATASET:NAME`, `*:NAME` for every dataset. */
export function actorLinkId(link: { dataset: string | null; name: string }): string {
  return `${link.dataset ?? '*'}:${link.name}`;
}

/** The dataset (null: every dataset) and name of a link id; undefined when it is not one. */
export function actorLinkKey(id: string): { dataset: string | null; name: string } | undefined {
  const at = id.indexOf(':');
  if (at <= 0 || at === id.length - 1) return undefined;
  const dataset = id.slice(0, at);
  return { dataset: dataset === '*' ? null : dataset, name: id.slice(at + 1) };
}

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
  | { kind: 'case'; item: Case }
  | { kind: 'actor-link'; item: DatasetActorLink };

export type DraftItem = Extract<CuratedItem, { kind: ReviewableKind }>;

export interface DraftFilter {
  caseId?: string;
  kinds?: ReviewableKind[];
  limit?: number;
}

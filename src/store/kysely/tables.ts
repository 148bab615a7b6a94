/**
 * The relational schema both engines share, as Kysely table types: one table per entity with
 * the columns queries filter on, plus `doc`, the entity serialised as JSON. These row types
 * never leave `store/`; callers see domain entities only.
 */
import type { Generated } from 'kysely';

export interface CaseRow {
  id: string;
  doc: string;
}

export interface CaseItemRow {
  case_id: string;
  item_kind: string;
  item_id: string;
}

export interface ActorRow {
  id: string;
  kind: string;
  country: string | null;
  parent_id: string | null;
  doc: string;
}

export interface SourceRow {
  id: string;
  kind: string;
  published: string | null;
  doc: string;
}

export interface CitationRow {
  from_source_id: string;
  to_source_id: string;
  marker: string;
}

export interface EventRow {
  id: string;
  date: string;
  date_end: string | null;
  type: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  fatalities_best: number | null;
  incident_id: string | null;
  status: string;
  origin: string;
  doc: string;
}

export type ActorRole = 'source' | 'target';

export interface EventActorRow {
  event_id: string;
  actor_id: string;
  role: ActorRole;
}

export interface RelationRow {
  id: string;
  subject_id: string;
  predicate: string;
  object_id: string;
  second_object_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  status: string;
  doc: string;
}

export interface NegotiationRow {
  id: string;
  valid_from: string | null;
  valid_to: string | null;
  status: string;
  doc: string;
}

export interface AgreementRow {
  id: string;
  kind: string;
  signed: string | null;
  status: string;
  doc: string;
}

/** One party of a negotiation or an agreement (its `parties` only), for case-scope queries. */
export interface PartyRow {
  owner_id: string;
  actor_id: string;
}

export interface DatasetReleaseRow {
  dataset: string;
  release: string;
  source_id: string;
  doc: string;
}

export interface DatasetRowRow {
  dataset: string;
  row_key: string;
  release: string;
  entity_kind: string;
  entity_id: string;
  status: string;
  hash: string;
  line: number | null;
  import_id: string;
  draft: string | null;
}

export interface DatasetActorNameRow {
  item_id: string;
  role: string;
  name: string;
  external_id: string | null;
  dataset: string;
}

export interface DatasetActorLinkRow {
  /** '' for a link that holds in every dataset. */
  dataset: string;
  name: string;
  actor_id: string;
  linked: string;
}

export interface ImportJournalRow {
  id: string;
  dataset: string;
  file: string;
  status: string;
  started: string;
  finished: string | null;
  doc: string | null;
}

export interface AuditLogRow {
  id: Generated<number>;
  at: string;
  who: string;
  kind: string;
  item_id: string;
  action: string;
  before: string | null;
  after: string | null;
  version: number;
  undoes: number | null;
  part_of: number | null;
}

export interface ItemVersionRow {
  kind: string;
  item_id: string;
  version: number;
}

export interface SourceTextRow {
  source_id: string;
  body: string;
  sha256: string;
  language: string | null;
  stored_at: string;
}

export interface Database {
  cases: CaseRow;
  case_items: CaseItemRow;
  actors: ActorRow;
  sources: SourceRow;
  citations: CitationRow;
  events: EventRow;
  event_actors: EventActorRow;
  relations: RelationRow;
  negotiations: NegotiationRow;
  negotiation_parties: PartyRow;
  agreements: AgreementRow;
  agreement_parties: PartyRow;
  dataset_releases: DatasetReleaseRow;
  dataset_rows: DatasetRowRow;
  dataset_actor_names: DatasetActorNameRow;
  import_journal: ImportJournalRow;
  dataset_actor_links: DatasetActorLinkRow;
  audit_log: AuditLogRow;
  item_versions: ItemVersionRow;
  source_texts: SourceTextRow;
}

/**
 * The kinds of item analysts curate, by name: each kind's schema, and reading, writing and
 * deleting an item of a kind named at run time (the store validates every write with the
 * kind's schema, so a bad item is a `ValidationError` naming the field); items named as
 * `kind:id` (a dataset actor link as `actor-link:DATASET:NAME`, `*` for every dataset).
 */
import { NotFoundError } from '../../errors.ts';
import { Actor, Agreement, Case, EntityId, Event, Negotiation, Relation, Source } from '../../model/index.ts';
import { z } from 'zod';
import { actorLinkKey, AUDIT_KINDS } from '../../store/curation-records.ts';
import type { AuditKind, DatasetActorLink, StoreOps } from '../../store/store.ts';

/** The kinds an analyst creates and edits (a case is curated only through an actor merge). */
export const CURATED_KINDS = ['event', 'relation', 'negotiation', 'agreement', 'actor', 'source'] as const;
export type CuratedKind = (typeof CURATED_KINDS)[number];

export interface ItemOfKind {
  event: Event;
  relation: Relation;
  negotiation: Negotiation;
  agreement: Agreement;
  actor: Actor;
  source: Source;
  case: Case;
  'actor-link': DatasetActorLink;
}

/** A dataset actor link's fields (a null dataset: every dataset); other keys are dropped. */
const ActorLinkFields = z.object({
  dataset: z.string().min(1).nullable(),
  name: z.string().min(1),
  actorId: EntityId,
  linked: z.string(),
});

/** A dataset actor link as the store keeps it. */
const ActorLink = ActorLinkFields.strict();

export const SCHEMA_OF = {
  event: Event,
  relation: Relation,
  negotiation: Negotiation,
  agreement: Agreement,
  actor: Actor,
  source: Source,
  case: Case,
  'actor-link': ActorLink,
} as const;

export async function getItem<K extends AuditKind>(
  store: StoreOps,
  kind: K,
  id: string,
): Promise<ItemOfKind[K] | undefined> {
  const found: ItemOfKind[AuditKind] | undefined = await (() => {
    switch (kind) {
      case 'event':
        return store.getEvent(id);
      case 'relation':
        return store.getRelation(id);
      case 'negotiation':
        return store.getNegotiation(id);
      case 'agreement':
        return store.getAgreement(id);
      case 'actor':
        return store.getActor(id);
      case 'source':
        return store.getSource(id);
      case 'actor-link':
        return getActorLink(store, id);
      default:
        return store.getCase(id);
    }
  })();
  return found as ItemOfKind[K] | undefined;
}

export async function requireItem<K extends AuditKind>(
  store: StoreOps,
  kind: K,
  id: string,
): Promise<ItemOfKind[K]> {
  const found = await getItem(store, kind, id);
  if (found === undefined) throw new NotFoundError(kind, id);
  return found;
}

/** Writes items of `kind` at once (validated by the store with the kind's schema). */
async function putItems(store: StoreOps, kind: AuditKind, items: readonly unknown[]): Promise<void> {
  if (items.length === 0) return;
  switch (kind) {
    case 'event':
      return store.putEvents(items as Event[]);
    case 'relation':
      return store.putRelations(items as Relation[]);
    case 'negotiation':
      return store.putNegotiations(items as Negotiation[]);
    case 'agreement':
      return store.putAgreements(items as Agreement[]);
    case 'actor':
      return store.putActors(items as Actor[]);
    case 'source':
      return store.putSources(items as Source[]);
    case 'case':
      for (const item of items) await store.putCase(item as Case);
      return;
    case 'actor-link':
      // The audit log's state of a link may carry what making it did (`link-record.ts`).
      return store.putDatasetActorLinks(items.map((item) => ActorLinkFields.parse(item)));
  }
}

/** The link named by `id` (see `actorLinkId`), if stored. */
async function getActorLink(store: StoreOps, id: string): Promise<DatasetActorLink | undefined> {
  const key = actorLinkKey(id);
  if (key === undefined) return undefined;
  const links = await store.listDatasetActorLinks(key.dataset ?? undefined);
  return links.find((l) => l.dataset === key.dataset && l.name === key.name);
}

/**
 * Makes the store hold each state (null: no item) of distinct items of `kind`, the deletions
 * in one call and the writes in another.
 */
export async function restoreItems(
  store: StoreOps,
  kind: AuditKind,
  states: readonly { id: string; item: unknown }[],
): Promise<void> {
  const gone = states.filter((s) => s.item === null).map((s) => s.id);
  if (gone.length > 0) await store.deleteItems(kind, gone);
  await putItems(
    store,
    kind,
    states.filter((s) => s.item !== null).map((s) => s.item),
  );
}

/** JSON with object keys sorted, so that key order (and engines that reorder keys) do not count. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * How states are compared: by each kind's schema, a link by its own fields only (its audit
 * state may add what making it did, see `link-record.ts`).
 */
const COMPARED_AS = { ...SCHEMA_OF, 'actor-link': ActorLinkFields } as const;

/** The item as its kind's schema reads it (defaults filled in, unknown keys dropped), else as it is. */
function normalised(kind: AuditKind, item: unknown): unknown {
  if (item === null || item === undefined) return null;
  const parsed = COMPARED_AS[kind].safeParse(item);
  return parsed.success ? parsed.data : item;
}

/** Whether two states of an item (null: absent) are the same item, whatever their key order. */
export function sameState(kind: AuditKind, x: unknown, y: unknown): boolean {
  return canonicalJson(normalised(kind, x)) === canonicalJson(normalised(kind, y));
}

/** The form an item is named by in the API and the CLI, e.g. event:ucdp-ged:244657. */
export const ITEM_REF_HELP = `KIND:ID with KIND among ${AUDIT_KINDS.join(', ')}, e.g. event:ucdp-ged:244657`;

/** `kind:id` (the id may hold colons itself); undefined when it is not one. */
export function parseItemRef(value: string): { kind: AuditKind; id: string } | undefined {
  const at = value.indexOf(':');
  const kind = AUDIT_KINDS.find((k) => k === value.slice(0, at));
  const id = value.slice(at + 1);
  if (at < 0 || kind === undefined) return undefined;
  const valid = kind === 'actor-link' ? actorLinkKey(id) !== undefined : EntityId.safeParse(id).success;
  if (!valid) return undefined;
  return { kind, id };
}

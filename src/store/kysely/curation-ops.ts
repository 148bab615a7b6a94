/**
 * Curation over Kysely: item versions advanced only from the version a change was based on
 * (a conditional update, so two writers racing on PostgreSQL cannot both win), the audit log
 * appended and read, items deleted with their side rows, items found by an id their JSON
 * names, and the drafts awaiting review.
 * Callers run writes inside one transaction with the change they record.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { ConflictError } from '../../errors.ts';
import type { Case } from '../../model/index.ts';
import type {
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditKind,
  DraftFilter,
  DraftItem,
  NewAuditEntry,
  ReviewableKind,
} from '../curation-records.ts';
import { actorLinkKey, REVIEWABLE_KINDS } from '../curation-records.ts';
import { deleteWhereIn } from './batch-write.ts';
import { agreementInCase, eventInCase, negotiationInCase, relationInCase } from './case-scope.ts';
import { fromDoc } from './rows.ts';
import type { AuditLogRow, Database } from './tables.ts';

/** The version of an item: 0 when it was never curated. */
export async function getItemVersion(db: Kysely<Database>, kind: AuditKind, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('item_versions')
    .select('version')
    .where('kind', '=', kind)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row === undefined ? 0 : Number(row.version);
}

/**
 * Moves the item from version `expected` to `expected + 1`; a `ConflictError` naming the item
 * and its current version when it is no longer at `expected`.
 */
export async function advanceItemVersion(
  db: Kysely<Database>,
  kind: AuditKind,
  itemId: string,
  expected: number,
): Promise<number> {
  const next = expected + 1;
  const result =
    expected === 0
      ? await db
          .insertInto('item_versions')
          .values({ kind, item_id: itemId, version: next })
          .onConflict((oc) => oc.columns(['kind', 'item_id']).doNothing())
          .executeTakeFirst()
      : await db
          .updateTable('item_versions')
          .set({ version: next })
          .where('kind', '=', kind)
          .where('item_id', '=', itemId)
          .where('version', '=', expected)
          .executeTakeFirst();
  const changed =
    'numInsertedOrUpdatedRows' in result ? result.numInsertedOrUpdatedRows : result.numUpdatedRows;
  if (changed === undefined || Number(changed) !== 1) {
    const current = await getItemVersion(db, kind, itemId);
    throw new ConflictError(
      `${kind} '${itemId}' is at version ${current}, not ${expected}: someone changed it since you read it; ` +
        'reload it and apply your change again',
    );
  }
  return next;
}

export async function appendAudit(db: Kysely<Database>, entry: NewAuditEntry): Promise<AuditEntry> {
  const row = await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      who: entry.who,
      kind: entry.kind,
      item_id: entry.itemId,
      action: entry.action,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      version: entry.version,
      undoes: entry.undoes,
      part_of: entry.partOf,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...entry, id: Number(row.id) };
}

export async function getAudit(db: Kysely<Database>, id: number): Promise<AuditEntry | undefined> {
  const row = await db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : auditEntryOf(row);
}

/** Entries matching the filter, oldest first. */
export async function listAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.itemId !== undefined) query = query.where('item_id', '=', filter.itemId);
  if (filter.partOf !== undefined) query = query.where('part_of', '=', filter.partOf);
  query = query.orderBy('id');
  if (filter.limit !== undefined || filter.offset !== undefined) {
    query = query.limit(filter.limit ?? Number.MAX_SAFE_INTEGER).offset(filter.offset ?? 0);
  }
  return (await query.execute()).map(auditEntryOf);
}

function auditEntryOf(row: Omit<AuditLogRow, 'id'> & { id: number }): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    who: row.who,
    kind: row.kind as AuditKind,
    itemId: row.item_id,
    action: row.action as AuditAction,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    version: Number(row.version),
    undoes: row.undoes === null ? null : Number(row.undoes),
    partOf: row.part_of === null ? null : Number(row.part_of),
  };
}

const TABLE_OF = {
  event: 'events',
  relation: 'relations',
  negotiation: 'negotiations',
  agreement: 'agreements',
  actor: 'actors',
  source: 'sources',
  case: 'cases',
} as const;

/** Deletes items of one kind with their side rows (actors of events, parties, case links of a case). */
export async function deleteItems(
  db: Kysely<Database>,
  kind: AuditKind,
  ids: readonly string[],
  maxParameters: number,
): Promise<void> {
  if (kind === 'actor-link') return deleteActorLinks(db, ids);
  if (kind === 'event') await deleteWhereIn(db, 'event_actors', 'event_id', ids, maxParameters);
  if (kind === 'negotiation') await deleteWhereIn(db, 'negotiation_parties', 'owner_id', ids, maxParameters);
  if (kind === 'agreement') await deleteWhereIn(db, 'agreement_parties', 'owner_id', ids, maxParameters);
  if (kind === 'case') await deleteWhereIn(db, 'case_items', 'case_id', ids, maxParameters);
  await deleteWhereIn(db, TABLE_OF[kind], 'id', ids, maxParameters);
}

/** Deletes dataset actor links by their audit ids (`actorLinkId`); ids that name none are ignored. */
async function deleteActorLinks(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const key = actorLinkKey(id);
    if (key === undefined) continue;
    await db
      .deleteFrom('dataset_actor_links')
      .where('dataset', '=', key.dataset ?? '')
      .where('name', '=', key.name)
      .execute();
  }
}

/** The kinds whose rows hold the whole item as JSON (`doc`). */
export type DocKind = keyof typeof TABLE_OF;

/**
 * Ids of the items of `kind` whose JSON holds `value` as a whole string anywhere (`"value"`):
 * a scan of the `doc` column, which finds an actor id wherever an item names it (claims,
 * attributions, mediators, delegations), indexed column or not. Callers check each item found.
 */
export async function listIdsMentioning(
  db: Kysely<Database>,
  kind: DocKind,
  value: string,
): Promise<string[]> {
  const escaped = JSON.stringify(value).replace(/[!%_]/g, (c) => `!${c}`);
  const rows = await db
    .selectFrom(TABLE_OF[kind])
    .select('id')
    .where(sql<SqlBool>`doc like ${`%${escaped}%`} escape '!'`)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

function draftCondition(kind: ReviewableKind, kase: Case): Expression<SqlBool> {
  switch (kind) {
    case 'event':
      return eventInCase(kase);
    case 'relation':
      return relationInCase(kase);
    case 'negotiation':
      return negotiationInCase(kase);
    case 'agreement':
      return agreementInCase(kase);
  }
}

/** Items whose status is `draft`, kind by kind (events, relations, negotiations, agreements), each by id. */
export async function listDrafts(
  db: Kysely<Database>,
  filter: DraftFilter,
  kase: Case | undefined,
): Promise<DraftItem[]> {
  const kinds = filter.kinds !== undefined && filter.kinds.length > 0 ? filter.kinds : REVIEWABLE_KINDS;
  const drafts: DraftItem[] = [];
  for (const kind of REVIEWABLE_KINDS) {
    if (!kinds.includes(kind)) continue;
    const room = filter.limit === undefined ? undefined : filter.limit - drafts.length;
    if (room !== undefined && room <= 0) break;
    let query = db.selectFrom(TABLE_OF[kind]).select('doc').where('status', '=', 'draft');
    if (kase !== undefined) query = query.where(draftCondition(kind, kase));
    query = query.orderBy('id');
    if (room !== undefined) query = query.limit(room);
    for (const row of await query.execute()) drafts.push({ kind, item: fromDoc(row) } as DraftItem);
  }
  return drafts;
}

/**
 * The dataset-import bookkeeping over Kysely: dataset rows with their hashes, unresolved
 * actor names, release coverage and the import journal. Reads and writes in batches within
 * the engine's parameter limit; callers run writes in a transaction.
 */
import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Case } from '../../model/index.ts';
import type {
  DatasetActorLink,
  DatasetActorName,
  DatasetRelease,
  DatasetRowRecord,
  DatasetRowStatus,
  ImportJournalEntry,
  ImportStatus,
  UnresolvedNameCount,
} from '../dataset-records.ts';
import { chunk, deleteWhereIn, preparedWritesOf, upsertItems, upsertRows } from './batch-write.ts';
import type { ItemWrite, TableWrite } from './batch-write.ts';
import { agreementInCase, eventInCase, negotiationInCase, relationInCase } from './case-scope.ts';
import type {
  Database,
  DatasetActorLinkRow,
  DatasetActorNameRow,
  DatasetReleaseRow,
  DatasetRowRow,
  ImportJournalRow,
} from './tables.ts';

const DATASET_ROWS: ItemWrite<DatasetRowRecord, DatasetRowRow> = {
  table: 'dataset_rows',
  columns: [
    'dataset',
    'row_key',
    'release',
    'entity_kind',
    'entity_id',
    'status',
    'hash',
    'line',
    'import_id',
    'draft',
  ],
  key: ['dataset', 'row_key'],
  cells: (r, out, at) => {
    out[at] = r.dataset;
    out[at + 1] = r.rowKey;
    out[at + 2] = r.release;
    out[at + 3] = r.entityKind;
    out[at + 4] = r.entityId;
    out[at + 5] = r.status;
    out[at + 6] = r.hash;
    out[at + 7] = r.line ?? null;
    out[at + 8] = r.importId;
    out[at + 9] = r.draft === null ? null : JSON.stringify(r.draft);
  },
};
const ACTOR_NAMES: ItemWrite<DatasetActorName, DatasetActorNameRow> = {
  table: 'dataset_actor_names',
  columns: ['item_id', 'role', 'name', 'external_id', 'dataset'],
  key: ['item_id', 'role', 'name'],
  cells: (n, out, at) => {
    out[at] = n.itemId;
    out[at + 1] = n.role;
    out[at + 2] = n.name;
    out[at + 3] = n.externalId ?? null;
    out[at + 4] = n.dataset;
  },
};
const LINKS: TableWrite<DatasetActorLinkRow> = {
  table: 'dataset_actor_links',
  columns: ['dataset', 'name', 'actor_id', 'linked'],
  key: ['dataset', 'name'],
};
const RELEASES: TableWrite<DatasetReleaseRow> = {
  table: 'dataset_releases',
  columns: ['dataset', 'release', 'source_id', 'doc'],
  key: ['dataset', 'release'],
};
const JOURNAL: TableWrite<ImportJournalRow> = {
  table: 'import_journal',
  columns: ['id', 'dataset', 'file', 'status', 'started', 'finished', 'doc'],
  key: ['id'],
};

function toRecord(row: DatasetRowRow): DatasetRowRecord {
  return {
    dataset: row.dataset,
    rowKey: row.row_key,
    release: row.release,
    entityKind: row.entity_kind as DatasetRowRecord['entityKind'],
    entityId: row.entity_id,
    status: row.status as DatasetRowStatus,
    hash: row.hash,
    line: row.line === null ? null : Number(row.line),
    importId: row.import_id,
    draft: row.draft === null ? null : (JSON.parse(row.draft) as Record<string, unknown>),
  };
}

export async function getDatasetRows(
  db: Kysely<Database>,
  dataset: string,
  rowKeys: readonly string[],
  maxParameters: number,
): Promise<Map<string, DatasetRowRecord>> {
  const found = new Map<string, DatasetRowRecord>();
  const prepared = preparedWritesOf(db);
  if (prepared !== undefined) {
    const rows = prepared.selectWhereIn<DatasetRowRow>(
      'dataset_rows',
      { column: 'dataset', value: dataset },
      'row_key',
      [...new Set(rowKeys)],
    );
    for (const row of rows) found.set(row.row_key, toRecord(row));
    return found;
  }
  for (const part of chunk([...new Set(rowKeys)], Math.min(maxParameters - 1, 10_000))) {
    const rows = await db
      .selectFrom('dataset_rows')
      .selectAll()
      .where('dataset', '=', dataset)
      .where('row_key', 'in', part)
      .execute();
    for (const row of rows) found.set(row.row_key, toRecord(row));
  }
  return found;
}

export async function putDatasetRows(
  db: Kysely<Database>,
  rows: readonly DatasetRowRecord[],
  maxParameters: number,
): Promise<void> {
  // The last record of a key wins (PostgreSQL refuses to touch a row twice in one statement).
  const byKey = new Map<string, DatasetRowRecord>();
  for (const r of rows) byKey.set(`${r.dataset}\u0000${r.rowKey}`, r);
  await upsertItems(db, DATASET_ROWS, [...byKey.values()], maxParameters);
}

export async function stampDatasetRows(
  db: Kysely<Database>,
  dataset: string,
  rowKeys: readonly string[],
  importId: string,
  maxParameters: number,
): Promise<void> {
  for (const part of chunk([...new Set(rowKeys)], Math.min(maxParameters - 2, 10_000))) {
    await db
      .updateTable('dataset_rows')
      .set({ import_id: importId })
      .where('dataset', '=', dataset)
      .where('row_key', 'in', part)
      .execute();
  }
}

export async function listDatasetRowsNotIn(
  db: Kysely<Database>,
  dataset: string,
  release: string,
  limit: number | undefined,
): Promise<DatasetRowRecord[]> {
  let query = db
    .selectFrom('dataset_rows')
    .selectAll()
    .where('dataset', '=', dataset)
    .where('release', '<>', release)
    .orderBy('row_key');
  if (limit !== undefined) query = query.limit(limit);
  return (await query.execute()).map(toRecord);
}

export async function countDatasetRows(
  db: Kysely<Database>,
  dataset: string,
  condition: { notInRelease?: string; status?: DatasetRowStatus },
): Promise<number> {
  let query = db
    .selectFrom('dataset_rows')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('dataset', '=', dataset);
  if (condition.notInRelease !== undefined) query = query.where('release', '<>', condition.notInRelease);
  if (condition.status !== undefined) query = query.where('status', '=', condition.status);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function replaceDatasetActorNames(
  db: Kysely<Database>,
  itemIds: readonly string[],
  names: readonly DatasetActorName[],
  maxParameters: number,
): Promise<void> {
  await deleteWhereIn(db, 'dataset_actor_names', 'item_id', [...new Set(itemIds)], maxParameters);
  const rows = new Map<string, DatasetActorName>();
  for (const n of names) rows.set(`${n.itemId}\u0000${n.role}\u0000${n.name}`, n);
  await upsertItems(db, ACTOR_NAMES, [...rows.values()], maxParameters);
}

export async function listDatasetActorNames(
  db: Kysely<Database>,
  itemIds: readonly string[],
  maxParameters: number,
): Promise<DatasetActorName[]> {
  const names: DatasetActorName[] = [];
  for (const part of chunk([...new Set(itemIds)], Math.min(maxParameters, 10_000))) {
    const rows = await db
      .selectFrom('dataset_actor_names')
      .selectAll()
      .where('item_id', 'in', part)
      .execute();
    for (const row of rows) {
      names.push({
        itemId: row.item_id,
        dataset: row.dataset,
        role: row.role,
        name: row.name,
        externalId: row.external_id,
      });
    }
  }
  return names.sort(
    (a, b) =>
      a.itemId.localeCompare(b.itemId) || a.role.localeCompare(b.role) || a.name.localeCompare(b.name),
  );
}

/** The items carrying `name` as an unresolved dataset actor name (in `dataset` only, when given). */
export async function listDatasetActorNamesByName(
  db: Kysely<Database>,
  name: string,
  dataset: string | undefined,
): Promise<DatasetActorName[]> {
  let query = db.selectFrom('dataset_actor_names').selectAll().where('name', '=', name);
  if (dataset !== undefined) query = query.where('dataset', '=', dataset);
  const rows = await query.orderBy('item_id').orderBy('role').execute();
  return rows.map((row) => ({
    itemId: row.item_id,
    dataset: row.dataset,
    role: row.role,
    name: row.name,
    externalId: row.external_id,
  }));
}

/** Items of a case that can carry dataset names: its events, agreements, negotiations and relations. */
function itemInCase(kase: Case): Expression<SqlBool> {
  const inEvents = sql<SqlBool>`dataset_actor_names.item_id in (select events.id from events where ${eventInCase(kase)})`;
  const inAgreements = sql<SqlBool>`dataset_actor_names.item_id in (select agreements.id from agreements where ${agreementInCase(kase)})`;
  const inNegotiations = sql<SqlBool>`dataset_actor_names.item_id in (select negotiations.id from negotiations where ${negotiationInCase(kase)})`;
  const inRelations = sql<SqlBool>`dataset_actor_names.item_id in (select relations.id from relations where ${relationInCase(kase)})`;
  return sql<SqlBool>`(${inEvents} or ${inAgreements} or ${inNegotiations} or ${inRelations})`;
}

export async function listUnresolvedNames(
  db: Kysely<Database>,
  filter: { dataset?: string; kase?: Case },
): Promise<UnresolvedNameCount[]> {
  let query = db
    .selectFrom('dataset_actor_names')
    .select((eb) => [
      'dataset_actor_names.dataset as dataset',
      'dataset_actor_names.name as name',
      eb.fn.max('dataset_actor_names.external_id').as('externalId'),
      eb.fn.count<number>('dataset_actor_names.item_id').distinct().as('items'),
    ])
    .groupBy(['dataset_actor_names.dataset', 'dataset_actor_names.name']);
  if (filter.dataset !== undefined) query = query.where('dataset_actor_names.dataset', '=', filter.dataset);
  if (filter.kase !== undefined) query = query.where(itemInCase(filter.kase));
  query = query.where(
    sql<SqlBool>`not exists (select 1 from dataset_actor_links where dataset_actor_links.name = dataset_actor_names.name and (dataset_actor_links.dataset = dataset_actor_names.dataset or dataset_actor_links.dataset = ''))`,
  );
  const rows = await query.execute();
  return rows
    .map((row) => ({
      dataset: row.dataset,
      name: row.name,
      externalId: row.externalId ?? null,
      items: Number(row.items),
    }))
    .sort((a, b) => b.items - a.items || a.dataset.localeCompare(b.dataset) || a.name.localeCompare(b.name));
}

export async function putDatasetActorLinks(
  db: Kysely<Database>,
  links: readonly DatasetActorLink[],
  maxParameters: number,
): Promise<void> {
  const rows = new Map<string, DatasetActorLinkRow>();
  for (const link of links) {
    const dataset = link.dataset ?? '';
    rows.set(`${dataset}\u0000${link.name}`, {
      dataset,
      name: link.name,
      actor_id: link.actorId,
      linked: link.linked,
    });
  }
  await upsertRows(db, LINKS, [...rows.values()], maxParameters);
}

export async function listDatasetActorLinks(
  db: Kysely<Database>,
  dataset: string | undefined,
): Promise<DatasetActorLink[]> {
  let query = db.selectFrom('dataset_actor_links').selectAll().orderBy('dataset').orderBy('name');
  if (dataset !== undefined) query = query.where('dataset', 'in', [dataset, '']);
  return (await query.execute()).map((row) => ({
    dataset: row.dataset === '' ? null : row.dataset,
    name: row.name,
    actorId: row.actor_id,
    linked: row.linked,
  }));
}

export async function putDatasetRelease(
  db: Kysely<Database>,
  release: DatasetRelease,
  maxParameters: number,
): Promise<void> {
  await upsertRows(
    db,
    RELEASES,
    [
      {
        dataset: release.dataset,
        release: release.release,
        source_id: release.sourceId,
        doc: JSON.stringify(release),
      },
    ],
    maxParameters,
  );
}

export async function listDatasetReleases(
  db: Kysely<Database>,
  dataset: string | undefined,
): Promise<DatasetRelease[]> {
  let query = db.selectFrom('dataset_releases').select('doc').orderBy('dataset').orderBy('release');
  if (dataset !== undefined) query = query.where('dataset', '=', dataset);
  return (await query.execute()).map((row) => JSON.parse(row.doc) as DatasetRelease);
}

export async function putImportJournal(
  db: Kysely<Database>,
  entry: ImportJournalEntry,
  maxParameters: number,
): Promise<void> {
  await upsertRows(
    db,
    JOURNAL,
    [
      {
        id: entry.id,
        dataset: entry.dataset,
        file: entry.file,
        status: entry.status,
        started: entry.started,
        finished: entry.finished,
        doc: entry.detail === null ? null : JSON.stringify(entry.detail),
      },
    ],
    maxParameters,
  );
}

export async function listImportJournal(db: Kysely<Database>): Promise<ImportJournalEntry[]> {
  const rows = await db.selectFrom('import_journal').selectAll().orderBy('started').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    dataset: row.dataset,
    file: row.file,
    status: row.status as ImportStatus,
    started: row.started,
    finished: row.finished,
    detail: row.doc === null ? null : (JSON.parse(row.doc) as Record<string, unknown>),
  }));
}

/**
 * Secondary indexes set aside during a bulk import on SQLite. An import that brings at least
 * half as many rows as a table already holds writes that table faster without the indexes
 * that serve only reads (events by place, by actor, rows by release, unresolved names by name),
 * which are then built once, sorted, before the import commits: inserting into an index whose
 * entries land all over it (random days) or in a few groups (120 dataset actor names) costs
 * several times more per entry than building it. Keys the import upserts on (primary keys) are
 * never touched, nor are the events' type and country indexes: each build of an events index
 * reads the whole events table (documents included), which costs about what keeping those two
 * up to date does (measured on 1,000,000 GED rows).
 *
 * Both the drop and the build run inside the import's transaction: a killed or failed import
 * rolls back to the previous schema with its indexes, and readers in WAL mode keep reading the
 * last committed state, indexes included. PostgreSQL is left alone: `drop index` there holds an
 * exclusive lock on the table until the transaction ends, which would stop every reader for the
 * length of the import.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { DeferOptions, DeferredIndexes, EngineName } from '../store.ts';
import type { Database } from './tables.ts';

/** Secondary indexes a dataset import maintains and no import statement reads. */
const DEFERRABLE: readonly { table: keyof Database & string; index: string }[] = [
  { table: 'events', index: 'events_date_place' },
  { table: 'event_actors', index: 'event_actors_actor' },
  { table: 'dataset_rows', index: 'dataset_rows_release' },
  { table: 'dataset_actor_names', index: 'dataset_actor_names_name' },
];

/** Rebuilding pays when the import brings at least this share of a table's rows. */
const REBUILD_SHARE = 0.5;

/** The page cache while the indexes are built (negative: KiB), a quarter of the store's usual 64 MiB. */
const BUILD_CACHE_SIZE = -16384;

const NOTHING: DeferredIndexes = { names: [], restore: () => Promise.resolve() };

/**
 * Drops the deferrable indexes of the tables the import will at least grow by half, and
 * returns how to build them again. `db` must be a transaction.
 */
export async function deferIndexes(
  db: Kysely<Database>,
  engine: EngineName,
  options: DeferOptions,
): Promise<DeferredIndexes> {
  if (engine !== 'sqlite' || options.expectedRows <= 0) return NOTHING;
  const sizes = new Map<string, number>();
  const dropped: { name: string; definition: string }[] = [];
  for (const { table, index } of DEFERRABLE) {
    if (index === 'events_date_place' && options.keepEventPlaces) continue;
    let size = sizes.get(table);
    if (size === undefined) {
      const counted = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      sizes.set(table, (size = Number(counted.rows[0]?.n ?? 0)));
    }
    if (options.expectedRows < REBUILD_SHARE * size) continue;
    const found = await sql<{ sql: string | null }>`
      select sql from sqlite_schema where type = 'index' and name = ${index}`.execute(db);
    const definition = found.rows[0]?.sql;
    if (definition === undefined || definition === null) continue;
    await sql`drop index ${sql.id(index)}`.execute(db);
    dropped.push({ name: index, definition });
  }
  return {
    names: dropped.map((d) => d.name),
    restore: async () => {
      if (dropped.length === 0) return;
      // Building an index sorts its entries in memory up to the page cache's size, on top of the
      // cache itself: a smaller cache meanwhile keeps the import's peak memory where it was.
      const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
      await sql.raw(`pragma cache_size = ${BUILD_CACHE_SIZE}`).execute(db);
      try {
        for (const { definition } of dropped) await sql.raw(definition).execute(db);
      } finally {
        await sql.raw(`pragma cache_size = ${Number(rows[0]?.cache_size ?? BUILD_CACHE_SIZE)}`).execute(db);
      }
    },
  };
}

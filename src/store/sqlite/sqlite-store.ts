/**
 * The embedded engine: SQLite through better-sqlite3 and Kysely's SqliteDialect, in WAL mode
 * with foreign keys on; batched writes run as cached prepared statements on the same connection
 * (`prepared-writes.ts`). A path of `:memory:` gives a private in-memory database.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreUnavailableError } from '../../errors.ts';
import { KyselyStore } from '../kysely/kysely-store.ts';
import type { Database as Tables } from '../kysely/tables.ts';
import type { Store } from '../store.ts';
import { SqlitePreparedWrites } from './prepared-writes.ts';

export const MEMORY_PATH = ':memory:';

/** SQLite's bound-parameter limit (SQLITE_MAX_VARIABLE_NUMBER in better-sqlite3's build). */
const SQLITE_MAX_PARAMETERS = 32_766;

/** Opens (creating if needed) the SQLite database at `path` and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<Store> {
  const database = openDatabase(path);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  const store = new KyselyStore(db, {
    engine: 'sqlite',
    capabilities: { embedded: true, concurrentWriters: false },
    maxParameters: SQLITE_MAX_PARAMETERS,
    location: path,
    preparedWrites: new SqlitePreparedWrites(database),
  });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openDatabase(path: string): Database.Database {
  try {
    if (path !== MEMORY_PATH) mkdirSync(dirname(path), { recursive: true });
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 2 MiB): keeps index pages hot during bulk loads.
    database.pragma('cache_size = -65536');
    // Reads through a memory map of up to 1 GiB (address space, not memory): random lookups by
    // id on a 1,000,000-event store run 2-3x faster than through read() calls (bench/assess.ts).
    if (path !== MEMORY_PATH) database.pragma('mmap_size = 1073741824');
    return database;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(
      `cannot open the SQLite database at ${path}: ${reason}. ` +
        'Check that the directory is writable and the file is a Jirga database, or choose another with --db or JIRGA_DB.',
      { cause: error },
    );
  }
}

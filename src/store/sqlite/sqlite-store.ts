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
import { KyselyStore, type BulkWriteMode } from '../kysely/kysely-store.ts';
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
    ...(path === MEMORY_PATH ? {} : { bulkWrites: rollbackJournalMode(database) }),
  });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Reads go through a memory map of up to 1 GiB (address space, not memory): random lookups by
 * id on a 1,000,000-event store run 2-3x faster than through read() calls (bench/assess.ts).
 */
const MMAP_SIZE = 1_073_741_824;

/**
 * Bulk writes under a rollback journal (`Store.bulkTransaction`). In WAL mode a transaction
 * larger than the page cache writes its pages to the log, often several times (a page changed
 * again after it was spilled is logged again), and the checkpoint writes each one once more
 * into the database: 4.9 GB written for a 1.6 GB store of 1,000,000 GED rows. Under a rollback
 * journal a page is written in place, and only pages that held data before the import are
 * copied to the journal first, so a crash still rolls back. SQLite leaves WAL mode only when
 * no other connection is using the file, i.e. has read it since it opened (`journal_mode`
 * then stays `wal`, and so does everything else). The memory map is off meanwhile: pages spilled into the file would be read
 * back through it and counted in the process's resident memory.
 */
function rollbackJournalMode(database: Database.Database): BulkWriteMode {
  return {
    enter(): boolean {
      // Asked without waiting: a connection elsewhere means WAL, at once.
      const timeout = database.pragma('busy_timeout', { simple: true }) as number;
      database.pragma('busy_timeout = 0');
      let mode: unknown;
      try {
        mode = database.pragma('journal_mode = TRUNCATE', { simple: true });
      } catch (error) {
        if (!isBusy(error)) throw error;
      } finally {
        database.pragma(`busy_timeout = ${timeout}`);
      }
      if (mode !== 'truncate') return false;
      database.pragma('mmap_size = 0');
      return true;
    },
    leave(): void {
      database.pragma(`mmap_size = ${MMAP_SIZE}`);
      try {
        database.pragma('journal_mode = WAL');
      } catch (error) {
        // Another process opened the file meanwhile and holds it: the rollback journal stays
        // until the next open, which sets WAL again (every open does); the data is committed.
        if (!isBusy(error)) throw error;
      }
    },
  };
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}

function openDatabase(path: string): Database.Database {
  let database: Database.Database | undefined;
  try {
    if (path !== MEMORY_PATH) mkdirSync(dirname(path), { recursive: true });
    database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (the default is 2 MiB): keeps index pages hot during bulk loads.
    database.pragma('cache_size = -65536');
    if (path !== MEMORY_PATH) database.pragma(`mmap_size = ${MMAP_SIZE}`);
    return database;
  } catch (error) {
    database?.close();
    if (isBusy(error)) {
      throw new StoreUnavailableError(
        `the SQLite database at ${path} is busy: another process is writing it (an import that has it ` +
          'to itself holds it until the import ends). Try again when it has finished.',
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(
      `cannot open the SQLite database at ${path}: ${reason}. ` +
        'Check that the directory is writable and the file is a Jirga database, or choose another with --db or JIRGA_DB.',
      { cause: error },
    );
  }
}

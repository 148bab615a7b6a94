/**
 * Opening the store for one unit of work: resolve where the database is (`--db`, then
 * `JIRGA_DATABASE_URL`, then `JIRGA_DB`, then the default path), open and migrate it, make
 * sure the built-in cases are there, run the work, and always close.
 */
import { openStore, resolveStoreConfig } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { ensureBuiltinCases } from './builtin-cases.ts';

export interface SessionOptions {
  /** A file path for SQLite or a postgres:// URL. */
  db?: string;
}

export async function withStore<T>(options: SessionOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveStoreConfig({ db: options.db }));
  try {
    await ensureBuiltinCases(store);
    return await work(store);
  } finally {
    await store.close();
  }
}

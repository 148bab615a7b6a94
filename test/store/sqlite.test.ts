/**
 * The Store contract on SQLite, in memory and in a temporary file, plus what only a file
 * store shows: data survives closing and reopening, and the file is in WAL mode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import { runStoreContract, seed } from './contract.ts';
import * as fx from './fixtures.ts';

const tempDirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-store-'));
  tempDirs.push(dir);
  return join(dir, 'nested', 'jirga.sqlite');
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const pathOf = new WeakMap<object, string>();

runStoreContract('sqlite contract (:memory:)', () => openStore({ path: ':memory:' }));

runStoreContract(
  'sqlite contract (temp file)',
  async () => {
    const path = tempDbPath();
    const store = await openStore({ path });
    pathOf.set(store, path);
    return store;
  },
  {
    reopen: async (store) => {
      const path = pathOf.get(store);
      if (path === undefined) throw new Error('store was not made by this suite');
      await store.close();
      const reopened = await openStore({ path });
      pathOf.set(reopened, path);
      return reopened;
    },
  },
);

describe('sqlite file store', () => {
  it('creates parent directories, keeps data across reopen, and runs in WAL mode with foreign keys declared', async () => {
    const path = tempDbPath();
    const first = await openStore({ path });
    expect(await first.migrate()).toEqual([]);
    await seed(first);
    await first.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = raw
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all();
    const eventActorKeys = raw.pragma('foreign_key_list(event_actors)') as {
      table: string;
      on_delete: string;
    }[];
    raw.close();
    expect(eventActorKeys).toEqual([expect.objectContaining({ table: 'events', on_delete: 'CASCADE' })]);
    expect(tables).toEqual(
      expect.arrayContaining(['events', 'event_actors', 'case_items', 'citations', 'kysely_migration']),
    );

    const second = await openStore({ path });
    try {
      expect(await second.listEvents({ caseId: fx.theCase.id })).toHaveLength(fx.inCaseScope.events.length);
      expect(await second.getActor('ttp')).toEqual(fx.actors.find((a) => a.id === 'ttp'));
    } finally {
      await second.close();
    }
  });

  it('runs a bulk transaction under a rollback journal when alone, and is in WAL mode again after it', async () => {
    const path = tempDbPath();
    const store = await openStore({ path });
    try {
      const { result, exclusive } = await store.bulkTransaction(async (tx) => {
        await tx.putActors(fx.actors);
        await tx.putEvents(fx.events);
        // A connection opened during the work finds the file out of WAL mode (the rollback
        // journal is not recorded in the file, which then reads as the default mode).
        const during = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
        try {
          return during.pragma('journal_mode', { simple: true });
        } finally {
          during.close();
        }
      });
      expect(exclusive).toBe(true);
      expect(result).toBe('delete');
      const raw = new Database(path, { readonly: true });
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      raw.close();
      // A failed one leaves WAL mode too.
      await expect(
        store.bulkTransaction(async (tx) => {
          await tx.deleteItems('event', [fx.events[0]!.id]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.countEvents()).toBe(fx.events.length);
      const again = new Database(path, { readonly: true });
      expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
      again.close();
    } finally {
      await store.close();
    }
  });

  it('refuses to open a store that a bulk transaction holds, saying it is busy', async () => {
    const path = tempDbPath();
    const store = await openStore({ path });
    try {
      const opened = await store.bulkTransaction(async (tx) => {
        await tx.putActors(fx.actors);
        return openStore({ path }).then(
          (other) => other.close().then(() => 'opened'),
          (error: unknown) => error,
        );
      });
      expect(opened.exclusive).toBe(true);
      expect(opened.result).toBeInstanceOf(StoreUnavailableError);
      expect(String(opened.result)).toMatch(/is busy: another process is writing it/);
      // Once it has ended, the store opens again, in WAL mode, with what the transaction wrote.
      const after = await openStore({ path });
      expect(await after.listActors()).toHaveLength(fx.actors.length);
      await after.close();
    } finally {
      await store.close();
    }
  }, 20_000);

  it('keeps WAL mode for a bulk transaction while another connection has the file open, which reads the last commit meanwhile', async () => {
    const path = tempDbPath();
    const store = await openStore({ path });
    const reader = new Database(path, { readonly: true });
    try {
      expect(reader.prepare('select count(*) from events').pluck().get()).toBe(0);
      const { result, exclusive } = await store.bulkTransaction(async (tx) => {
        await tx.putActors(fx.actors);
        await tx.putEvents(fx.events);
        return reader.prepare('select count(*) from events').pluck().get();
      });
      expect(exclusive).toBe(false);
      expect(result).toBe(0);
      expect(reader.prepare('select count(*) from events').pluck().get()).toBe(fx.events.length);
      expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reader.close();
      await store.close();
    }
  });

  it('turns a path that cannot be opened into StoreUnavailableError naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jirga-store-'));
    tempDirs.push(dir);
    // A directory is not a database file.
    await expect(openStore({ path: dir })).rejects.toThrow(StoreUnavailableError);
    await expect(openStore({ path: dir })).rejects.toThrow(dir);
  });
});

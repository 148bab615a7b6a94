/**
 * A big import into a small SQLite store sets the read-only indexes aside and builds them again
 * before it commits (`StoreOps.deferIndexes`): the store it leaves is the one a row-by-row
 * import leaves (same events, names, counts, and the same index definitions), and an import
 * that fails after setting them aside leaves the previous schema and data.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importDataset, RejectedRowsError } from '../../src/app/import.ts';
import { KyselyStoreOps } from '../../src/store/kysely/kysely-store.ts';
import { openStore } from '../../src/store/open.ts';
import type { DeferredIndexes, Store } from '../../src/store/store.ts';
import {
  ACLED_HEADER,
  ACLED_NEAR_GED_1,
  acledRow,
  GED_49,
  gedRow,
  INGEST_ACTORS,
  sqliteIndexes,
  tempDir,
  writeCsv,
} from './fixtures.ts';

const ROWS = 30_000;

/** GED rows over a month of days, four unresolved side-b names and every tenth row without a place. */
function bigRelease(bad?: number): Record<string, string>[] {
  return Array.from({ length: ROWS }, (_, n) => {
    const i = n + 1;
    const day = `2014-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    return gedRow(String(i), {
      date_start: i === bad ? 'not a date' : `${day} 00:00:00`,
      date_end: `${day} 00:00:00`,
      side_b: i % 5 === 0 ? 'TTP' : `Lashkar ${i % 4}`,
      side_b_new_id: i % 5 === 0 ? '303' : String(9000 + (i % 4)),
      ...(i % 10 === 0 ? { latitude: '', longitude: '' } : {}),
    });
  });
}

async function seededStore(path: string, dir: string): Promise<Store> {
  const store = await openStore({ path });
  await store.putActors([...INGEST_ACTORS]);
  await importDataset(store, {
    format: 'ucdp-ged',
    file: writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1')]),
  });
  await importDataset(store, {
    format: 'acled',
    file: writeCsv(join(dir, 'acled.csv'), ACLED_HEADER, [acledRow('PAK1', ACLED_NEAR_GED_1)]),
    release: '2014',
  });
  return store;
}

/** What the import left, as the store's readers see it. */
async function contents(store: Store) {
  return {
    events: (await store.listEvents()).sort((a, b) => (a.id < b.id ? -1 : 1)),
    assaults: await store.countEvents({ types: ['ASSAULT'] }),
    withTtp: await store.countEvents({ actorIds: ['ttp'] }),
    unresolved: await store.listUnresolvedNames(),
    carriers: (await store.listDatasetActorNamesByName('Lashkar 2')).length,
    rows: await store.countDatasetRows('ucdp-ged'),
    gone: await store.countDatasetRowsNotIn('ucdp-ged', '24.1'),
  };
}

afterEach(() => vi.restoreAllMocks());

/** Records what each import set aside. */
function watchDeferrals(): Promise<DeferredIndexes>[] {
  const deferred: Promise<DeferredIndexes>[] = [];
  const original = KyselyStoreOps.prototype.deferIndexes;
  vi.spyOn(KyselyStoreOps.prototype, 'deferIndexes').mockImplementation(function (
    this: KyselyStoreOps,
    options,
  ) {
    const result = original.call(this, options);
    deferred.push(result);
    return result;
  });
  return deferred;
}

describe('a bulk import on SQLite', () => {
  it('sets indexes aside and leaves the store a row-by-row import leaves', async () => {
    const dir = tempDir();
    const file = writeCsv(join(dir, 'ged-241.csv'), GED_49, bigRelease());
    const bulkPath = join(dir, 'bulk.sqlite');
    const plainPath = join(dir, 'plain.sqlite');
    const bulk = await seededStore(bulkPath, dir);
    const plain = await seededStore(plainPath, dir);
    const schema = sqliteIndexes(bulkPath);
    try {
      const deferred = watchDeferrals();
      const bulkSummary = await importDataset(bulk, { format: 'ucdp-ged', file });
      const setAside = (await Promise.all(deferred)).flatMap((d) => d.names);
      // Every other dataset's place fits in memory, so linking does not need the place index.
      expect(setAside.sort()).toEqual([
        'dataset_actor_names_name',
        'dataset_rows_release',
        'event_actors_actor',
        'events_date_place',
      ]);
      // One batch as big as the file: no batch before the last, so nothing is set aside.
      deferred.length = 0;
      const plainSummary = await importDataset(plain, { format: 'ucdp-ged', file, batchSize: ROWS + 1 });
      expect((await Promise.all(deferred)).flatMap((d) => d.names)).toEqual([]);

      const { durationMs: _b, ...bulkCounts } = bulkSummary;
      const { durationMs: _p, ...plainCounts } = plainSummary;
      expect(bulkCounts).toEqual(plainCounts);
      expect(bulkSummary.linkedIncidents).toBeGreaterThan(0);
      expect(await contents(bulk)).toEqual(await contents(plain));
      expect(sqliteIndexes(bulkPath)).toEqual(schema);
    } finally {
      await bulk.close();
      await plain.close();
    }
  }, 120_000);

  it('leaves the previous schema and data when it fails after setting indexes aside', async () => {
    const dir = tempDir();
    const path = join(dir, 'strict.sqlite');
    const store = await seededStore(path, dir);
    const schema = sqliteIndexes(path);
    try {
      const before = await contents(store);
      const deferred = watchDeferrals();
      const file = writeCsv(join(dir, 'ged-241.csv'), GED_49, bigRelease(ROWS - 5));
      await expect(importDataset(store, { format: 'ucdp-ged', file, strict: true })).rejects.toThrow(
        RejectedRowsError,
      );
      expect((await Promise.all(deferred)).flatMap((d) => d.names)).toContain('events_date_place');
      expect(await contents(store)).toEqual(before);
      expect(sqliteIndexes(path)).toEqual(schema);
    } finally {
      await store.close();
    }
  }, 120_000);
});

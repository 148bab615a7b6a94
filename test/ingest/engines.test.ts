/**
 * The dataset-import bookkeeping on both engines: the same import scenario (case links,
 * re-import, newer release, unresolved names by case, releases, journal, --strict rollback,
 * incident linking across datasets with its batch candidate query) on SQLite and on
 * PostgreSQL (skipped by name when no server answers).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { describePostgres, probePostgres, ThrowAwaySchemas } from '../store/postgres-server.ts';
import {
  ACLED_HEADER,
  ACLED_NEAR_GED_1,
  acledRow,
  GED_49,
  gedRow,
  INGEST_ACTORS,
  tempDir,
  writeCsv,
} from './fixtures.ts';

const PAK_CASE = {
  id: 'pak-case',
  title: 'Pakistan',
  question: 'What happens in Pakistan?',
  scope: { countries: ['PAK'], actors: ['ttp'], from: null, to: null },
  description: '',
};

function scenario(open: () => Promise<Store>): void {
  let store: Store;
  const dir = tempDir();
  beforeAll(async () => {
    store = await open();
    await store.putActors([...INGEST_ACTORS]);
    await store.putCase(PAK_CASE);
  });
  afterAll(async () => {
    await store.close();
  });

  it('imports, re-imports unchanged, takes a newer release, and keeps the bookkeeping', async () => {
    const unknownSide = { side_b: 'Lashkar-e-Test', side_b_new_id: '9999' };
    const afghan = {
      country: 'Afghanistan',
      side_b: 'Other Front',
      side_b_new_id: '8888',
      side_a: 'Nobody',
      side_a_new_id: '1',
    };
    const first = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
      gedRow('1'),
      gedRow('2', unknownSide),
      gedRow('3', afghan),
    ]);
    expect(await importDataset(store, { format: 'ucdp-ged', file: first, caseId: 'pak-case' })).toMatchObject(
      { imported: 3, unresolvedActors: 3 },
    );
    expect(await importDataset(store, { format: 'ucdp-ged', file: first })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 3,
    });

    const newer = writeCsv(join(dir, 'ged-241.csv'), GED_49, [
      gedRow('1', { best: '6' }),
      gedRow('2', unknownSide),
    ]);
    expect(await importDataset(store, { format: 'ucdp-ged', file: newer })).toMatchObject({
      updated: 1,
      unchanged: 1,
      disappeared: 1,
      disappearedRows: ['3'],
    });

    expect(await store.listUnresolvedNames({ dataset: 'ucdp-ged' })).toEqual([
      { dataset: 'ucdp-ged', name: 'Lashkar-e-Test', externalId: '9999', items: 1 },
      { dataset: 'ucdp-ged', name: 'Nobody', externalId: '1', items: 1 },
      { dataset: 'ucdp-ged', name: 'Other Front', externalId: '8888', items: 1 },
    ]);
    // Linked explicitly to the case at the first import, so all three belong to it.
    expect((await store.listUnresolvedNames({ caseId: 'pak-case' })).length).toBe(3);
    expect((await store.listDatasetReleases()).map((r) => [r.release, r.rows])).toEqual([
      ['23.1', 3],
      ['24.1', 2],
    ]);
    expect((await store.listImportJournal()).map((j) => j.status)).toEqual([
      'finished',
      'finished',
      'finished',
    ]);
    expect(await store.countDatasetRows('ucdp-ged')).toBe(3);
  });

  it('rolls a strict import back completely', async () => {
    const bad = writeCsv(join(dir, 'ged-251.csv'), GED_49, [
      gedRow('7'),
      gedRow('8', { date_start: 'yesterday' }),
    ]);
    await expect(importDataset(store, { format: 'ucdp-ged', file: bad, strict: true })).rejects.toThrow(
      /--strict/,
    );
    expect(await store.getEvent('ucdp-ged:7')).toBeUndefined();
    expect((await store.listDatasetReleases()).map((r) => r.release)).toEqual(['23.1', '24.1']);
  });

  it('links an ACLED report to the stored GED event of the same clash, and only that one', async () => {
    const clash = ACLED_NEAR_GED_1;
    const acled = writeCsv(join(dir, 'acled.csv'), ACLED_HEADER, [
      acledRow('PAK1', clash),
      acledRow('PAK2', { ...clash, event_date: '2014-03-09' }),
      acledRow('PAK3', { ...clash, latitude: '36.5' }),
    ]);
    const summary = await importDataset(store, { format: 'acled', file: acled, release: '2014' });
    expect(summary.linkedIncidents).toBe(1);
    expect((await store.getEvent('ucdp-ged:1'))?.incidentId).toBe('incident:acled:pak1');
    expect((await store.getEvent('acled:pak1'))?.incidentId).toBe('incident:acled:pak1');
    expect((await store.getEvent('acled:pak2'))?.incidentId).toBeNull();
    expect((await store.getEvent('acled:pak3'))?.incidentId).toBeNull();
    // The places linking reads: the three GED rows stored on the clash's eve and ACLED's own rows,
    // each dataset's rows left out on request, whatever side of the other's ids they sort on.
    const places = async (days: string[], exclude?: string) =>
      (await store.listEventPlaces(days, exclude)).map((p) => `${p.date} ${p.id} ${p.lat} ${p.lon}`).sort();
    const ged = ['1', '2', '3'].map((id) => `2014-03-01 ucdp-ged:${id} 34.1 71.5`);
    expect(await places(['2014-03-01', '2014-03-02', '2014-03-05'], 'acled:')).toEqual(ged);
    expect(await places(['2014-03-01', '2014-03-02'])).toEqual(
      ['2014-03-02 acled:pak1 34.12 71.52', '2014-03-02 acled:pak3 36.5 71.52', ...ged].sort(),
    );
    expect(await places(['2014-03-09', '2014-03-02'], 'ucdp-ged:')).toEqual([
      '2014-03-02 acled:pak1 34.12 71.52',
      '2014-03-02 acled:pak3 36.5 71.52',
      '2014-03-09 acled:pak2 34.12 71.52',
    ]);
    expect(await places([])).toEqual([]);
    // Every day at once, when no more than the limit: the three GED rows but not two of them.
    const all = await store.listAllEventPlaces('acled:', 3);
    expect(all?.map((p) => `${p.date} ${p.id} ${p.lat} ${p.lon}`).sort()).toEqual(ged);
    expect(await store.listAllEventPlaces('acled:', 2)).toBeUndefined();
    expect((await store.listAllEventPlaces(undefined, 10))?.length).toBe(6);
    expect((await store.getEvents(['acled:pak1', 'nowhere', 'ucdp-ged:2'])).map((e) => e.id).sort()).toEqual([
      'acled:pak1',
      'ucdp-ged:2',
    ]);
  });
}

describe('dataset imports on SQLite', () => scenario(() => openStore({ path: ':memory:' })));

const schemas = new ThrowAwaySchemas();
describePostgres('dataset imports on PostgreSQL', await probePostgres(), () => {
  afterAll(() => schemas.dropAll());
  scenario(() => schemas.open());
});

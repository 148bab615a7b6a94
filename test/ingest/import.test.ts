/**
 * The import use case and its commands: idempotent re-import, a newer release (changed and
 * disappeared rows), --strict, --rejects and exit codes, case links, coverage, the journal,
 * a killed import (the store keeps its previous state), and stats counted by incident.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { importDataset, RejectedRowsError } from '../../src/app/import.ts';
import { eventStats, eventStatsReport } from '../../src/app/stats.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import {
  ACLED_HEADER,
  ACLED_NEAR_GED_1,
  acledRow,
  GED_49,
  gedRow,
  INGEST_ACTORS,
  ingestStore,
  sqliteIndexes,
  tempDir,
  writeCsv,
} from './fixtures.ts';
import { runIngestCli } from './import-cli.ts';

let store: Store;
let dir: string;
beforeEach(async () => {
  store = await ingestStore();
  dir = tempDir();
});
afterEach(async () => {
  await store.close();
});

const release1 = () => [
  gedRow('1'),
  gedRow('2'),
  gedRow('3', { date_start: '2014-03-02', date_end: '2014-03-02' }),
];

describe('re-import and releases', () => {
  it('re-importing the same file changes nothing', async () => {
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, release1());
    const first = await importDataset(store, { format: 'ucdp-ged', file });
    const before = await store.listEvents();
    const again = await importDataset(store, { format: 'ucdp-ged', file });
    expect(first).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3, disappeared: 0 });
    expect(await store.listEvents()).toEqual(before);
  });

  it('a newer release updates changed rows, keeps unchanged ones, and reports what disappeared', async () => {
    await importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, 'ged-231.csv'), GED_49, release1()),
    });
    const newer = [gedRow('1'), gedRow('2', { best: '6', high: '8' }), gedRow('4')];
    const summary = await importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, 'ged-241.csv'), GED_49, newer),
    });
    expect(summary).toMatchObject({
      release: '24.1',
      imported: 1,
      updated: 1,
      unchanged: 1,
      disappeared: 1,
      disappearedRows: ['3'],
    });
    expect((await store.getEvent('ucdp-ged:2'))?.fatalities.best).toBe(6);
    expect((await store.getEvent('ucdp-ged:1'))?.evidence[0]?.release).toBe('24.1');
    // The disappeared row is reported, not deleted: its evidence still points at release 23.1.
    expect((await store.getEvent('ucdp-ged:3'))?.evidence[0]?.release).toBe('23.1');
    expect((await store.listDatasetReleases('ucdp-ged')).map((r) => r.release)).toEqual(['23.1', '24.1']);
  });

  it('records coverage per release and links imported items to a case', async () => {
    const file = writeCsv(join(dir, 'ged-231-sample.csv'), GED_49, release1());
    await importDataset(store, { format: 'ucdp-ged', file, caseId: 'pak-case' });
    expect(await store.listDatasetReleases()).toEqual([
      expect.objectContaining({
        dataset: 'ucdp-ged',
        release: '23.1',
        rows: 3,
        countries: ['PAK'],
        from: '2014-03-01',
        to: '2014-03-02',
        partial: true,
      }),
    ]);
    expect(await store.listSources({ caseId: 'pak-case' })).toEqual([
      expect.objectContaining({ id: 'dataset:ucdp-ged:23.1' }),
    ]);
    expect(await store.countEvents({ caseId: 'pak-case' })).toBe(3);
  });
});

describe('bad rows', () => {
  const withBadRow = () =>
    writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1'), gedRow('2', { longitude: '200' })]);

  it('rejects a second row with the same id, in one batch or across batches', async () => {
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
      gedRow('1'),
      gedRow('2'),
      gedRow('1', { best: '6', high: '9' }),
    ]);
    for (const batchSize of [1, 100]) {
      const other = await ingestStore();
      try {
        const summary = await importDataset(other, { format: 'ucdp-ged', file, batchSize });
        expect(summary).toMatchObject({ rows: 3, imported: 2, rejected: 1 });
        expect(summary.rejections).toEqual([
          { line: 4, field: '(row)', reason: 'same row id as line 2', rowKey: '1' },
        ]);
        expect((await other.getEvent('ucdp-ged:1'))?.fatalities.best).toBe(5);
        const again = await importDataset(other, { format: 'ucdp-ged', file, batchSize });
        expect(again).toMatchObject({ unchanged: 2, rejected: 1 });
      } finally {
        await other.close();
      }
    }
  });

  it('--strict makes a rejected row fatal and nothing is imported', async () => {
    const error = await importDataset(store, { format: 'ucdp-ged', file: withBadRow(), strict: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RejectedRowsError);
    expect(await store.countEvents()).toBe(0);
    expect((await store.listImportJournal()).map((j) => j.status)).toEqual(['failed']);
  });

  it('the command exits 3 with rejects (written to --rejects), 1 under --strict, 0 when clean', async () => {
    const db = join(dir, 'cli.sqlite');
    const rejects = join(dir, 'rejects.csv');
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(
        await runIngestCli(['--db', db, 'import', 'ucdp-ged', withBadRow(), '--strict', '--quiet']),
      ).toBe(1);
      expect(
        await runIngestCli([
          '--db',
          db,
          'import',
          'ucdp-ged',
          withBadRow(),
          '--rejects',
          rejects,
          '--format',
          'json',
        ]),
      ).toBe(3);
      const summary = JSON.parse(String(out.mock.calls.at(-1)?.[0])) as Record<string, unknown>;
      expect(summary).toMatchObject({ dataset: 'ucdp-ged', rows: 2, imported: 1, rejected: 1 });
      expect(Object.keys(summary)).toEqual(
        expect.arrayContaining([
          'dataset',
          'file',
          'rows',
          'imported',
          'updated',
          'unchanged',
          'rejected',
          'unresolvedActors',
          'durationMs',
        ]),
      );
      expect(readFileSync(rejects, 'utf8')).toBe(
        'line,field,reason,row\r\n3,longitude,200 is outside -180…180,2\r\n',
      );
      const clean = writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1')]);
      expect(await runIngestCli(['--db', db, 'import', 'auto', clean, '--quiet'])).toBe(0);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});

describe('a killed import', () => {
  // Alone with the file, an import runs under a rollback journal; with another connection open
  // (a reader here), in WAL mode: either way a kill leaves the previous state.
  it.each([
    ['alone with the file', false],
    ['while another connection reads the file', true],
  ])(
    'leaves the previous state, and the journal shows it abandoned (%s)',
    async (_label, withReader) => {
      const db = join(dir, `killed-${String(withReader)}.sqlite`);
      const seeded = await openStore({ path: db });
      // The command loads the built-in cases when it opens the store; so does this seed.
      await ensureBuiltinCases(seeded);
      await seeded.putActors([
        ...INGEST_ACTORS.filter((a) => a.id === 'ttp' || a.id === 'pakistan-government').map((a) => ({
          ...a,
          id: `test-${a.id}`,
        })),
      ]);
      await importDataset(seeded, {
        format: 'ucdp-ged',
        file: writeCsv(join(dir, 'ged-231.csv'), GED_49, release1()),
      });
      const before = await seeded.listEvents();
      await seeded.close();
      const schema = sqliteIndexes(db);

      // A file big enough to be killed half-way through.
      const big = join(dir, 'ged-241.csv');
      const stream = createWriteStream(big);
      stream.write(GED_49.join(',') + '\n');
      for (let i = 1; i <= 100_000; i++)
        stream.write(
          GED_49.map((c) => csvCell(gedRow(String(i), { best: '9', high: '9' })[c] ?? '')).join(',') + '\n',
        );
      await new Promise((resolve) => stream.end(resolve));

      const reader = withReader ? new Database(db) : undefined;
      // A connection holds the file once it has read it.
      expect(reader?.prepare('select count(*) from events').pluck().get()).toBe(
        withReader ? before.length : undefined,
      );
      const child = spawn(
        process.execPath,
        ['bin/jirga.js', '--db', db, 'import', 'ucdp-ged', big, '--quiet'],
        {
          cwd: process.cwd(),
          stdio: 'ignore',
        },
      );
      // Kill it once it has written into the database file itself (an import alone with the file
      // runs under a rollback journal, and writes pages in place once they no longer fit in the
      // page cache; in WAL mode the log would grow instead), past the point where a big import
      // sets the store's read-only indexes aside, long before it can finish.
      const started = Date.now();
      const size = (path: string) => {
        try {
          return statSync(path).size;
        } catch {
          return 0;
        }
      };
      const written = () => size(db) + size(`${db}-wal`);
      const initial = written();
      while (written() <= initial + 4_000_000 && Date.now() - started < 60_000)
        await new Promise((r) => setTimeout(r, 20));
      const journal = size(`${db}-journal`);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      // The reader still sees the state before the import.
      expect(reader?.prepare('select count(*) from events').pluck().get()).toBe(
        withReader ? before.length : undefined,
      );
      reader?.close();

      // Alone, it died holding a rollback journal, which the next open rolls back; else the WAL
      // holds frames of a transaction that never committed, which readers ignore.
      if (withReader) expect(journal).toBe(0);
      else expect(journal).toBeGreaterThan(0);
      const after = await openStore({ path: db });
      try {
        expect(sqliteIndexes(db)).toEqual(schema);
        expect(await after.listEvents()).toEqual(before);
        expect((await after.listImportJournal()).map((j) => j.status)).toEqual(['finished', 'started']);
        const summary = await importDataset(after, {
          format: 'ucdp-ged',
          file: writeCsv(join(dir, 'ged-231.csv'), GED_49, release1()),
        });
        expect(summary.unchanged).toBe(3);
        expect((await after.listImportJournal()).map((j) => j.status)).toEqual([
          'finished',
          'abandoned',
          'finished',
        ]);
      } finally {
        await after.close();
      }
    },
    120_000,
  );
});

describe('incidents across datasets', () => {
  it('links a GED row and an ACLED row for one clash, and stats count it once', async () => {
    await importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, 'ged-231.csv'), GED_49, [
        gedRow('1'),
        gedRow('2', { date_start: '2014-06-01', date_end: '2014-06-01' }),
      ]),
    });
    const acled = writeCsv(join(dir, 'acled.csv'), ACLED_HEADER, [
      acledRow('PAK1', {
        event_date: '2014-03-02',
        latitude: '34.12',
        longitude: '71.52',
        fatalities: '4',
        actor1: 'Government of Pakistan',
      }),
      acledRow('PAK2', { event_date: '2014-03-01', latitude: '30.0', longitude: '67.0' }),
    ]);
    const summary = await importDataset(store, { format: 'acled', file: acled, release: '2014' });
    expect(summary.linkedIncidents).toBe(1);
    expect((await store.getEvent('ucdp-ged:1'))?.incidentId).toBe('incident:acled:pak1');
    expect((await store.getEvent('acled:pak1'))?.incidentId).toBe('incident:acled:pak1');
    expect((await store.getEvent('acled:pak2'))?.incidentId).toBeNull();
    expect(await eventStats(store, { by: ['year'] })).toEqual([
      { year: '2014', events: 3, fatalities_low: 8, fatalities_best: 13, fatalities_high: 14 },
    ]);
    // Re-importing either file keeps the link.
    expect(await importDataset(store, { format: 'acled', file: acled, release: '2014' })).toMatchObject({
      unchanged: 2,
    });
    expect((await store.getEvent('ucdp-ged:1'))?.incidentId).toBe('incident:acled:pak1');
  });
  // One batch: PAK1 meets ucdp-ged:1 as PAK3's link left it. One row per batch: the second
  // batch meets ucdp-ged:1 as the first batch rewrote it.
  it.each([{ batchSize: undefined }, { batchSize: 1 }])(
    'links a later report to the incident an earlier link gave a stored event (batch size $batchSize)',
    async ({ batchSize }) => {
      await importDataset(store, {
        format: 'ucdp-ged',
        file: writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1')]),
      });
      const near = ACLED_NEAR_GED_1;
      const acled = writeCsv(join(dir, 'acled.csv'), ACLED_HEADER, [
        acledRow('PAK3', near),
        acledRow('PAK1', { ...near, latitude: '34.13' }),
      ]);
      const summary = await importDataset(store, {
        format: 'acled',
        file: acled,
        release: '2014',
        ...(batchSize === undefined ? {} : { batchSize }),
      });
      expect(summary.linkedIncidents).toBe(2);
      // PAK3 came first: its link named the incident, and PAK1 joined it rather than making its own.
      for (const id of ['ucdp-ged:1', 'acled:pak3', 'acled:pak1'])
        expect((await store.getEvent(id))?.incidentId).toBe('incident:acled:pak3');
    },
  );
});

describe('stats', () => {
  it('counts by incident: two reports of one incident count once, with the higher best estimate', async () => {
    await importDataset(store, {
      format: 'ucdp-ged',
      file: writeCsv(join(dir, 'ged-231.csv'), GED_49, release1()),
    });
    const [one, two] = [await store.getEvent('ucdp-ged:1'), await store.getEvent('ucdp-ged:2')];
    await store.putEvents([
      { ...one!, incidentId: 'incident-a' },
      { ...two!, incidentId: 'incident-a', fatalities: { low: 5, best: 8, high: 9 } },
    ]);
    expect(await eventStats(store, { by: ['year', 'dyad'] })).toEqual([
      {
        year: '2014',
        dyad: 'pakistan-government – ttp',
        events: 2,
        fatalities_low: 9,
        fatalities_best: 13,
        fatalities_high: 16,
      },
    ]);
    expect(await eventStats(store, { by: ['month'], caseId: 'pak-case' })).toEqual([
      { month: '2014-03', events: 2, fatalities_low: 9, fatalities_best: 13, fatalities_high: 16 },
    ]);
    await expect(eventStats(store, { by: ['colour'] })).rejects.toThrow(/--by/);
  });

  it('names the origins a row adds up, none when grouped by dataset, and the CLI warns', async () => {
    const db = join(dir, 'jirga.sqlite');
    const onDisk = await openStore({ path: db });
    try {
      await onDisk.putActors([...INGEST_ACTORS]);
      await importDataset(onDisk, {
        format: 'ucdp-ged',
        file: writeCsv(join(dir, 'ged-231.csv'), GED_49, [gedRow('1')]),
      });
      const ged = await onDisk.getEvent('ucdp-ged:1');
      await onDisk.putEvents([
        { ...ged!, id: 'curated-clash', origin: 'curated', evidence: [{ sourceId: 'src-1' }] },
      ]);
      const query = { by: ['year'], from: '2014-01-01', to: '2014-12-31' };
      expect((await eventStatsReport(onDisk, query)).mixedOrigins).toEqual(['curated', 'dataset']);
      expect((await eventStatsReport(onDisk, { ...query, by: ['year', 'dataset'] })).mixedOrigins).toEqual(
        [],
      );
    } finally {
      await onDisk.close();
    }
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const range = ['--from', '2014-01-01', '--to', '2014-12-31'];
      expect(await runIngestCli(['--db', db, 'stats', ...range])).toBe(0);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(
        /warning: some rows add up events of different origins \(curated, dataset\); --by dataset/,
      );
      err.mockClear();
      expect(await runIngestCli(['--db', db, 'stats', '--by', 'year,dataset', ...range])).toBe(0);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).not.toMatch(/warning/);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

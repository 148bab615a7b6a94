/**
 * Reading on a worker thread gives the writer what reading on its own thread gives: the same
 * stored documents, row hashes, actor names and summary, the same rejections in the same
 * order, `--strict` still all or nothing, and the reader's errors as the same error classes.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { importDataset, RejectedRowsError, type ImportSummary } from '../../src/app/import.ts';
import { LocalRowSource, ThreadRowSource } from '../../src/app/import-thread.ts';
import type { RowOutcome } from '../../src/app/import-rows.ts';
import type { Rejection } from '../../src/ingest/datasets/format.ts';
import { RegistryLinker } from '../../src/ingest/actor-linker.ts';
import { datasetFormat } from '../../src/ingest/datasets/index.ts';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { NotFoundError, ValidationError } from '../../src/errors.ts';
import { openStore } from '../../src/store/open.ts';
import { GED_49, gedRow, INGEST_ACTORS, tempDir, writeCsv } from './fixtures.ts';
import { runIngestCli } from './import-cli.ts';

const ROWS = 1_300;

/** A GED file of several reader messages and writer batches, with every kind of bad row. */
function mixedFile(dir: string): string {
  const rows: Record<string, string>[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const overrides: Record<string, string> = { best: String(i % 7), high: String((i % 7) + 3) };
    if (i % 5 === 0)
      Object.assign(overrides, { side_b: `Unlinked group ${i % 11}`, side_b_new_id: `9${i % 11}` });
    if (i === 17) overrides.latitude = '91';
    if (i === 600) overrides.date_start = '1492-10-12';
    rows.push(gedRow(String(i), overrides));
  }
  rows.push(gedRow('40', { best: '1', high: '2' }));
  const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, rows);
  appendFileSync(file, 'too,few,fields\n');
  return file;
}

interface Stored {
  summary: Omit<ImportSummary, 'durationMs'>;
  rejected: Rejection[];
  events: unknown[];
  datasetRows: unknown[];
  names: unknown[];
}

async function importInto(dir: string, name: string, file: string, readerThread: boolean): Promise<Stored> {
  const path = join(dir, `${name}.sqlite`);
  const store = await openStore({ path });
  const rejected: Rejection[] = [];
  let summary: ImportSummary;
  try {
    await store.putActors([...INGEST_ACTORS]);
    summary = await importDataset(store, {
      format: 'ucdp-ged',
      file,
      readerThread,
      batchSize: 97,
      onReject: (r) => rejected.push(r),
    });
  } finally {
    await store.close();
  }
  const db = new Database(path, { readonly: true });
  try {
    const { durationMs: _, ...rest } = summary;
    return {
      summary: rest,
      rejected,
      events: db.prepare('select * from events order by id').all(),
      datasetRows: db
        .prepare(
          'select dataset, row_key, release, entity_id, status, hash, line, draft from dataset_rows order by row_key',
        )
        .all(),
      names: db.prepare('select * from dataset_actor_names order by item_id, role, name').all(),
    };
  } finally {
    db.close();
  }
}

describe('the reader thread', () => {
  it('stores the same documents, hashes and names, and rejects the same rows in the same order', async () => {
    const dir = tempDir();
    const file = mixedFile(dir);
    const here = await importInto(dir, 'here', file, false);
    const threaded = await importInto(dir, 'threaded', file, true);
    expect(here.summary).toMatchObject({ rows: ROWS + 2, rejected: 4, imported: ROWS - 2 });
    // The repeated id is found when its batch is written, after the short line was read.
    expect(here.rejected.map((r) => r.line)).toEqual([18, 601, ROWS + 3, ROWS + 2]);
    expect(here.events).toHaveLength(ROWS - 2);
    expect(here.names.length).toBeGreaterThan(0);
    expect(threaded).toEqual(here);
  }, 60_000);

  it('yields the same outcomes as the writer thread reading the file itself', async () => {
    const dir = tempDir();
    const file = mixedFile(dir);
    const format = datasetFormat('ucdp-ged');
    const options = { format: 'ucdp-ged', file };
    const local = new LocalRowSource(options, format, new RegistryLinker(ActorRegistry.from(INGEST_ACTORS)));
    const thread = new ThreadRowSource(options, [...INGEST_ACTORS], []);
    const read = async (outcomes: AsyncGenerator<RowOutcome>) => {
      const all: RowOutcome[] = [];
      for await (const outcome of outcomes) all.push(outcome);
      return all;
    };
    const expected = await read(local.outcomes());
    const got = await read(thread.outcomes());
    expect(got).toHaveLength(ROWS + 2);
    expect(got).toEqual(expected);
    expect(thread.prepared).toEqual(local.prepared);
    expect(thread.bytesRead).toBe(thread.totalBytes);
  }, 60_000);

  it('keeps --strict all or nothing', async () => {
    const dir = tempDir();
    const store = await openStore({ path: join(dir, 'strict.sqlite') });
    try {
      await store.putActors([...INGEST_ACTORS]);
      const error = await importDataset(store, {
        format: 'ucdp-ged',
        file: mixedFile(dir),
        readerThread: true,
        strict: true,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RejectedRowsError);
      expect(await store.countEvents()).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it("raises the reader's errors as the same classes, naming file, line and field", async () => {
    const dir = tempDir();
    const store = await openStore({ path: ':memory:' });
    try {
      const noDate = writeCsv(
        join(dir, 'ged-no-date.csv'),
        GED_49.filter((c) => c !== 'date_start'),
        [gedRow('1')],
      );
      const error = await importDataset(store, {
        format: 'ucdp-ged',
        file: noDate,
        readerThread: true,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).location).toEqual({ file: noDate, line: 1, field: 'date_start' });
      const missing = await importDataset(store, {
        format: 'ucdp-ged',
        file: join(dir, 'nowhere.csv'),
        readerThread: true,
      }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('is chosen with --reader-thread on|off on the command line, with the same result', async () => {
    const dir = tempDir();
    const file = mixedFile(dir);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const eventsOf = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare("select * from events where id like 'ucdp-ged:%' order by id").all();
      } finally {
        db.close();
      }
    };
    try {
      const stored: unknown[][] = [];
      for (const mode of ['on', 'off']) {
        const path = join(dir, `cli-${mode}.sqlite`);
        // Rows with rejects: exit code 3, the same for every mode.
        expect(
          await runIngestCli(['--db', path, 'import', 'ucdp-ged', file, '--reader-thread', mode, '--quiet']),
        ).toBe(3);
        stored.push(eventsOf(path));
      }
      expect(stored[0]).toHaveLength(ROWS - 2);
      expect(stored[1]).toEqual(stored[0]);
      err.mockClear();
      const refused = await runIngestCli([
        '--db',
        join(dir, 'x.sqlite'),
        'import',
        'ucdp-ged',
        file,
        '--reader-thread',
        'maybe',
      ]);
      expect(refused).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/--reader-thread must be on or off/);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }, 90_000);
});

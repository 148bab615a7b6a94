/**
 * Where an import's time goes, stage by stage, on the same synthetic GED file as
 * `bench/import.ts`: each stage is timed on its own, so that the sum shows what the importer
 * cannot go below however it is arranged. The stages:
 *
 * - read: decode the bytes and split the CSV into records (`DelimitedFileReader`);
 * - normalise: read + the GED format's `normalise` with actor resolution (`normaliseFile`);
 * - prepare: normalise + the schema check, serialising and row hash (`rowOutcomes`: everything
 *   the reader thread does);
 * - write events: the prepared events alone into a fresh store, in one transaction as an import
 *   makes it (`bulkTransaction`, `putPreparedEvents`: the events table, its indexes and
 *   `event_actors`);
 * - write all: what an import writes per batch, without incident linking: the stored-rows
 *   lookup, the events, the unresolved names and the dataset rows (`writeBatch`'s calls);
 * - bare insert: the parsed records' 49 text cells into a bare table through better-sqlite3
 *   (Node's binding with no Jirga code at all);
 * - sqlite3 .import: SQLite's own shell importing the file into a bare table.
 *
 * Each line gives wall and CPU seconds and microseconds of CPU per row; the last lines give the
 * bounds they imply for an import that reads on one core and writes on the other.
 *
 *   node --import tsx bench/import-stages.ts [--rows N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ActorRegistry } from '../src/actors/registry.ts';
import { rowOutcomes, type PendingRow } from '../src/app/import-rows.ts';
import { RegistryLinker } from '../src/ingest/actor-linker.ts';
import { datasetFormat } from '../src/ingest/datasets/index.ts';
import { GED_49 } from '../src/ingest/datasets/ucdp-ged-layouts.ts';
import { normaliseFile } from '../src/ingest/pipeline.ts';
import { DelimitedFileReader } from '../src/ingest/reader.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { benchActors, writeGed } from './ged-file.ts';
import { machine, printTable } from './synthetic.ts';

const BATCH = 500;
const DATASET = 'ucdp-ged';

interface Stage {
  name: string;
  wallMs: number;
  cpuMs: number;
}

async function measure(name: string, work: () => Promise<unknown> | void): Promise<Stage> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { name, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function csvReader(file: string): DelimitedFileReader {
  return new DelimitedFileReader(file, { delimiter: ',', quote: '"', encoding: 'utf-8' });
}

function linker(): RegistryLinker {
  return new RegistryLinker(ActorRegistry.from(benchActors()), []);
}

/** Every pending row of the file, kept for the write stages (not timed). */
async function pendingRows(file: string): Promise<PendingRow[]> {
  const rows: PendingRow[] = [];
  const format = datasetFormat(DATASET);
  for await (const row of rowOutcomes({ format: DATASET, file }, format, linker(), csvReader(file), () => {}))
    if (row.outcome === 'pending') rows.push(row.pending);
  return rows;
}

async function freshStore(dir: string, name: string): Promise<Store> {
  const store = await openStore({ path: join(dir, `${name}.sqlite`) });
  await store.putActors(benchActors());
  return store;
}

/** The writes of one import batch (as `writeBatch` makes them), without incident linking. */
async function writeAll(store: Store, rows: readonly PendingRow[]): Promise<void> {
  await store.bulkTransaction(async (tx) => {
    for (let at = 0; at < rows.length; at += BATCH) {
      const batch = rows.slice(at, at + BATCH);
      await tx.getDatasetRows(
        DATASET,
        batch.map((r) => r.rowKey),
      );
      await tx.putPreparedEvents(batch.map((r) => r.event!));
      await tx.replaceDatasetActorNames(
        batch.map((r) => r.entityId),
        batch.flatMap((r) =>
          r.unresolved.map((u) => ({
            itemId: r.entityId,
            dataset: DATASET,
            role: u.role,
            name: u.name,
            externalId: u.externalId,
          })),
        ),
      );
      await tx.putDatasetRows(
        batch.map((r) => ({
          dataset: DATASET,
          rowKey: r.rowKey,
          release: 'bench',
          entityKind: r.entityKind,
          entityId: r.entityId,
          status: r.status,
          hash: r.hash,
          line: r.line,
          importId: 'bench',
          draft: null,
        })),
      );
    }
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
  const rows = Number(values.rows);
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-stages-'));
  const file = join(dir, 'ged-bench-231.csv');
  try {
    await writeGed(file, rows);
    const format = datasetFormat(DATASET);
    const stages: Stage[] = [];
    let records: string[][] = [];

    stages.push(
      await measure('read', async () => {
        for await (const record of csvReader(file).records()) records.push(record.fields);
      }),
    );
    stages.push(
      await measure('normalise', async () => {
        const linked = linker();
        for await (const row of normaliseFile({ format: DATASET, file }, format, () => linked)) void row;
      }),
    );
    stages.push(
      await measure('prepare', async () => {
        const reader = csvReader(file);
        for await (const row of rowOutcomes({ format: DATASET, file }, format, linker(), reader, () => {}))
          void row;
      }),
    );

    const pending = await pendingRows(file);
    const eventsStore = await freshStore(dir, 'events');
    stages.push(
      await measure('write events', () =>
        eventsStore.bulkTransaction(async (tx) => {
          for (let at = 0; at < pending.length; at += BATCH)
            await tx.putPreparedEvents(pending.slice(at, at + BATCH).map((r) => r.event!));
        }),
      ),
    );
    await eventsStore.close();
    const allStore = await freshStore(dir, 'all');
    stages.push(await measure('write all', () => writeAll(allStore, pending)));
    await allStore.close();
    pending.length = 0;

    const bare = new Database(join(dir, 'bare-node.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.exec(`create table ged (${GED_49.map((c) => `"${c}" text`).join(', ')})`);
    const insert = bare.prepare(`insert into ged values (${GED_49.map(() => '?').join(', ')})`);
    const data = records.slice(1);
    records = [];
    stages.push(
      await measure('bare insert (node)', () => {
        bare.transaction(() => {
          for (const fields of data) insert.run(fields);
        })();
      }),
    );
    bare.close();
    data.length = 0;
    stages.push(
      await measure('sqlite3 .import', () => {
        execFileSync('sqlite3', [join(dir, 'bare.sqlite'), '-cmd', '.mode csv', `.import ${file} ged`]);
      }),
    );

    printTable([
      ...machine(),
      [
        'load',
        loadavg()
          .map((l) => l.toFixed(1))
          .join(' '),
      ],
      ['rows', String(rows)],
    ]);
    console.log('');
    console.log('stage                wall s   CPU s   µs CPU/row   rows/s (wall)');
    for (const stage of stages) {
      const cpu = stage.name === 'sqlite3 .import' ? '(child)' : (stage.cpuMs / 1000).toFixed(1);
      const perRow = stage.name === 'sqlite3 .import' ? stage.wallMs : stage.cpuMs;
      console.log(
        `${stage.name.padEnd(20)} ${(stage.wallMs / 1000).toFixed(1).padStart(6)}  ${cpu.padStart(6)}   ${((perRow * 1000) / rows).toFixed(1).padStart(10)}   ${Math.round((rows * 1000) / stage.wallMs).toLocaleString('en')}`,
      );
    }
    const perRow = (name: string): number =>
      ((stages.find((s) => s.name === name)?.cpuMs ?? 0) * 1000) / rows;
    const reading = perRow('prepare');
    const writing = perRow('write all');
    console.log('');
    console.log(
      `one thread (prepare + write all, no incident linking): ${(reading + writing).toFixed(1)} µs/row = at most ${Math.round(1e6 / (reading + writing)).toLocaleString('en')} rows/s`,
    );
    console.log(
      `two threads (prepare on one core, write all on the other, no copying between them): ${Math.max(reading, writing).toFixed(1)} µs/row = at most ${Math.round(1e6 / Math.max(reading, writing)).toLocaleString('en')} rows/s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

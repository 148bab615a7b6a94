/**
 * Where an import's time goes, stage by stage, on the same synthetic GED file as
 * `bench/import.ts`: each run adds one stage to the one before, streaming as the importer does
 * (no stage holds the file in memory: a heap of 200,000 prepared rows would make the garbage
 * collector's marking the biggest cost of the writes), so that differences between runs give
 * each stage's own cost and the sum shows what an importer built this way cannot go below.
 *
 * - read: decode the bytes and split the CSV into records (`DelimitedFileReader`);
 * - normalise: read + the GED format's `normalise` with actor resolution (`normaliseFile`);
 * - normalise + serialise + hash: normalise, then only `JSON.stringify` of each entity (its
 *   stored document) and a SHA-1 of that text (its row hash): the least an importer that stores
 *   documents and hashes rows can do, without any check;
 * - prepare: normalise + the schema check, serialising and row hash (`rowOutcomes`: everything
 *   the reader thread does);
 * - prepare + write events: and the events written to a fresh store in one transaction, as an
 *   import makes it (`bulkTransaction`, read-only indexes set aside and built again,
 *   `putPreparedEvents`: the events table, its indexes and `event_actors`);
 * - prepare + write all: what an import writes per batch, without incident linking: the
 *   stored-rows lookup, the events, the unresolved names and the dataset rows;
 * - read + bare insert: the records' 49 text cells into a bare table through better-sqlite3
 *   (Node's binding with no Jirga code at all);
 * - event rows, tight loop: the file's prepared events, made beforehand and held in memory
 *   (not timed), inserted by one prepared statement into a table shaped like the store's events
 *   table with its type and country indexes, in one transaction under a rollback journal: what
 *   SQLite and the binding cost for an event row when nothing else runs (no garbage collection
 *   happens in the loop, since it allocates nothing);
 * - sqlite3 .import: SQLite's own shell importing the file into a bare table.
 *
 * Each line gives wall and CPU seconds (the process's, all its threads) and microseconds of CPU
 * per row; the last lines give each stage alone and the bounds they imply for an import that
 * reads on one core and writes on the other.
 *
 *   node --import tsx bench/import-stages.ts [--rows N]
 */
import { execFileSync } from 'node:child_process';
import { hash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
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
import type { PreparedEvent, Store, StoreOps } from '../src/store/store.ts';
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

/** The pending rows of the file in batches, as the importer's reading side gives them. */
async function* pendingBatches(file: string): AsyncGenerator<PendingRow[]> {
  const format = datasetFormat(DATASET);
  let batch: PendingRow[] = [];
  for await (const row of rowOutcomes(
    { format: DATASET, file },
    format,
    linker(),
    csvReader(file),
    () => {},
  )) {
    if (row.outcome !== 'pending') continue;
    batch.push(row.pending);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function freshStore(dir: string, name: string): Promise<Store> {
  const store = await openStore({ path: join(dir, `${name}.sqlite`) });
  await store.putActors(benchActors());
  return store;
}

/**
 * Reads and prepares the file and writes it batch by batch in one transaction as an import
 * does, `write` giving the writes of one batch; no incident linking.
 */
async function prepareAndWrite(
  store: Store,
  file: string,
  rows: number,
  write: (tx: StoreOps, batch: readonly PendingRow[]) => Promise<void>,
): Promise<void> {
  await store.bulkTransaction(async (tx) => {
    const deferred = await tx.deferIndexes({ expectedRows: rows, keepEventPlaces: false });
    for await (const batch of pendingBatches(file)) await write(tx, batch);
    await deferred.restore();
  });
}

/** The writes of one import batch (as the importer's `writeBatch` makes them), without incident linking. */
async function writeAll(tx: StoreOps, batch: readonly PendingRow[]): Promise<void> {
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

/**
 * Deletes a stage's database once it is measured, so that the kernel's writing back of its
 * pages does not land in the next stage's time.
 */
function dropFiles(dir: string, name: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(join(dir, name + suffix), { force: true });
}

/** The file's records into a bare table of 49 text columns, one transaction. */
async function bareInsert(file: string, path: string): Promise<void> {
  const bare = new Database(path);
  try {
    bare.pragma('journal_mode = TRUNCATE');
    bare.exec(`create table ged (${GED_49.map((c) => `"${c}" text`).join(', ')})`);
    const insert = bare.prepare(`insert into ged values (${GED_49.map(() => '?').join(', ')})`);
    bare.exec('begin');
    let header = true;
    for await (const record of csvReader(file).records()) {
      if (!header) insert.run(record.fields);
      header = false;
    }
    bare.exec('commit');
  } finally {
    bare.close();
  }
}

/** Every prepared event of the file, in memory (for the tight loop alone). */
async function preparedEvents(file: string): Promise<PreparedEvent[]> {
  const events: PreparedEvent[] = [];
  for await (const batch of pendingBatches(file)) for (const row of batch) events.push(row.event!);
  return events;
}

/** `events` into a table shaped like the store's events table, one statement per row, one transaction. */
function eventRowsLoop(events: readonly PreparedEvent[], path: string): void {
  const db = new Database(path);
  try {
    // The store's own settings for a bulk import (sqlite-store.ts).
    db.pragma('journal_mode = TRUNCATE');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.exec(
      'create table events (id text primary key, date text not null, date_end text, type text not null, ' +
        'country text, lat real, lon real, fatalities_best integer, incident_id text, status text not null, ' +
        'origin text not null, doc text not null)',
    );
    db.exec('create index events_type on events (type)');
    db.exec('create index events_country on events (country)');
    const insert = db.prepare('insert into events values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const e of events)
        insert.run(
          e.id,
          e.date,
          e.dateEnd,
          e.type,
          e.country,
          e.lat,
          e.lon,
          e.best,
          e.incidentId,
          e.status,
          e.origin,
          e.doc,
        );
    })();
  } finally {
    db.close();
  }
}

function report(stages: readonly Stage[], rows: number): void {
  console.log('stage                     wall s   CPU s   µs CPU/row   rows/s (wall)');
  for (const stage of stages) {
    const child = stage.name === 'sqlite3 .import';
    const cpu = child ? '(child)' : (stage.cpuMs / 1000).toFixed(1);
    const perRow = ((child ? stage.wallMs : stage.cpuMs) * 1000) / rows;
    console.log(
      `${stage.name.padEnd(25)} ${(stage.wallMs / 1000).toFixed(1).padStart(6)}  ${cpu.padStart(6)}   ${perRow.toFixed(1).padStart(10)}   ${Math.round((rows * 1000) / stage.wallMs).toLocaleString('en')}`,
    );
  }
  const cost = (name: string): number => ((stages.find((s) => s.name === name)?.cpuMs ?? 0) * 1000) / rows;
  const reading = cost('prepare');
  const writing = cost('prepare + write all') - reading;
  const oneThread = cost('prepare + write all');
  const twoThreads = Math.max(reading, writing);
  console.log('');
  console.log(
    `alone (differences of the lines above), µs CPU/row: write events ${(cost('prepare + write events') - reading).toFixed(1)}, write all ${writing.toFixed(1)}, bare insert ${(cost('read + bare insert') - cost('read')).toFixed(1)}`,
  );
  console.log(
    `one thread (prepare + write all, no incident linking): ${oneThread.toFixed(1)} µs/row = at most ${Math.round(1e6 / oneThread).toLocaleString('en')} rows/s`,
  );
  console.log(
    `two threads (prepare on one core, write all on the other, nothing for passing rows between them): ${twoThreads.toFixed(1)} µs/row = at most ${Math.round(1e6 / twoThreads).toLocaleString('en')} rows/s`,
  );
  const least = cost('normalise + serialise + hash') + cost('event rows, tight loop');
  const budget = (cpus().length * 1e6) / 100_000;
  console.log(
    `the least work per row, read, normalise, serialise and hash (${cost('normalise + serialise + hash').toFixed(1)}) and the event row alone (${cost('event rows, tight loop').toFixed(1)}), costs ${least.toFixed(1)} µs of CPU, before any check, bookkeeping, incident linking or passing rows between threads; 100,000 rows/s on ${cpus().length} cores leaves ${budget.toFixed(1)} µs per row`,
  );
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
    stages.push(
      await measure('read', async () => {
        for await (const record of csvReader(file).records()) void record;
      }),
    );
    stages.push(
      await measure('normalise', async () => {
        const linked = linker();
        for await (const row of normaliseFile({ format: DATASET, file }, format, () => linked)) void row;
      }),
    );
    stages.push(
      await measure('normalise + serialise + hash', async () => {
        const linked = linker();
        for await (const { result } of normaliseFile({ format: DATASET, file }, format, () => linked))
          if (result.outcome === 'entity') hash('sha1', JSON.stringify(result.item.entity), 'base64');
      }),
    );
    stages.push(
      await measure('prepare', async () => {
        for await (const batch of pendingBatches(file)) void batch;
      }),
    );
    const eventsStore = await freshStore(dir, 'events');
    stages.push(
      await measure('prepare + write events', () =>
        prepareAndWrite(eventsStore, file, rows, (tx, batch) =>
          tx.putPreparedEvents(batch.map((r) => r.event!)),
        ),
      ),
    );
    await eventsStore.close();
    dropFiles(dir, 'events.sqlite');
    const allStore = await freshStore(dir, 'all');
    stages.push(await measure('prepare + write all', () => prepareAndWrite(allStore, file, rows, writeAll)));
    await allStore.close();
    dropFiles(dir, 'all.sqlite');
    stages.push(await measure('read + bare insert', () => bareInsert(file, join(dir, 'bare-node.sqlite'))));
    dropFiles(dir, 'bare-node.sqlite');
    const events = await preparedEvents(file);
    stages.push(
      await measure('event rows, tight loop', () => eventRowsLoop(events, join(dir, 'event-rows.sqlite'))),
    );
    events.length = 0;
    stages.push(
      await measure('sqlite3 .import', () => {
        execFileSync('sqlite3', [join(dir, 'bare.sqlite'), '-cmd', '.mode csv', `.import ${file} ged`]);
      }),
    );

    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    printTable([...machine(), ['load', load], ['rows', String(rows)]]);
    console.log('');
    report(stages, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * Store benchmark: inserts N synthetic events (seeded, ~50 actors, 2000–2024) through the
 * Store API in batches, then times the dyad-month aggregation over all of them and a filtered
 * list (one actor, one year). Prints the figures and the machine they ran on.
 *
 *   node --import tsx bench/store.ts [--events N] [--batch N] [--postgres URL]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { insertSyntheticEvents, machine, printTable } from './synthetic.ts';

interface Options {
  events: number;
  batch: number;
  postgres: string | undefined;
}

interface Figures {
  engine: string;
  events: number;
  insertSeconds: number;
  aggregateSeconds: number;
  aggregateRows: number;
  filteredSeconds: number;
  filteredRows: number;
  countSeconds: number;
  sizeNote: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '5000' },
      postgres: { type: 'string' },
    },
  });
  const events = Number(values.events);
  const batch = Number(values.batch);
  if (!Number.isSafeInteger(events) || events <= 0) throw new Error(`--events must be a positive integer`);
  if (!Number.isSafeInteger(batch) || batch <= 0) throw new Error(`--batch must be a positive integer`);
  return { events, batch, postgres: values.postgres };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

async function runOn(engine: string, store: Store, options: Options, sizeOf: () => string): Promise<Figures> {
  const insertSeconds = await insertSyntheticEvents(store, options.events, options.batch, engine);
  const [dyads, aggregateSeconds] = await timed(() => store.aggregateDyadMonth());
  const [filtered, filteredSeconds] = await timed(() =>
    store.listEvents({ actorIds: ['actor-07'], from: '2015-01-01', to: '2015-12-31' }),
  );
  const [count, countSeconds] = await timed(() => store.countEvents());
  if (count !== options.events)
    throw new Error(`expected ${options.events} events, the store holds ${count}`);
  return {
    engine,
    events: options.events,
    insertSeconds,
    aggregateSeconds,
    aggregateRows: dyads.length,
    filteredSeconds,
    filteredRows: filtered.length,
    countSeconds,
    sizeNote: sizeOf(),
  };
}

async function benchSqlite(options: Options): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-'));
  const path = join(dir, 'bench.sqlite');
  const store = await openStore({ path });
  try {
    return await runOn(
      'sqlite',
      store,
      options,
      () => `${(statSync(path).size / 2 ** 20).toFixed(0)} MiB file`,
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(options: Options, url: string): Promise<Figures> {
  const schema = `jirga_bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ url, schema });
  try {
    return await runOn('postgres', store, options, () => `schema ${schema} (dropped)`);
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
}

function report(figures: Figures): [string, string][] {
  const perSecond = (figures.events / figures.insertSeconds).toLocaleString('en', {
    maximumFractionDigits: 0,
  });
  return [
    ['engine', figures.engine],
    ['events', figures.events.toLocaleString('en')],
    ['insert', `${figures.insertSeconds.toFixed(1)} s (${perSecond} events/s)`],
    [
      'aggregateDyadMonth (all)',
      `${(figures.aggregateSeconds * 1000).toFixed(0)} ms, ${figures.aggregateRows} rows`,
    ],
    [
      'listEvents (1 actor, 1 year)',
      `${(figures.filteredSeconds * 1000).toFixed(0)} ms, ${figures.filteredRows} rows`,
    ],
    ['countEvents (all)', `${(figures.countSeconds * 1000).toFixed(0)} ms`],
    ['storage', figures.sizeNote],
  ];
}

const options = readOptions();
console.log(
  `Store benchmark: ${options.events.toLocaleString('en')} events in batches of ${options.batch}\n`,
);
const results = [await benchSqlite(options)];
if (options.postgres !== undefined) results.push(await benchPostgres(options, options.postgres));
for (const figures of results) {
  printTable(report(figures));
  console.log();
}
printTable(machine());

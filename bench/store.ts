/**
 * Store benchmark: inserts N synthetic events (seeded, ~50 actors, 2000–2024) through the
 * Store API in batches, then times the dyad-month aggregation over all of them and a filtered
 * list (one actor, one year). Prints the figures and the machine they ran on.
 *
 *   node --import tsx bench/store.ts [--events N] [--batch N] [--postgres URL]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { PLOVER_TYPE_INFO, PLOVER_TYPES } from '../src/model/index.ts';
import type { Event, PloverType } from '../src/model/index.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';

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

/** mulberry32: a small, fast, seeded PRNG so every run inserts the same events. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = Array.from({ length: 50 }, (_, i) => `actor-${String(i + 1).padStart(2, '0')}`);
const COUNTRIES = ['PAK', 'AFG', 'IND', 'IRN', 'CHN', 'USA', 'TUR', 'RUS'];
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = (Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000 + 1;

/** Generates the events of one batch: `count` events numbered from `start`. */
function syntheticEvents(random: () => number, start: number, count: number): Event[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: Event[] = [];
  for (let n = start; n < start + count; n++) {
    const type: PloverType = pick(PLOVER_TYPES);
    const modes = PLOVER_TYPE_INFO[type].modes;
    const best = random() < 0.3 ? null : Math.floor(random() * 50);
    const source = pick(ACTORS);
    const targets = random() < 0.2 ? [pick(ACTORS), pick(ACTORS)] : [pick(ACTORS)];
    events.push({
      id: `bench:${n}`,
      date: new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10),
      datePrecision: 'day',
      location: {
        name: `Place ${n % 997}`,
        country: pick(COUNTRIES),
        admin1: null,
        admin2: null,
        lat: Math.round((24 + random() * 14) * 1e4) / 1e4,
        lon: Math.round((60 + random() * 18) * 1e4) / 1e4,
        precision: 'near',
      },
      sourceActors: [source],
      targetActors: [...new Set(targets)],
      type,
      mode: modes.length > 0 && random() < 0.5 ? pick(modes) : null,
      context: [],
      cameo: null,
      intensity: Math.round((random() * 20 - 10) * 10) / 10,
      fatalities: { low: best, best, high: best === null ? null : best + Math.floor(random() * 5) },
      claims: [],
      origin: 'dataset',
      status: 'reviewed',
      confidence: 0.9,
      evidence: [{ sourceId: 'bench-dataset', dataset: 'synthetic', release: '1', row: String(n) }],
      incidentId: null,
    });
  }
  return events;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

async function runOn(engine: string, store: Store, options: Options, sizeOf: () => string): Promise<Figures> {
  const random = seededRandom(20240521);
  let inserted = 0;
  const started = performance.now();
  let reported = 0;
  while (inserted < options.events) {
    const count = Math.min(options.batch, options.events - inserted);
    await store.putEvents(syntheticEvents(random, inserted, count));
    inserted += count;
    if (inserted - reported >= 100_000 || inserted === options.events) {
      reported = inserted;
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`  ${engine}: ${inserted.toLocaleString('en')} events, ${seconds.toFixed(1)} s\n`);
    }
  }
  const insertSeconds = (performance.now() - started) / 1000;
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

function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

function machine(): [string, string][] {
  const cpu = cpus();
  return [
    ['cpu', cpu[0]?.model.trim() ?? 'unknown'],
    ['cores', String(cpu.length)],
    ['ram', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['os', `${type()} ${release()}`],
  ];
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

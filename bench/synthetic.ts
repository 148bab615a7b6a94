/**
 * What the benchmarks share: a dataset source, the synthetic events generator (~50 actors,
 * eight countries, 2000–2024, points over Pakistan and Afghanistan; seeded mulberry32), the
 * machine description, a two-column table printer, and timing helpers.
 */
import { cpus, release, totalmem, type } from 'node:os';
import { PLOVER_TYPE_INFO, PLOVER_TYPES } from '../src/model/index.ts';
import { seededRandom } from '../src/bargain/scenario/prng.ts';
import type { Event, PloverType, Source } from '../src/model/index.ts';
import type { Store } from '../src/store/store.ts';

/** The seed bench/store.ts has always used. */
export const EVENTS_SEED = 20240521;
export const SYNTHETIC_ACTORS = Array.from(
  { length: 50 },
  (_, i) => `actor-${String(i + 1).padStart(2, '0')}`,
);
export const SYNTHETIC_COUNTRIES = ['PAK', 'AFG', 'IND', 'IRN', 'CHN', 'USA', 'TUR', 'RUS'];
export const SYNTHETIC_SOURCE_ID = 'bench-dataset';
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = (Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000 + 1;

/** A dataset source for synthetic rows, ungraded. */
export function datasetSource(id: string, title: string): Source {
  return {
    id,
    kind: 'dataset',
    title,
    author: null,
    publisher: null,
    language: 'en',
    url: null,
    published: null,
    accessed: null,
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash: null,
  };
}

/** Generates the events of one batch: `count` events numbered from `start`. */
export function syntheticEvents(random: () => number, start: number, count: number): Event[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: Event[] = [];
  for (let n = start; n < start + count; n++) {
    const type: PloverType = pick(PLOVER_TYPES);
    const modes = PLOVER_TYPE_INFO[type].modes;
    const best = random() < 0.3 ? null : Math.floor(random() * 50);
    const source = pick(SYNTHETIC_ACTORS);
    const targets =
      random() < 0.2 ? [pick(SYNTHETIC_ACTORS), pick(SYNTHETIC_ACTORS)] : [pick(SYNTHETIC_ACTORS)];
    events.push({
      id: `bench:${n}`,
      date: new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10),
      datePrecision: 'day',
      location: {
        name: `Place ${n % 997}`,
        country: pick(SYNTHETIC_COUNTRIES),
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
      evidence: [{ sourceId: SYNTHETIC_SOURCE_ID, dataset: 'synthetic', release: '1', row: String(n) }],
      incidentId: null,
    });
  }
  return events;
}

/**
 * Inserts `total` synthetic events through the Store in batches, reporting progress on
 * standard error every 100,000; returns the seconds it took.
 */
export async function insertSyntheticEvents(
  store: Store,
  total: number,
  batch: number,
  label: string,
): Promise<number> {
  const random = seededRandom(EVENTS_SEED);
  let inserted = 0;
  let reported = 0;
  const started = performance.now();
  while (inserted < total) {
    const count = Math.min(batch, total - inserted);
    await store.putEvents(syntheticEvents(random, inserted, count));
    inserted += count;
    if (inserted - reported >= 100_000 || inserted === total) {
      reported = inserted;
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`  ${label}: ${inserted.toLocaleString('en')} events, ${seconds.toFixed(1)} s\n`);
    }
  }
  return (performance.now() - started) / 1000;
}

export function machine(): [string, string][] {
  const cpu = cpus();
  return [
    ['cpu', cpu[0]?.model.trim() ?? 'unknown'],
    ['cores', String(cpu.length)],
    ['ram', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['node', process.version],
    ['os', `${type()} ${release()}`],
  ];
}

export function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

/** Runs `work` and gives its result with the milliseconds it took. */
export async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** The middle value (the upper one of the two middles for an even count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

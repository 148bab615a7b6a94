/**
 * Assessment benchmark: a SQLite store (temporary file) with N synthetic events (seeded, 50
 * actors, 2000–2024) inserted through the Store API in batches, plus a synthetic case (scope:
 * every actor), relations, agreements and a negotiation. Times, separately: loading what the
 * assessment reads (the events filtered in the store: the year before the date and the
 * parties' fighting history), the assessment itself (snapshot, 17 indicators, prospects,
 * network summary; the first, cold run apart from the median of warm runs), and the whole `assessMediation` use case. Prints
 * the figures and the machine they ran on.
 *
 *   node --import tsx bench/assess.ts [--events N] [--batch N] [--runs N] [--as-of YYYY-MM-DD]
 *                                     [--full-load] [--db PATH]
 *
 * `--full-load` also times loading every event of the case (what the loader did before it
 * filtered in the store). `--db PATH` keeps the store in PATH and reuses it when it already
 * holds the events, so that a second run skips the insert.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assessMediation, loadAssessmentItems, loadCaseItems } from '../src/app/assess.ts';
import { assess } from '../src/assess/assessment.ts';
import { seededRandom } from '../src/bargain/scenario/prng.ts';
import { takeSnapshot } from '../src/assess/snapshot.ts';
import { PLOVER_TYPES } from '../src/model/index.ts';
import type { Actor, Agreement, Event, Negotiation, PloverType, Relation } from '../src/model/index.ts';
import { RELATION_PREDICATES } from '../src/model/relation.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { datasetSource, machine, median, printTable, timed } from './synthetic.ts';

interface Options {
  events: number;
  batch: number;
  runs: number;
  asOf: string;
  fullLoad: boolean;
  db: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '7' },
      'as-of': { type: 'string', default: '2023-05-09' },
      'full-load': { type: 'boolean', default: false },
      db: { type: 'string' },
    },
  });
  const events = Number(values.events);
  const batch = Number(values.batch);
  const runs = Number(values.runs);
  for (const [name, value] of [
    ['--events', events],
    ['--batch', batch],
    ['--runs', runs],
  ] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  }
  return { events, batch, runs, asOf: values['as-of'], fullLoad: values['full-load'], db: values.db };
}

const CASE_ID = 'bench-case';
const SOURCE_ID = 'bench-source';
const GOV = 'bench-gov';
const REBELS = 'bench-rebels';
const MEDIATOR = 'bench-mediator';
const COUNTRIES = ['PAK', 'AFG', 'IND', 'IRN', 'CHN', 'USA', 'TUR', 'RUS'];
const KINDS: Actor['kind'][] = ['state', 'armed-group', 'government', 'faction', 'person'];

function actor(
  id: string,
  kind: Actor['kind'],
  country: string | null,
  parentId: string | null = null,
): Actor {
  return { id, name: id, kind, country, parentId, aliases: {}, externalIds: {}, roles: [], designations: [] };
}

/** 50 actors: a government with its army, a rebel group, a mediator with its government, and 45 others. */
function syntheticActors(): Actor[] {
  const actors = [
    actor(GOV, 'state', 'PAK'),
    actor(`${GOV}-army`, 'military', 'PAK', GOV),
    actor(REBELS, 'armed-group', 'PAK'),
    actor(MEDIATOR, 'armed-group', 'AFG'),
    actor(`${MEDIATOR}-government`, 'government', 'AFG', MEDIATOR),
  ];
  for (let i = actors.length; i < 50; i++) {
    actors.push(
      actor(`bench-actor-${String(i).padStart(2, '0')}`, KINDS[i % KINDS.length]!, COUNTRIES[i % 8]!),
    );
  }
  return actors;
}

const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = (Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000 + 1;
const day = (random: () => number) =>
  new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
const evidence = (row: string) => [{ sourceId: SOURCE_ID, dataset: 'synthetic', release: '1', row }];

function syntheticEvents(
  random: () => number,
  ids: readonly string[],
  start: number,
  count: number,
): Event[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: Event[] = [];
  for (let n = start; n < start + count; n++) {
    const type: PloverType = pick(PLOVER_TYPES);
    const best = random() < 0.3 ? null : Math.floor(random() * 50);
    const source = pick(ids);
    let target = pick(ids);
    if (target === source) target = pick(ids);
    events.push({
      id: `bench:${n}`,
      date: day(random),
      datePrecision: 'day',
      location: {
        name: `Place ${n % 997}`,
        country: pick(COUNTRIES),
        admin1: `Province ${n % 31}`,
        admin2: null,
        lat: null,
        lon: null,
        precision: 'admin1',
      },
      sourceActors: [source],
      targetActors: target === source ? [] : [target],
      type,
      mode: null,
      context: [],
      cameo: null,
      intensity: Math.round((random() * 20 - 10) * 10) / 10,
      fatalities: { low: best, best, high: best },
      claims: [],
      origin: 'dataset',
      status: 'reviewed',
      confidence: 0.9,
      evidence: evidence(String(n)),
      incidentId: null,
    });
  }
  return events;
}

function syntheticRelations(random: () => number, ids: readonly string[]): Relation[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const predicates = RELATION_PREDICATES.filter((p) => p !== 'mediates-between' && p !== 'merged-into');
  return Array.from({ length: 300 }, (_, i) => {
    const from = day(random);
    return {
      id: `bench-rel-${i}`,
      subjectId: pick(ids),
      predicate: pick(predicates),
      objectId: pick(ids),
      sign: pick([-1, -0.5, 0.5, 1]),
      from,
      to: random() < 0.5 ? null : from < '2020-01-01' ? '2021-01-01' : null,
      stance: pick(['asserted', 'reported'] as const),
      claimedBy: null,
      status: 'reviewed' as const,
      evidence: [{ sourceId: SOURCE_ID }],
    };
  });
}

function syntheticAgreements(): Agreement[] {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `bench-agr-${i}`,
    name: `Ceasefire ${i}`,
    kind: 'ceasefire' as const,
    parties: [GOV, REBELS],
    thirdParties: [{ actorId: MEDIATOR, role: 'mediator' as const }],
    signed: `${2002 + i * 2}-03-01`,
    signedPrecision: 'day' as const,
    written: i % 2 === 0,
    ended: { date: `${2002 + i * 2}-${i % 3 === 0 ? '12' : '06'}-01`, how: 'collapsed', by: [REBELS] },
    provisions: ['A halt to attacks.'],
    status: 'reviewed' as const,
    evidence: [{ sourceId: SOURCE_ID }],
  }));
}

function syntheticNegotiation(): Negotiation {
  return {
    id: 'bench-neg',
    name: 'Mediated talks',
    parties: [GOV, REBELS],
    mediators: [MEDIATOR],
    from: '2002-01-01',
    to: '2020-12-31',
    outcome: 'agreement',
    status: 'reviewed',
    rounds: [],
    evidence: [{ sourceId: SOURCE_ID }],
  };
}

async function build(store: Store, options: Options): Promise<number> {
  const random = seededRandom(20261125);
  const actors = syntheticActors();
  const ids = actors.map((a) => a.id);
  await store.putSources([datasetSource(SOURCE_ID, 'Synthetic benchmark events')]);
  await store.putActors(actors);
  await store.putCase({
    id: CASE_ID,
    title: 'Benchmark case',
    question: 'Can the mediator mediate between the government and the rebels?',
    scope: { countries: [], actors: ids, from: null, to: null },
    description: 'Synthetic data for bench/assess.ts.',
  });
  await store.linkToCase(CASE_ID, [{ kind: 'source', id: SOURCE_ID }]);
  await store.putRelations(syntheticRelations(random, ids));
  await store.putAgreements(syntheticAgreements());
  await store.putNegotiations([syntheticNegotiation()]);
  const started = performance.now();
  let inserted = 0;
  let reported = 0;
  while (inserted < options.events) {
    const count = Math.min(options.batch, options.events - inserted);
    await store.putEvents(syntheticEvents(random, ids, inserted, count));
    inserted += count;
    if (inserted - reported >= 100_000 || inserted === options.events) {
      reported = inserted;
      process.stderr.write(
        `  ${inserted.toLocaleString('en')} events, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
    }
  }
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const options = readOptions();
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-assess-'));
  const path = options.db ?? join(dir, 'bench.sqlite');
  const store = await openStore({ path });
  try {
    const reuse =
      (await store.getCase(CASE_ID)) !== undefined && (await store.countEvents()) === options.events;
    const insertSeconds = reuse ? null : await build(store, options);
    const question = { mediator: MEDIATOR, parties: [GOV, REBELS] as [string, string] };
    const load = () => loadAssessmentItems(store, CASE_ID, question, [options.asOf]);
    // The first load reads pages from disk into the cache and map; warm loads are timed apart.
    const [items, coldLoadMs] = await timed(load);
    const loadMs: number[] = [];
    for (let i = 0; i < options.runs; i++) loadMs.push((await timed(load))[1]);
    // The first run pays for JIT compilation; it is reported apart from the warm runs.
    const [first, coldMs] = await timed(() => assess(takeSnapshot(items, options.asOf), question));
    const indicators = first.indicators.filter((x) => x.value !== null).length;
    const assessMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const [, ms] = await timed(() => assess(takeSnapshot(items, options.asOf), question));
      assessMs.push(ms);
    }
    // An existing empty directory: the use case reads no base rate (a missing one is refused).
    const noReference = join(dir, 'no-reference-data');
    mkdirSync(noReference, { recursive: true });
    const useCaseMs: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const [, ms] = await timed(() =>
        assessMediation(store, {
          caseId: CASE_ID,
          mediator: MEDIATOR,
          parties: [GOV, REBELS],
          asOf: options.asOf,
          referenceData: noReference,
        }),
      );
      useCaseMs.push(ms);
    }
    let fullLoad: [string, string][] = [];
    if (options.fullLoad) {
      const [all, ms] = await timed(() => loadCaseItems(store, CASE_ID));
      fullLoad = [
        [
          'load every event of the case',
          `${(ms / 1000).toFixed(2)} s (${all.events.length.toLocaleString('en')} events)`,
        ],
      ];
    }
    console.log('Assessment benchmark (SQLite, temporary file)');
    printTable([
      ['events in the store', options.events.toLocaleString('en')],
      [
        'insert',
        insertSeconds === null
          ? `reused ${path}`
          : `${insertSeconds.toFixed(1)} s (${Math.round(options.events / insertSeconds).toLocaleString('en')} events/s)`,
      ],
      ['file size', `${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`],
      ['as of', options.asOf],
      [
        'load what the assessment reads',
        `${median(loadMs).toFixed(0)} ms median of ${options.runs} warm loads (min ${Math.min(...loadMs).toFixed(0)}); first (cold) load ${coldLoadMs.toFixed(0)} ms; ${items.events.length.toLocaleString('en')} events`,
      ],
      [
        'assessment itself',
        `${median(assessMs).toFixed(0)} ms median of ${options.runs} warm runs (min ${Math.min(...assessMs).toFixed(0)}, max ${Math.max(...assessMs).toFixed(0)}); first (cold) run ${coldMs.toFixed(0)} ms; ${indicators} of 17 indicators with a value`,
      ],
      [
        'assessMediation end to end',
        `${median(useCaseMs).toFixed(0)} ms median of ${options.runs} (min ${Math.min(...useCaseMs).toFixed(0)}; registry, load, reference files, assessment)`,
      ],
      ...fullLoad,
      ...machine(),
    ]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * Server benchmark: a SQLite store with the built-in case and N synthetic events (the
 * generator of bench/store.ts, in a synthetic case of their own; about a quarter of them fall
 * in Pakistan or Afghanistan and so also inside the founding case's scope), served by the real
 * `jirga serve` in a child process. A local load generator (bench/load.ts: fixed concurrency
 * and duration) measures requests/s and p50/p95 latency of the events list (case, date and
 * actor filters, offset and keyset pagination), of the event summary and of the assessment; chromium (playwright-core) measures the
 * page load of the Case view (until the question shows) and of the Assessment view (until
 * its three prospects show) on the founding case, on this store and on one holding only the
 * built-in case. Prints the figures and the machine they ran on.
 *
 *   node --import tsx bench/server.ts [--events N] [--batch N] [--seconds S] [--concurrency C]
 *                                     [--loads N] [--db PATH]
 *
 * `--db PATH` keeps the store in PATH and reuses it when it already holds the events.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/app/brief.ts';
import { ensureBuiltinCases } from '../src/app/builtin-cases.ts';
import type { Actor } from '../src/model/index.ts';
import { openStore } from '../src/store/open.ts';
import { runLoad, type LoadResult } from './load.ts';
import {
  datasetSource,
  insertSyntheticEvents,
  machine,
  median,
  printTable,
  SYNTHETIC_ACTORS,
  SYNTHETIC_SOURCE_ID,
} from './synthetic.ts';

const CASE_ID = 'bench-synthetic';
const FOUNDING = 'pakistan-ttp';
const FOUNDING_QUESTION = {
  mediator: 'taliban-government',
  parties: 'pakistan-government,ttp',
  asOf: '2023-05-09',
};

interface Options {
  events: number;
  batch: number;
  seconds: number;
  concurrency: number;
  loads: number;
  db: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      batch: { type: 'string', default: '5000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '8' },
      loads: { type: 'string', default: '5' },
      db: { type: 'string' },
    },
  });
  const numbers = {
    events: Number(values.events),
    batch: Number(values.batch),
    seconds: Number(values.seconds),
    concurrency: Number(values.concurrency),
    loads: Number(values.loads),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer`);
  }
  return { ...numbers, db: values.db };
}

const syntheticActor = (id: string): Actor => ({
  id,
  name: `Synthetic ${id}`,
  kind: 'armed-group',
  country: null,
  parentId: null,
  aliases: {},
  externalIds: {},
  roles: [],
  designations: [],
});

/** The built-in case, the synthetic actors, source and case, and the events unless already there. */
async function buildStore(path: string, options: Options): Promise<string> {
  const store = await openStore({ path });
  try {
    await ensureBuiltinCases(store);
    if (
      (await store.getCase(CASE_ID)) !== undefined &&
      (await store.countEvents({ caseId: CASE_ID })) === options.events
    ) {
      return `reused ${path}`;
    }
    await store.putSources([datasetSource(SYNTHETIC_SOURCE_ID, 'Synthetic benchmark events')]);
    await store.putActors(SYNTHETIC_ACTORS.map(syntheticActor));
    await store.putCase({
      id: CASE_ID,
      title: 'Synthetic benchmark case',
      question: 'Synthetic events for bench/server.ts.',
      scope: { countries: [], actors: SYNTHETIC_ACTORS, from: null, to: null },
      description: 'Synthetic data for bench/server.ts.',
    });
    const seconds = await insertSyntheticEvents(store, options.events, options.batch, 'sqlite');
    return `${seconds.toFixed(1)} s (${Math.round(options.events / seconds).toLocaleString('en')} events/s)`;
  } finally {
    await store.close();
  }
}

interface Served {
  url: string;
  child: ChildProcess;
}

/** `jirga --db PATH serve --port 0` in a child process; resolves with its URL once it listens. */
function serve(path: string): Promise<Served> {
  const child = spawn(process.execPath, ['bin/jirga.js', '--db', path, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving .* at (http:\/\/\S+)/.exec(output);
      if (match !== null) resolve({ url: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`jirga serve exited with ${code}: ${output}`)));
  });
}

function stop(served: Served): Promise<void> {
  return new Promise((resolve) => {
    if (served.child.exitCode !== null) return resolve();
    served.child.once('exit', () => resolve());
    served.child.kill('SIGTERM');
  });
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;

function loadRow(label: string, result: LoadResult): [string, string] {
  const errors = result.errors === 0 ? '' : `; ${result.errors} errors, first: ${result.firstError}`;
  return [
    label,
    `${result.perSecond.toFixed(1)} req/s, p50 ${ms(result.latency.percentile(0.5))}, p95 ${ms(result.latency.percentile(0.95))}, max ${ms(result.latency.max)} (${result.requests} requests in ${result.seconds.toFixed(1)} s)${errors}`,
  ];
}

/** Milliseconds from navigation until `selector` is visible (`count` times), in a fresh context each time. */
async function pageLoads(
  browser: Browser,
  url: string,
  selector: string,
  count: number,
  loads: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await page
      .locator(selector)
      .nth(count - 1)
      .waitFor({ state: 'visible', timeout: 120_000 });
    times.push(performance.now() - started);
    await context.close();
  }
  return times;
}

async function pageRows(
  browser: Browser,
  label: string,
  base: string,
  loads: number,
): Promise<[string, string][]> {
  const caseView = await pageLoads(browser, `${base}/#/case`, 'h2.question', 1, loads);
  const assessment = await pageLoads(browser, `${base}/#/assessment`, '.prospect .prospect-term', 3, loads);
  const show = (times: number[]) =>
    `${ms(median(times))} median of ${times.length} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`;
  return [
    [`page load, Case view to the question (${label})`, show(caseView)],
    [`page load, Assessment view to the prospects (${label})`, show(assessment)],
  ];
}

async function main(): Promise<void> {
  const options = readOptions();
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-server-'));
  const path = options.db ?? join(dir, 'bench.sqlite');
  const children: Served[] = [];
  let browser: Browser | undefined;
  try {
    const insert = await buildStore(path, options);
    const big = await serve(path);
    children.push(big);
    const small = await serve(join(dir, 'builtin-only.sqlite'));
    children.push(small);
    const api = `${big.url}/api`;
    const load = (url: (n: number) => string) =>
      runLoad({ url, concurrency: options.concurrency, seconds: options.seconds });
    process.stderr.write('  load: events list, one actor and one year, 10 pages of 50\n');
    const filtered = await load(
      (n) =>
        `${api}/events?case=${CASE_ID}&actor=${SYNTHETIC_ACTORS[n % 50]}&from=2015-01-01&to=2015-12-31&limit=50&offset=${(n % 10) * 50}`,
    );
    process.stderr.write('  load: events list, whole case, deep pages\n');
    const deep = await load((n) => `${api}/events?case=${CASE_ID}&limit=50&offset=${(n * 7919) % 900_000}`);
    process.stderr.write('  load: events list, whole case, keyset pages (after a cursor)\n');
    const keyset = await load(
      (n) =>
        `${api}/events?case=${CASE_ID}&limit=50&after=${2010 + (n % 14)}-${String(1 + ((n * 7) % 12)).padStart(2, '0')}-15,0`,
    );
    process.stderr.write('  load: event summary per month, founding case\n');
    const summary = await load(
      (n) => `${api}/events/summary?case=${FOUNDING}&period=${n % 2 === 0 ? 'month' : 'week'}`,
    );
    process.stderr.write('  load: events list, founding case, one party, 18 months\n');
    const founding = await load(
      (n) =>
        `${api}/events?case=${FOUNDING}&actor=ttp&from=2022-01-01&to=2023-06-30&limit=100&offset=${(n % 3) * 100}`,
    );
    process.stderr.write('  load: assessment of the founding question\n');
    const query = new URLSearchParams({ case: FOUNDING, ...FOUNDING_QUESTION }).toString();
    const assessment = await load(() => `${api}/assessment?${query}`);
    const rows: [string, string][] = [
      ['events in the store', `${options.events.toLocaleString('en')} synthetic + the built-in case`],
      ['insert', insert],
      ['file size', `${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`],
      [
        'load',
        `${options.concurrency} concurrent clients, ${options.seconds} s per endpoint, fetch (undici)`,
      ],
      loadRow('GET /api/events case + actor + year, limit 50', filtered),
      loadRow('GET /api/events case only, deep offsets, limit 50', deep),
      loadRow('GET /api/events case only, keyset cursor (after=DATE,ID), limit 50', keyset),
      loadRow(`GET /api/events/summary ${FOUNDING}, month and week`, summary),
      loadRow(`GET /api/events ${FOUNDING} + ttp + 18 months, limit 100`, founding),
      loadRow(`GET /api/assessment ${FOUNDING}`, assessment),
    ];
    if (existsSync(CHROMIUM_PATH)) {
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      process.stderr.write('  page loads\n');
      rows.push(...(await pageRows(browser, 'built-in case only', small.url, options.loads)));
      rows.push(
        ...(await pageRows(browser, `${options.events.toLocaleString('en')} events`, big.url, options.loads)),
      );
    } else {
      rows.push(['page load', `skipped: no ${CHROMIUM_PATH}`]);
    }
    console.log('Server benchmark (SQLite, jirga serve in a child process)');
    printTable([...rows, ...machine()]);
  } finally {
    await browser?.close();
    for (const served of children) await stop(served);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

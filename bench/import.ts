/**
 * Import benchmark: writes a GED-layout CSV (49 columns) of N synthetic rows (seeded; 60 UCDP
 * actors of which 6 are in the registry; quoted source articles with commas and quotes),
 * imports it into a fresh SQLite store through the import use case — full validation, actor
 * resolution, hashing, bookkeeping — and reports rows/s and peak RSS, then times sqlite3's
 * own `.import` of the same file into a bare table (the practical limit) for the ratio.
 * Prints the figures and the machine they ran on. With `--link-rows M` (default 20,000) an
 * ACLED-layout file of M rows over the same countries, places and years is imported first, so
 * that incident linking looks up every GED event against another dataset's stored events (it
 * is skipped when no other event dataset is stored); `--link-rows 0` leaves it out.
 *
 * `--reader-thread on|off` reads on a worker thread or on the writer's thread (default: off, as
 * the importer's own default). `--cpu-profile FILE` writes a V8 CPU profile of
 * the GED import alone (not of writing the files or the ACLED import) for Chrome's DevTools.
 *
 *   node --import tsx bench/import.ts [--rows N] [--link-rows M] [--reader-thread on|off]
 *     [--cpu-profile FILE] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDataset } from '../src/app/import.ts';
import { openStore } from '../src/store/open.ts';
import { seededRandom } from '../src/bargain/scenario/prng.ts';
import { COUNTRIES, benchActors, csvCell, writeGed } from './ged-file.ts';

/** The ACLED export columns the importer reads (an ACLED file has more; they are ignored). */
const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/** ACLED-layout rows (seeded) in the places and years of the GED file, for incident linking. */
async function writeAcled(path: string, rows: number): Promise<void> {
  const next = seededRandom(7);
  const lines: string[] = [ACLED_COLUMNS.join(',')];
  for (let i = 1; i <= rows; i++) {
    const [country, , lat, lon] = COUNTRIES[Math.floor(next() * COUNTRIES.length)]!;
    const year = 1989 + Math.floor(next() * 34);
    const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const cells: Record<(typeof ACLED_COLUMNS)[number], string> = {
      event_id_cnty: `BEN${i}`,
      event_date: day,
      year: String(year),
      time_precision: '1',
      event_type: 'Battles',
      sub_event_type: 'Armed clash',
      actor1: `Military Forces of ${country}`,
      actor2: `Actor ${1000 + Math.floor(next() * 60)}`,
      country,
      admin1: `Province ${i % 30}`,
      admin2: `District ${i % 300}`,
      location: `Place ${i % 5000}`,
      latitude: (lat + next()).toFixed(4),
      longitude: (lon + next()).toFixed(4),
      geo_precision: '1',
      source: 'Bench Wire',
      notes: `On ${day}, a clash near place ${i % 5000}, officials said.`,
      fatalities: String(Math.floor(next() * 10)),
    };
    lines.push(ACLED_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  await writeFile(path, lines.join('\n') + '\n');
}

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfiler(session: Session, file: string): Promise<void> {
  const { profile } = await session.post('Profiler.stop');
  await writeFile(file, JSON.stringify(profile));
  session.disconnect();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      'link-rows': { type: 'string', default: '20000' },
      keep: { type: 'boolean', default: false },
      'reader-thread': { type: 'string', default: 'off' },
      'cpu-profile': { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  const linkRows = Number(values['link-rows']);
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-import-'));
  const file = join(dir, 'ged-bench-231.csv');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    let started = Date.now();
    await writeGed(file, rows);
    const writeSeconds = (Date.now() - started) / 1000;
    const store = await openStore({ path: join(dir, 'bench.sqlite') });
    await store.putActors(benchActors());
    if (linkRows > 0) {
      const acled = join(dir, 'acled-bench.csv');
      await writeAcled(acled, linkRows);
      await importDataset(store, { format: 'acled', file: acled, release: 'bench' });
    }
    const threaded = values['reader-thread'] === 'on';
    const profiler = values['cpu-profile'] === undefined ? undefined : await startProfiler();
    peakRss = process.memoryUsage().rss;
    started = Date.now();
    const cpuBefore = process.cpuUsage();
    const summary = await importDataset(store, { format: 'ucdp-ged', file, readerThread: threaded });
    const importSeconds = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (profiler !== undefined) await stopProfiler(profiler, values['cpu-profile']!);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    await store.close();
    clearInterval(sampler);

    const bare = join(dir, 'bare.sqlite');
    started = Date.now();
    execFileSync('sqlite3', [bare, '-cmd', '.mode csv', `.import ${file} ged`]);
    const bareSeconds = (Date.now() - started) / 1000;

    const rate = Math.round(rows / importSeconds);
    const bareRate = Math.round(rows / bareSeconds);
    console.log(
      `machine: ${type()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`,
    );
    console.log(
      `file: ${rows.toLocaleString('en')} GED rows, ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB (written in ${writeSeconds.toFixed(1)} s)`,
    );
    console.log(
      `import (reader thread ${threaded ? 'on' : 'off'}): ${importSeconds.toFixed(1)} s, ${rate.toLocaleString('en')} rows/s; imported ${summary.imported}, rejected ${summary.rejected}, unresolved names ${summary.unresolvedActors}, linked to ${linkRows.toLocaleString('en')} stored ACLED events: ${summary.linkedIncidents}`,
    );
    // On a shared machine the wall time depends on other load; the process's CPU time less so.
    console.log(
      `import CPU time (user ${(cpu.user / 1e6).toFixed(1)} s + system ${(cpu.system / 1e6).toFixed(1)} s, this process): ${cpuSeconds.toFixed(1)} s, ${Math.round(rows / cpuSeconds).toLocaleString('en')} rows per CPU-second; load average at the end ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(`peak RSS during import: ${Math.round(peakRss / 2 ** 20)} MiB`);
    console.log(
      `sqlite3 .import into a bare table: ${bareSeconds.toFixed(1)} s, ${bareRate.toLocaleString('en')} rows/s; ratio ${(rate / bareRate).toFixed(2)}`,
    );
  } finally {
    clearInterval(sampler);
    if (values.keep !== true) rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * Upload benchmark: serves the API on a free port over a fresh SQLite store, writes a
 * GED-layout CSV of about N MiB (synthetic rows, long headlines), sends it to
 * `POST /api/uploads` with curl (another process, reading the file as it sends) and polls the
 * job to the end. Reports how fast the body was received (to the 202), how fast the job imported
 * (rows/s), and the peak RSS of each phase above the RSS before, which shows that the body
 * is streamed to disk rather than held in memory. Prints the machine it ran on.
 *
 *   node --import tsx bench/upload.ts [--mb N] [--keep]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { GED_49 } from '../src/ingest/datasets/ucdp-ged-layouts.ts';
import { createApp, listen } from '../src/server/index.ts';
import type { UploadJob } from '../src/server/uploads/jobs.ts';
import { openStore } from '../src/store/open.ts';

const MIB = 2 ** 20;
const run = promisify(execFile);

/** One synthetic GED row (Government of Pakistan against the TTP), `padding` long in its headline. */
function row(id: number, padding: string): string {
  const day = `20${String(10 + (id % 12)).padStart(2, '0')}-0${1 + (id % 9)}-1${id % 10}`;
  const cells: Record<string, string> = {
    id: String(id),
    relid: `PAK-${id}`,
    year: day.slice(0, 4),
    active_year: '1',
    code_status: 'Clear',
    type_of_violence: '1',
    conflict_new_id: '404',
    dyad_new_id: '857',
    side_a_new_id: '142',
    side_a: 'Government of Pakistan',
    side_b_new_id: '356',
    side_b: 'TTP',
    number_of_sources: '1',
    source_headline: `Bench wire ${id} ${padding}`,
    where_prec: '1',
    latitude: String(30 + (id % 50) / 10),
    longitude: String(70 + (id % 40) / 10),
    country: 'Pakistan',
    country_id: '770',
    region: 'Asia',
    event_clarity: '1',
    date_prec: '1',
    date_start: `${day} 00:00:00.000`,
    date_end: `${day} 00:00:00.000`,
    best: String(id % 7),
    low: String(id % 7),
    high: String((id % 7) + 2),
  };
  return GED_49.map((column) => cells[column] ?? '').join(',');
}

async function writeFile(path: string, megabytes: number): Promise<number> {
  const stream = createWriteStream(path);
  const write = (line: string) =>
    stream.write(line) ? Promise.resolve() : new Promise<void>((r) => stream.once('drain', () => r()));
  const padding = 'x'.repeat(1800);
  await write(GED_49.join(',') + '\n');
  let rows = 0;
  while (stream.bytesWritten + stream.writableLength < megabytes * MIB) {
    rows++;
    await write(row(rows, padding) + '\n');
  }
  await new Promise((resolve) => stream.end(resolve));
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { mb: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } },
  });
  const megabytes = Number(values.mb);
  const dir = mkdtempSync(join(tmpdir(), 'jirga-bench-upload-'));
  const file = join(dir, 'ged-upload-bench.csv');
  const rows = await writeFile(file, megabytes);
  const bytes = statSync(file).size;
  const store = await openStore({ path: join(dir, 'bench.sqlite') });
  const server = await listen(createApp({ store, maxUploadBytes: bytes + MIB, uploadDir: dir }), {
    port: 0,
    host: '127.0.0.1',
  });
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    let started = Date.now();
    // curl sends the file from another process, so this process's RSS is the server's alone.
    const { stdout } = await run('curl', [
      '-sS',
      '-X',
      'POST',
      '-T',
      file,
      '-H',
      'Content-Type: application/octet-stream',
      '-w',
      '\n%{http_code}',
      `${server.url}/api/uploads?name=ged-upload-bench.csv&dataset=ucdp-ged`,
    ]);
    const [body = '', status = ''] = stdout.split('\n');
    let job = JSON.parse(body) as UploadJob;
    if (status !== '202') throw new Error(`upload answered ${status}: ${body}`);
    const receiveSeconds = (Date.now() - started) / 1000;
    const receivePeak = peak;
    peak = process.memoryUsage().rss;
    started = Date.now();
    while (job.state !== 'done' && job.state !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = (await (await fetch(`${server.url}/api/uploads/${job.id}`)).json()) as UploadJob;
    }
    const importSeconds = (Date.now() - started) / 1000;
    if (job.state === 'failed') throw new Error(`the import failed: ${job.error?.message}`);
    console.log(
      `machine: ${type()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`,
    );
    console.log(`file: ${rows.toLocaleString('en')} GED rows, ${(bytes / MIB).toFixed(1)} MiB`);
    console.log(
      `receive (POST to 202, streamed to disk over loopback): ${receiveSeconds.toFixed(2)} s, ${(bytes / MIB / receiveSeconds).toFixed(0)} MiB/s; peak RSS ${Math.round((receivePeak - baseline) / MIB)} MiB above the ${Math.round(baseline / MIB)} MiB before`,
    );
    console.log(
      `import job (queued to done): ${importSeconds.toFixed(1)} s, ${Math.round(job.rows / importSeconds).toLocaleString('en')} rows/s (the job's own figure: ${job.rowsPerSecond.toLocaleString('en')} rows/s); imported ${job.imported}, rejected ${job.rejected}; peak RSS ${Math.round((peak - baseline) / MIB)} MiB above`,
    );
  } finally {
    clearInterval(sampler);
    await server.close();
    await store.close();
    if (values.keep !== true) rmSync(dir, { recursive: true, force: true });
  }
}

await main();

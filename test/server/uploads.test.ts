/**
 * Uploads and the brief over the HTTP API (`app.request`) on a real SQLite file holding the
 * built-in case: GED-layout CSV files written here (synthetic rows, see test/ingest/fixtures)
 * are streamed, imported by a job whose progress, totals and rejected rows are polled; a
 * 10 MB upload completes; an upload over the limit is a 413 that leaves the store and the
 * temporary directory as they were; a document is ingested; bad input names its field. The
 * brief is served as HTML (with its own CSP), Markdown, DOCX and PDF (when chromium is here;
 * under CI a missing chromium fails). An upload and a refused one also run on PostgreSQL.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, htmlToPdf } from '../../src/app/brief.ts';
import { parseMegabytes } from '../../src/cli/commands/serve.ts';
import { httpStatusFor, ServiceUnavailableError, ValidationError } from '../../src/errors.ts';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { createApp } from '../../src/server/index.ts';
import type { UploadJob } from '../../src/server/uploads/jobs.ts';
import { safeFileName } from '../../src/server/uploads/receive.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { GED_49, gedRow, writeCsv } from '../ingest/fixtures.ts';
import { describePostgres, probePostgres, ThrowAwaySchemas } from '../store/postgres-server.ts';

const CASE = pakistanTtp.case.id;
const MB = 1024 * 1024;

let dir: string;
let uploadDir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-uploads-'));
  uploadDir = join(dir, 'uploads');
  mkdirSync(uploadDir);
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  app = createApp({ store, maxUploadBytes: 12 * MB, uploadDir, webRoot: join(dir, 'no-web') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const errorOf = (body: unknown) =>
  (body as { error: { code: string; message: string; field?: string } }).error;

async function post(query: Record<string, string>, body: RequestInit['body'], on = app): Promise<Response> {
  return on.request(`/api/uploads?${new URLSearchParams(query).toString()}`, { method: 'POST', body });
}

/** Polls the job until it is done or failed (at most 100 s); every state seen on the way is kept. */
async function settle(id: string, on = app): Promise<{ job: UploadJob; seen: UploadJob[] }> {
  const seen: UploadJob[] = [];
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    const res = await on.request(`/api/uploads/${id}`);
    expect(res.status).toBe(200);
    const job = (await res.json()) as UploadJob;
    seen.push(job);
    if (job.state === 'done' || job.state === 'failed') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`upload ${id} did not finish`);
}

/** A GED-layout CSV of `count` synthetic rows (ids from `first`), as bytes. */
function gedFile(name: string, rows: Record<string, string>[]): Buffer {
  return readFileSync(writeCsv(join(dir, name), GED_49, rows));
}

const gedRows = (first: number, count: number, extra: Record<string, string> = {}) =>
  Array.from({ length: count }, (_, i) => {
    const id = String(first + i);
    return gedRow(id, { relid: `PAK-2014-1-857-${id}`, ...extra });
  });

describe('POST /api/uploads (datasets)', () => {
  it('imports a small GED-layout CSV (format detected), with progress and totals', async () => {
    const before = await store.countEvents({ caseId: CASE });
    const res = await post({ name: 'ged-small.csv', case: CASE }, gedFile('ged-small.csv', gedRows(1, 6)));
    expect(res.status).toBe(202);
    const queued = (await res.json()) as UploadJob;
    expect(queued).toMatchObject({ kind: 'dataset', format: 'auto', name: 'ged-small.csv', caseId: CASE });
    expect(['queued', 'running']).toContain(queued.state);
    const { job } = await settle(queued.id);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ state: 'done', format: 'ucdp-ged', rows: 6, imported: 6, rejected: 0 });
    expect(job.bytesRead).toBe(job.totalBytes);
    expect(job.rowsPerSecond).toBeGreaterThan(0);
    expect(await store.countEvents({ caseId: CASE })).toBe(before + 6);
    // The temporary file is gone once the job is over.
    expect(readdirSync(uploadDir)).toEqual([]);
    // Again: nothing changes.
    const again = await post(
      { name: 'ged-small.csv', dataset: 'ucdp-ged' },
      gedFile('ged-small.csv', gedRows(1, 6)),
    );
    const second = (await settle(((await again.json()) as UploadJob).id)).job;
    expect(second).toMatchObject({ state: 'done', imported: 0, unchanged: 6 });
  });

  it('reports rejected rows with their line and field', async () => {
    const rows = [...gedRows(101, 3), gedRow('104', { relid: 'PAK-2014-1-857-104', longitude: '200' })];
    const res = await post({ name: 'ged-bad.csv' }, gedFile('ged-bad.csv', rows));
    const { job } = await settle(((await res.json()) as UploadJob).id);
    expect(job).toMatchObject({ state: 'done', rows: 4, imported: 3, rejected: 1 });
    expect(job.rejections).toEqual([{ line: 5, field: 'longitude', reason: expect.stringContaining('200') }]);
  });

  it('completes a 10 MB upload, reporting progress while it runs', async () => {
    // Long source texts make each row about 2 kB, so 10 MB is some 5,000 rows.
    const padding = 'x'.repeat(1900);
    const rows = gedRows(10_000, 5200, { source_headline: padding });
    const bytes = gedFile('ged-10mb.csv', rows);
    expect(bytes.length).toBeGreaterThan(10 * MB);
    const res = await post({ name: 'ged-10mb.csv', case: CASE }, bytes);
    expect(res.status).toBe(202);
    const { job, seen } = await settle(((await res.json()) as UploadJob).id);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({
      state: 'done',
      bytes: bytes.length,
      rows: rows.length,
      imported: rows.length,
    });
    // The importer's own progress callback, seen part way.
    const partWay = seen.filter((s) => s.state === 'running' && s.rows > 0 && s.rows < rows.length);
    expect(partWay.length).toBeGreaterThan(0);
    expect(partWay.every((s) => s.bytesRead > 0 && s.bytesRead <= s.totalBytes)).toBe(true);
    expect(partWay.filter((s) => s.rows >= 1000).every((s) => s.rowsPerSecond > 0)).toBe(true);
  }, 120_000);

  it('answers an upload over the limit with 413, keeping nothing', async () => {
    const small = createApp({ store, maxUploadBytes: MB, uploadDir, webRoot: join(dir, 'no-web') });
    const before = await store.countEvents({});
    const bytes = gedFile('ged-big.csv', gedRows(50_000, 1200, { source_headline: 'y'.repeat(1900) }));
    expect(bytes.length).toBeGreaterThan(2 * MB);
    const res = await post({ name: 'ged-big.csv', case: CASE }, bytes, small);
    expect(res.status).toBe(413);
    const error = errorOf(await res.json());
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('1 MB');
    expect(readdirSync(uploadDir)).toEqual([]);
    // Declared too large by Content-Length: refused before reading.
    const declared = await small.request('/api/uploads?name=ged-big.csv', {
      method: 'POST',
      body: bytes,
      headers: { 'Content-Length': String(bytes.length) },
    });
    expect(declared.status).toBe(413);
    expect(await store.countEvents({})).toBe(before);
    expect(((await (await small.request('/api/uploads')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('names the field of bad input', async () => {
    const csv = gedFile('ged-one.csv', gedRows(900, 1));
    const cases: [Record<string, string>, RequestInit['body'], number, string][] = [
      [{ name: 'x.csv', dataset: 'ucdp-gedd' }, csv, 400, 'dataset'],
      [{ dataset: 'ucdp-ged' }, csv, 400, 'name'],
      [{ name: 'x.csv' }, null, 400, 'body'],
      [{ name: 'x.csv' }, new Uint8Array(0), 400, 'body'],
      [{ name: 'x.csv', encoding: 'latin-9' }, csv, 400, 'encoding'],
      [{ name: 'x.csv', colour: 'blue' }, csv, 400, 'colour'],
      [{ name: 'x.csv', case: 'Not A Slug' }, csv, 400, 'case'],
      [{ name: 'note.md', dataset: 'ucdp-ged' }, csv, 400, 'dataset'],
    ];
    for (const [query, body, status, field] of cases) {
      const res = await post(query, body);
      expect(res.status, JSON.stringify(query)).toBe(status);
      expect(errorOf(await res.json()).field, JSON.stringify(query)).toBe(field);
    }
    const unknownCase = await post({ name: 'x.csv', case: 'pakistan-tt' }, csv);
    expect(unknownCase.status).toBe(404);
    expect(readdirSync(uploadDir)).toEqual([]);
    expect((await app.request('/api/uploads/upload-00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect(errorOf(await (await app.request('/api/uploads/nope')).json()).field).toBe('id');
  });

  it('reports a file no importer reads as a failed job with the error', async () => {
    const res = await post({ name: 'mystery.csv' }, 'colour,shape\nred,round\n');
    const { job } = await settle(((await res.json()) as UploadJob).id);
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('validation');
    expect(job.error?.message).toMatch(/format|header/i);
  });
});

describe('--max-upload-mb', () => {
  it('takes a size in MB above 0, and names the flag otherwise', () => {
    expect(parseMegabytes('1024')).toBe(1024);
    expect(parseMegabytes('0.5')).toBe(0.5);
    for (const bad of ['0', '-1', 'ten', '']) {
      expect(() => parseMegabytes(bad)).toThrow(ValidationError);
      expect(() => parseMegabytes(bad)).toThrow(/--max-upload-mb/);
    }
  });
});

describe('file names', () => {
  it('keeps only a safe base name for the temporary file', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\data\\GEDEvent_v23_1.csv')).toBe('GEDEvent_v23_1.csv');
    expect(safeFileName('<script>alert(1)</script>.csv')).toBe('script_.csv');
    expect(safeFileName('my "ged" file<1>.csv')).toBe('my_ged_file_1_.csv');
    expect(safeFileName('..')).toBe('upload');
    expect(safeFileName('')).toBe('upload');
  });

  it('never writes outside its own temporary directory', async () => {
    const res = await post({ name: '../../escaped-ged.csv' }, gedFile('ged-escape.csv', gedRows(300, 1)));
    const { job } = await settle(((await res.json()) as UploadJob).id);
    expect(job).toMatchObject({ state: 'done', name: '../../escaped-ged.csv', imported: 1 });
    expect(existsSync(join(uploadDir, '..', 'escaped-ged.csv'))).toBe(false);
    expect(existsSync(join(dir, '..', 'escaped-ged.csv'))).toBe(false);
    expect(readdirSync(uploadDir)).toEqual([]);
  });
});

describe('POST /api/uploads (documents)', () => {
  it('ingests a Markdown document with its footnoted reference', async () => {
    const text = [
      '# A test note on talks',
      '',
      'Pakistan and the TTP held talks in Kabul on 2 May 2022.[1]',
      '',
      '[1] "Talks in Kabul", Test Wire, https://news.example/talks, (Date of Accession: 09.05.2022)',
      '',
    ].join('\n');
    const res = await post({ name: 'note.md', case: CASE, dateRef: '2022-05-09' }, text);
    expect(res.status).toBe(202);
    const { job } = await settle(((await res.json()) as UploadJob).id);
    expect(job.error).toBeNull();
    expect(job).toMatchObject({ state: 'done', kind: 'document', format: 'markdown' });
    expect(job.document?.title).toBe('A test note on talks');
    expect(job.document?.references).toBe(1);
    expect(job.imported).toBeGreaterThan(1);
    expect(await store.getSource(job.document!.sourceId)).toBeDefined();
  });
});

describe('GET /api/brief', () => {
  const query = `case=${CASE}&mediator=taliban-government&parties=pakistan-government,ttp&asOf=2023-05-09`;

  it('serves the HTML brief inline under a CSP of its own: inline styles, no script', async () => {
    const res = await app.request(`/api/brief?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('sandbox');
    expect(csp).not.toContain('script');
    const html = await res.text();
    expect(html).toContain('<style');
    expect(html).not.toContain('<script');
    expect(html).toMatch(
      /<h1>Can .* mediate between the Government of Pakistan and Tehrik-i-Taliban Pakistan/,
    );
    // Everything else keeps the strict policy.
    expect((await app.request('/api/cases')).headers.get('Content-Security-Policy')).not.toContain(
      'unsafe-inline',
    );
  }, 60_000);

  it('offers Markdown and DOCX as downloads', async () => {
    const md = await app.request(`/api/brief?${query}&format=md`);
    expect(md.headers.get('Content-Type')).toContain('text/markdown');
    expect(md.headers.get('Content-Disposition')).toBe(`attachment; filename="brief-${CASE}-2023-05-09.md"`);
    expect(await md.text()).toMatch(/\[\^?\d+\]/);
    const docx = await app.request(`/api/brief?${query}&format=docx`);
    expect(docx.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('Content-Disposition')).toContain('.docx"');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  }, 60_000);

  const noChromium = !existsSync(CHROMIUM_PATH) && process.env['CI'] === undefined;
  it.skipIf(noChromium)(
    'prints the PDF with chromium',
    async () => {
      const pdf = await app.request(`/api/brief?${query}&format=pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('%PDF');
    },
    60_000,
  );

  it('says PDF needs chromium (a 503) where chromium is missing', async () => {
    const missing = htmlToPdf('<p>x</p>', join(dir, 'no-chromium'));
    await expect(missing).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(missing).rejects.toThrow(/needs chromium/);
    expect(httpStatusFor(new ServiceUnavailableError('x'))).toBe(503);
  });

  it('names the field of bad input, through the typed client too', async () => {
    for (const [bad, field] of [
      [`${query}&format=odt`, 'format'],
      [`${query}&lang=xx`, 'lang'],
      [query.replace('asOf=2023-05-09', 'asOf=2023-13-01'), 'asOf'],
      [query.replace('parties=pakistan-government,ttp', 'parties=ttp'), 'parties'],
    ] as const) {
      const res = await app.request(`/api/brief?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(errorOf(await res.json()).field, bad).toBe(field);
    }
    const client = testClient(app);
    const res = await client.api.uploads[':id'].$get({ param: { id: 'upload-x' } });
    expect(res.status).toBe(400);
  });
});

describePostgres('uploads on PostgreSQL', await probePostgres(), () => {
  const schemas = new ThrowAwaySchemas();
  let pgStore: Store;
  let pgApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    pgStore = await schemas.open();
    await ensureBuiltinCases(pgStore);
    pgApp = createApp({ store: pgStore, maxUploadBytes: MB, uploadDir, webRoot: join(dir, 'no-web') });
  });
  afterAll(() => schemas.dropAll());

  it('imports an upload with its rejected row, and refuses one over the limit', async () => {
    const rows = [...gedRows(201, 2), gedRow('203', { relid: 'PAK-2014-1-857-203', latitude: '95' })];
    const res = await post({ name: 'ged-pg.csv', case: CASE }, gedFile('ged-pg.csv', rows), pgApp);
    expect(res.status).toBe(202);
    const { job } = await settle(((await res.json()) as UploadJob).id, pgApp);
    expect(job).toMatchObject({ state: 'done', rows: 3, imported: 2, rejected: 1 });
    expect(job.rejections[0]).toMatchObject({ line: 4, field: 'latitude' });
    const before = await pgStore.countEvents({});
    const big = gedFile('ged-pg-big.csv', gedRows(60_000, 700, { source_headline: 'z'.repeat(1900) }));
    expect((await post({ name: 'ged-pg-big.csv' }, big, pgApp)).status).toBe(413);
    expect(await pgStore.countEvents({})).toBe(before);
  });
});

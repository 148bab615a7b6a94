/**
 * `GET /api/profile` over the HTTP API (`app.request`) on a real SQLite file holding the
 * built-in case: the HTML profile is served inline under the brief's own CSP, in the language
 * asked for; Markdown and DOCX are downloads named after the case, the actor and the day; a
 * bad field is a 400 naming it, an unknown actor a 404 with the closest names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { createApp } from '../../src/server/index.ts';
import { BRIEF_HTML_CSP } from '../../src/server/routes/brief.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { docxText } from '../report/leak.ts';

const CASE = pakistanTtp.case.id;
let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-profile-api-'));
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  app = createApp({ store, uploadDir: join(dir, 'uploads'), webRoot: join(dir, 'no-web') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;

describe('GET /api/profile', () => {
  const query = `case=${CASE}&actor=ttp&asOf=2023-05-09`;

  it('serves the HTML profile inline under the brief’s CSP, in the language asked for', async () => {
    const en = await app.request(`/api/profile?${query}`);
    expect(en.status).toBe(200);
    expect(en.headers.get('Content-Type')).toContain('text/html');
    expect(en.headers.get('Content-Security-Policy')).toBe(BRIEF_HTML_CSP);
    const html = await en.text();
    expect(html).toContain('<h1>Profile: Tehrik-i-Taliban Pakistan</h1>');
    expect(html).not.toContain('<script');
    const tr = await (await app.request(`/api/profile?${query}&lang=tr`)).text();
    expect(tr).toContain('<h1>Aktör profili: Pakistan Talibanı</h1>');
    const ru = await (await app.request(`/api/profile?${query}&lang=ru`)).text();
    expect(ru).toContain('Профиль актора');
  }, 60_000);

  it('offers Markdown and DOCX as downloads named after the case, the actor and the day', async () => {
    const md = await app.request(`/api/profile?${query}&format=md`);
    expect(md.headers.get('Content-Type')).toContain('text/markdown');
    expect(md.headers.get('Content-Disposition')).toBe(
      `attachment; filename="profile-${CASE}-ttp-2023-05-09.md"`,
    );
    expect(await md.text()).toMatch(/\[\^\d+\]/);
    const docx = await app.request(
      `/api/profile?actor=Pakistan%20Talibanı&case=${CASE}&asOf=2023-05-09&format=docx&lang=ru`,
    );
    expect(docx.status).toBe(200);
    expect(docx.headers.get('Content-Disposition')).toContain('profile-pakistan-ttp-ttp-2023-05-09.docx');
    expect(docxText(Buffer.from(await docx.arrayBuffer()))).toContain('Профиль актора');
  }, 60_000);

  it('names the bad field, and says who was meant for an unknown actor', async () => {
    const lang = await app.request(`/api/profile?${query}&lang=de`);
    expect(lang.status).toBe(400);
    expect((await errorOf(lang)).field).toBe('lang');
    const missing = await app.request(`/api/profile?case=${CASE}`);
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).field).toBe('actor');
    const unknown = await app.request(`/api/profile?case=${CASE}&actor=Tehrik%20Talibn`);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toMatch(/Tehrik-i-Taliban Pakistan/);
  }, 60_000);
});

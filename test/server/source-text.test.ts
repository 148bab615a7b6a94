/**
 * `GET /api/sources/{id}` over the HTTP API on a real SQLite file: the default answer is the
 * source and its citations only; `text=1` adds the body `ingest` stored (null for a source
 * without one); a bad `text` value is a 400 naming the field; the OpenAPI document lists it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { ingestDocument, type IngestDocumentResult } from '../../src/app/ingest-document.ts';
import { createApp } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store, SourceText } from '../../src/store/store.ts';

const PAGE = [
  '<html><head><title>Envoys meet in Kabul</title><script>globalThis.__jirgaPwned = true</script></head>',
  '<body><p>Pakistani Foreign Minister Bilawal Bhutto Zardari met Taliban Foreign Minister Amir Khan Muttaqi',
  'in Kabul on May 30, 2023 &amp; talked.</p></body></html>',
].join('\n');

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let ingested: IngestDocumentResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-source-text-api-'));
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  const file = join(dir, 'envoys.html');
  writeFileSync(file, PAGE);
  ingested = await ingestDocument(store, { file });
  app = createApp({ store, uploadDir: join(dir, 'uploads'), webRoot: join(dir, 'no-web') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const path = (id: string) => `/api/sources/${encodeURIComponent(id)}`;

describe('GET /api/sources/{id}', () => {
  it('answers without the text by default', async () => {
    const res = await app.request(path(ingested.document.id));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['citations', 'source']);
    expect(await (await app.request(`${path(ingested.document.id)}?text=0`)).json()).toEqual(body);
  });

  it('adds the stored body with text=1, and its evidence offsets slice it', async () => {
    const res = await app.request(`${path(ingested.document.id)}?text=1`);
    expect(res.status).toBe(200);
    const { text } = (await res.json()) as { text: SourceText };
    expect(text).toEqual(await store.getSourceText(ingested.document.id));
    expect(text.body).toBe(ingested.body);
    expect(text.body).toContain('May 30, 2023 & talked.');
    expect(ingested.events.length).toBeGreaterThan(0);
    for (const event of ingested.events)
      for (const evidence of event.evidence)
        expect(text.body.slice(evidence.start!, evidence.end!)).toBe(evidence.quote);
  });

  it('answers text null for a source with no stored body, 400 for a bad value, 404 for an unknown id', async () => {
    const reference = (await store.listSources()).find((s) => !s.id.startsWith('doc:'));
    expect(reference).toBeDefined();
    const none = (await (await app.request(`${path(reference!.id)}?text=1`)).json()) as { text: unknown };
    expect(none.text).toBeNull();
    const bad = await app.request(`${path(ingested.document.id)}?text=yes`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { field?: string } }).error.field).toBe('text');
    expect((await app.request(`${path('no-such-source')}?text=1`)).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const names = doc.paths['/api/sources/{id}']!.get.parameters.map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(['path:id', 'query:text']);
    expect(Object.keys(doc.components.schemas.SourceWithCitations!.properties)).toContain('text');
    expect(doc.components.schemas.SourceText).toBeDefined();
  });
});

/**
 * The HTTP API in memory (`app.request`) over a real SQLite file holding the built-in case:
 * every endpoint, filters and pagination, bad input (400 naming the field), unknown items
 * (404), ETags (304), the OpenAPI document against the routes the app really has, the
 * reference page, the web app's static files and the security headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { Actor, Agreement, Case, Event, Negotiation, Relation, Source } from '../../src/model/index.ts';
import { OPERATIONS } from '../../src/server/reference/operations.ts';
import { createApp } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const CASE = pakistanTtp.case.id;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-api-'));
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>workbench</title>');
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  app = createApp({ store, webRoot: web });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function getJson(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; res: Response }> {
  const res = await app.request(path, init);
  return { status: res.status, body: await res.json(), res };
}

interface PageBody {
  items: unknown[];
  total: number;
  limit: number;
  offset: number;
}

const errorOf = (body: unknown) =>
  (body as { error: { code: string; message: string; field?: string } }).error;

describe('cases', () => {
  it('lists the cases and shows one at a glance', async () => {
    const list = await getJson('/api/cases');
    expect(list.status).toBe(200);
    const page = list.body as PageBody;
    expect(page.items.map((c) => Case.parse(c).id)).toContain(CASE);
    const one = await getJson(`/api/cases/${CASE}`);
    const overview = one.body as {
      case: unknown;
      counts: { events: number; sources: number };
      latestEvents: unknown[];
    };
    expect(Case.parse(overview.case).question).toContain('Can the Afghan Taliban mediate');
    expect(overview.counts.events).toBe(pakistanTtp.events.length);
    expect(overview.latestEvents.length).toBe(10);
  });

  it('answers an unknown case with 404 and close names', async () => {
    const { status, body } = await getJson('/api/cases/pakistan-tt');
    expect(status).toBe(404);
    expect(errorOf(body).code).toBe('not-found');
    expect((body as { error: { suggestions?: string[] } }).error.suggestions).toContain(CASE);
  });
});

describe('events', () => {
  it('lists the case’s events in PRODUCT.md’s shape, paged, with a total', async () => {
    const first = (await getJson(`/api/events?case=${CASE}&limit=10`)).body as PageBody;
    expect(first.total).toBe(pakistanTtp.events.length);
    expect(first.items).toHaveLength(10);
    for (const item of first.items) Event.parse(item);
    const second = (await getJson(`/api/events?case=${CASE}&limit=10&offset=10`)).body as PageBody;
    expect(second.offset).toBe(10);
    const ids = [...first.items, ...second.items].map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).toBe(20);
  });

  it('filters by date range, actor name, type and bounding box', async () => {
    const expected = pakistanTtp.events.filter(
      (e) =>
        e.date >= '2022-01-01' &&
        e.date <= '2023-06-30' &&
        e.type === 'ASSAULT' &&
        (e.sourceActors.includes('ttp') || e.targetActors.includes('ttp')),
    );
    const page = (
      await getJson(
        `/api/events?case=${CASE}&from=2022-01-01&to=2023-06-30&type=assault&actor=ttp&limit=1000`,
      )
    ).body as PageBody;
    expect(page.total).toBe(expected.length);
    expect(page.items.map((e) => (e as { id: string }).id).sort()).toEqual(expected.map((e) => e.id).sort());
    const box = [69, 32, 72, 35];
    const inBox = pakistanTtp.events.filter(
      (e) =>
        e.location.lon !== null &&
        e.location.lat !== null &&
        e.location.lon >= box[0]! &&
        e.location.lon <= box[2]! &&
        e.location.lat >= box[1]! &&
        e.location.lat <= box[3]!,
    );
    const boxed = (await getJson(`/api/events?case=${CASE}&bbox=${box.join(',')}&limit=1000`))
      .body as PageBody;
    expect(boxed.total).toBe(inBox.length);
    expect(inBox.length).toBeGreaterThan(0);
  });

  it('accepts several actors, comma-separated or repeated, by id or name', async () => {
    const a = (await getJson(`/api/events?case=${CASE}&actor=ttp,pakistan-army`)).body as PageBody;
    const b = (await getJson(`/api/events?case=${CASE}&actor=ttp&actor=pakistan-army`)).body as PageBody;
    expect(a.total).toBe(b.total);
    expect(a.total).toBeGreaterThan(0);
  });

  it.each([
    ['from=2022-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['from=2023-01-01&to=2022-01-01', 'to'],
    ['type=BOMB', 'type'],
    ['limit=0', 'limit'],
    ['limit=5000', 'limit'],
    ['offset=-1', 'offset'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=0,50,10,40', 'bbox'],
    ['case=Not%20A%20Slug', 'case'],
    ['colour=red', 'colour'],
  ])('rejects %s with 400 naming %s', async (query, field) => {
    const { status, body } = await getJson(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe('validation');
    expect(errorOf(body).field).toBe(field);
    expect(errorOf(body).message).toContain(field);
  });

  it('returns one event, and 404 for an unknown one', async () => {
    const event = pakistanTtp.events[0]!;
    const { status, body } = await getJson(`/api/events/${event.id}`);
    expect(status).toBe(200);
    expect(Event.parse(body).id).toBe(event.id);
    expect((await app.request('/api/events/ev-none')).status).toBe(404);
    expect((await getJson(`/api/events?actor=nobody-at-all`)).status).toBe(404);
  });
});

describe('the other lists', () => {
  it.each([
    ['actors', Actor, pakistanTtp.actors.length],
    ['relations', Relation, pakistanTtp.relations.length],
    ['agreements', Agreement, pakistanTtp.agreements.length],
    ['negotiations', Negotiation, pakistanTtp.negotiations.length],
    ['sources', Source, pakistanTtp.sources.length],
  ] as const)('lists %s of the case in the model’s shape', async (kind, schema, count) => {
    const page = (await getJson(`/api/${kind}?case=${CASE}&limit=1000`)).body as PageBody;
    expect(page.total).toBe(count);
    for (const item of page.items) schema.parse(item);
    const small = (await getJson(`/api/${kind}?case=${CASE}&limit=2&offset=1`)).body as PageBody;
    expect(small.items).toEqual(page.items.slice(1, 3));
  });

  it('filters actors by kind and relations by actor', async () => {
    const people = (await getJson(`/api/actors?case=${CASE}&kind=person&limit=1000`)).body as PageBody;
    expect(people.total).toBe(pakistanTtp.actors.filter((a) => a.kind === 'person').length);
    expect((await getJson('/api/actors?kind=wizard')).status).toBe(400);
    const ttp = (await getJson(`/api/relations?case=${CASE}&actor=ttp&limit=1000`)).body as PageBody;
    const expected = pakistanTtp.relations.filter(
      (r) => r.subjectId === 'ttp' || r.objectId === 'ttp' || r.secondObjectId === 'ttp',
    );
    expect(ttp.total).toBe(expected.length);
  });

  it('returns one item of each kind by id', async () => {
    for (const [kind, id] of [
      ['actors', 'ttp'],
      ['relations', pakistanTtp.relations[0]!.id],
      ['agreements', pakistanTtp.agreements[0]!.id],
      ['negotiations', pakistanTtp.negotiations[0]!.id],
    ] as const) {
      const { status, body } = await getJson(`/api/${kind}/${id}`);
      expect(status, kind).toBe(200);
      expect((body as { id: string }).id).toBe(id);
      expect((await app.request(`/api/${kind}/no-such-item`)).status, kind).toBe(404);
    }
  });

  it('returns a source with what it cites', async () => {
    const citing = pakistanTtp.citations[0]!;
    const { body } = await getJson(`/api/sources/${citing.fromSourceId}`);
    const result = body as { source: unknown; citations: { toSourceId: string }[] };
    expect(Source.parse(result.source).id).toBe(citing.fromSourceId);
    expect(result.citations.map((c) => c.toSourceId)).toContain(citing.toSourceId);
  });
});

describe('network and assessment (over src/app/network.ts and src/app/assess.ts)', () => {
  it('returns the actor network of a window as graphology JSON', async () => {
    const { status, body } = await getJson(`/api/network?case=${CASE}&from=2021-01-01&to=2023-12-31`);
    expect(status).toBe(200);
    const graph = body as { nodes: { key: string }[]; edges: unknown[] };
    expect(graph.nodes.map((n) => n.key)).toContain('ttp');
    expect(graph.edges.length).toBeGreaterThan(0);
    const bad = await getJson(`/api/network?case=${CASE}&from=2024-01-01&to=2023-01-01`);
    expect(errorOf(bad.body).field).toBe('to');
    expect(errorOf((await getJson(`/api/network?case=${CASE}&to=2023-01-01`)).body).field).toBe('from');
  });

  it('assesses a mediator between two parties, and rejects a third party', async () => {
    const { status, body } = await getJson(
      `/api/assessment?case=${CASE}&mediator=taliban-government&parties=pakistan-government,ttp&asOf=2023-05-31`,
    );
    expect(status).toBe(200);
    expect((body as { assessment: unknown }).assessment).toBeDefined();
    const three = await getJson(
      `/api/assessment?case=${CASE}&mediator=taliban-government&parties=pakistan-government,ttp,china&asOf=2023-05-31`,
    );
    expect(three.status).toBe(400);
    expect(errorOf(three.body).field).toBe('parties');
  });
});

describe('simulate', () => {
  const post = (body: unknown, type = 'application/json') =>
    app.request('/api/simulate', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('runs a built-in scenario with Monte Carlo', async () => {
    const res = await post({ scenario: 'pakistan-ttp/ttp-demands', runs: 5 });
    expect(res.status).toBe(200);
    const result = (await res.json()) as {
      scenario: { caseId: string };
      rounds: unknown[];
      monteCarlo?: unknown;
    };
    expect(result.scenario.caseId).toBe(CASE);
    expect(result.rounds.length).toBeGreaterThan(0);
    expect(result.monteCarlo).toBeDefined();
  });

  it('rejects bad bodies, file paths and unknown scenarios', async () => {
    expect((await post('{not json')).status).toBe(400);
    const missing = await post({});
    expect(missing.status).toBe(400);
    expect(errorOf(await missing.json()).field).toBe('scenario');
    const path = await post({ scenario: '/etc/passwd' });
    expect(path.status).toBe(400);
    const extra = await post({ scenario: 'pakistan-ttp/ttp-demands', input: '/etc/passwd' });
    expect(errorOf(await extra.json()).field).toBe('input');
    expect((await post({ scenario: 'pakistan-ttp/no-such' })).status).toBe(404);
    expect((await post({ scenario: 'pakistan-ttp/ttp-demands', runs: 0 })).status).toBe(400);
  });
});

describe('HTTP behaviour', () => {
  it('sends ETags and answers If-None-Match with 304', async () => {
    const first = await app.request(`/api/events?case=${CASE}&limit=5`);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await app.request(`/api/events?case=${CASE}&limit=5`, {
      headers: { 'If-None-Match': tag! },
    });
    expect(again.status).toBe(304);
    const other = await app.request(`/api/events?case=${CASE}&limit=6`, {
      headers: { 'If-None-Match': tag! },
    });
    expect(other.status).toBe(200);
  });

  it('sends a strict Content-Security-Policy', async () => {
    const res = await app.request('/');
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    expect(status).toBe(404);
    expect(errorOf(body).code).toBe('not-found');
  });

  it('works through the typed client', async () => {
    const client = testClient(app);
    const res = await client.api.events.$get({ query: { case: CASE, type: 'ASSAULT', limit: '3' } });
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page.items.every((e) => e.type === 'ASSAULT')).toBe(true);
  });
});

describe('reference and web app', () => {
  it('describes every API route in the OpenAPI document, and nothing else', async () => {
    const doc = (await getJson('/api/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .filter((r) => !['/api/openapi.json', '/api/docs', '/api/docs.css'].includes(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`);
    expect([...new Set(served)].sort()).toEqual(documented);
    expect(OPERATIONS.length).toBe(documented.length);
    for (const name of ['Event', 'Relation', 'Source', 'Evidence', 'EventPage', 'Error', 'SimulateRequest']) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/(\w+)/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').at(-1)!], ref).toBeDefined();
  });

  it('serves a readable reference page without scripts', async () => {
    const res = await app.request('/api/docs');
    const html = await res.text();
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(html).toContain('/api/events');
    expect(html).not.toContain('<script');
    expect((await app.request('/api/docs.css')).headers.get('Content-Type')).toContain('text/css');
  });

  it('serves the web app, its assets and client-side routes, never files outside its root', async () => {
    const index = await app.request('/');
    expect(await index.text()).toContain('<title>workbench</title>');
    const asset = await app.request('/assets/app-1234.js');
    expect(asset.headers.get('Content-Type')).toContain('text/javascript');
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    expect(await (await app.request('/timeline')).text()).toContain('<title>workbench</title>');
    expect((await app.request('/missing.js')).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await app.request(path);
      expect(await res.text(), path).not.toContain('outside the root');
    }
  });

  it('says so when the web app is not built', async () => {
    const bare = createApp({ store, webRoot: join(dir, 'no-web') });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('has not been built');
  });
});

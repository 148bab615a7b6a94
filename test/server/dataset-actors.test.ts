/**
 * `/api/dataset-actors`: the names a GED import of our own left unresolved, with why, and
 * linking one to a registry actor (stored events take it at once; the name leaves the list);
 * bad bodies name the field, an unknown actor is a 404 with the closest names; the link is
 * audited under X-Analyst and undone through the audit routes, the name listed again.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import { createApp } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { GED_49, gedRow, INGEST_ACTORS, tempDir, writeCsv } from '../ingest/fixtures.ts';

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const dir = tempDir();
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await store.putActors([...INGEST_ACTORS]);
  const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
    gedRow('1', { side_b: 'Front of the Valley', side_b_new_id: '9901' }),
    gedRow('2', { side_b: 'Front of the Valley', side_b_new_id: '9901' }),
  ]);
  await importDataset(store, { format: 'ucdp-ged', file });
  app = createApp({ store });
});
afterAll(async () => {
  await store.close();
});

interface Unresolved {
  items: { dataset: string; name: string; externalId: string | null; items: number; why: string }[];
}

async function unresolved(): Promise<Unresolved['items']> {
  const res = await app.request('/api/dataset-actors/unresolved?dataset=ucdp-ged');
  expect(res.status).toBe(200);
  return ((await res.json()) as Unresolved).items;
}

const post = (body: unknown) =>
  app.request('/api/dataset-actors/links', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Analyst': 'Dana' },
    body: JSON.stringify(body),
  });

let linkEntry: number;

describe('/api/dataset-actors', () => {
  it('lists the unresolved names with how many items carry them and why', async () => {
    const front = (await unresolved()).find((n) => n.name === 'Front of the Valley');
    expect(front).toMatchObject({ dataset: 'ucdp-ged', externalId: '9901', items: 2 });
    expect(front?.why).toMatch(/^no registry actor has this name or id/);
  });

  it('refuses a bad body naming the field, and an unknown actor with the closest names', async () => {
    const empty = await post({ name: ' ', actor: 'ttp' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { field?: string } }).error.field).toBe('name');
    const unknown = await post({ name: 'Front of the Valley', actor: 'Tehrik-i-Talibon' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/Taliban/);
  });

  it('links a name: stored events take the actor and the name leaves the list', async () => {
    const res = await post({ name: 'Front of the Valley', actor: 'ttp', dataset: 'ucdp-ged' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { audit: { id: number } };
    expect(body).toMatchObject({
      actorId: 'ttp',
      dataset: 'ucdp-ged',
      items: 2,
      eventsUpdated: 2,
      audit: { who: 'Dana', kind: 'actor-link', itemId: 'ucdp-ged:Front of the Valley', action: 'link' },
    });
    linkEntry = body.audit.id;
    expect((await store.getEvent('ucdp-ged:1'))?.targetActors).toContain('ttp');
    expect((await unresolved()).some((n) => n.name === 'Front of the Valley')).toBe(false);
  });

  it('undoes the link through the audit routes: the events lose the actor, the name is listed again', async () => {
    const group = await app.request(`/api/audit/${linkEntry}`);
    const parts = ((await group.json()) as { parts: { itemId: string; who: string }[] }).parts;
    expect(parts.map((p) => [p.itemId, p.who])).toEqual([
      ['ucdp-ged:1', 'Dana'],
      ['ucdp-ged:2', 'Dana'],
    ]);
    const res = await app.request(`/api/audit/${linkEntry}/undo`, {
      method: 'POST',
      headers: { 'X-Analyst': 'Dana' },
    });
    expect(res.status).toBe(200);
    expect((await store.getEvent('ucdp-ged:1'))?.targetActors).not.toContain('ttp');
    expect((await unresolved()).find((n) => n.name === 'Front of the Valley')).toMatchObject({ items: 2 });
    expect(await store.listDatasetActorLinks('ucdp-ged')).toEqual([]);
  });
});

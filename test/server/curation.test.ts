/**
 * Curation through the HTTP API over a real SQLite file holding the built-in case: a round
 * trip (create, edit, review, undo) with its audit entries; two analysts editing one item at
 * once (the second gets a 409 naming the item and its version, and nothing is lost); bad
 * input naming the field; grading a source; merging two actors and two incidents, with
 * counts before and after, and undoing a merge.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltinCases } from '../../src/app/builtin-cases.ts';
import { eventStats } from '../../src/app/stats.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import type { Event } from '../../src/model/index.ts';
import { createApp } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { AuditEntry, Store } from '../../src/store/store.ts';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const CASE = pakistanTtp.case.id;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-curation-'));
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await ensureBuiltinCases(store);
  app = createApp({ store });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  body: Record<string, unknown>;
  res: Response;
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, res };
}

const errorOf = (reply: Reply) => reply.body.error as { code: string; message: string; field?: string };
const auditOf = (reply: Reply) => reply.body.audit as AuditEntry[];
const template = pakistanTtp.events.find((e) => e.location.lat !== null && e.fatalities.best !== null)!;

/** A new curated draft event made from a built-in one. */
function newEvent(id: string, over: Partial<Event> = {}): Event {
  return {
    ...template,
    id,
    origin: 'curated',
    status: 'draft',
    incidentId: null,
    summary: `draft ${id}`,
    ...over,
  };
}

describe('a curation round trip', () => {
  it('creates, edits, reviews and undoes an event, each change audited with who, before and after', async () => {
    const id = 'curated:round-trip';
    const created = await call('POST', '/api/events', newEvent(id), { 'X-Analyst': 'Amina' });
    expect(created.status).toBe(201);
    expect(created.res.headers.get('ETag')).toBe('"1"');
    expect(created.body.version).toBe(1);
    expect((created.body.audit as AuditEntry).action).toBe('create');
    expect((await call('GET', `/api/events/${id}`)).body.summary).toBe(`draft ${id}`);

    const edited = await call('PUT', `/api/events/${id}`, newEvent(id, { summary: 'edited' }), {
      'If-Match': created.res.headers.get('ETag')!,
      'X-Analyst': 'Amina',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);

    const reviewed = await call(
      'POST',
      '/api/review',
      { items: [{ kind: 'event', id, version: 2 }], status: 'reviewed' },
      { 'X-Analyst': 'Bora' },
    );
    expect(reviewed.status).toBe(200);
    const [review] = auditOf(reviewed);
    expect((await store.getEvent(id))?.status).toBe('reviewed');

    const history = await call('GET', `/api/audit?item=event:${id}`);
    const entries = history.body.entries as AuditEntry[];
    expect(entries.map((e) => [e.action, e.who, e.version])).toEqual([
      ['create', 'Amina', 1],
      ['update', 'Amina', 2],
      ['review', 'Bora', 3],
    ]);
    expect(entries[0]!.before).toBeNull();
    expect((entries[1]!.before as Event).summary).toBe(`draft ${id}`);
    expect((entries[1]!.after as Event).summary).toBe('edited');
    expect(history.body.version).toBe(3);

    const undone = await call('POST', `/api/audit/${review!.id}/undo`);
    expect(undone.status).toBe(200);
    const [undo] = auditOf(undone);
    expect(undo).toMatchObject({ action: 'undo', undoes: review!.id, who: 'analyst', version: 4 });
    expect((await store.getEvent(id))?.status).toBe('draft');
    expect((await store.getEvent(id))?.summary).toBe('edited');

    // Undoing the same entry again would overwrite the undo: refused.
    const again = await call('POST', `/api/audit/${review!.id}/undo`);
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toContain(`event '${id}' has changed since audit entry ${review!.id}`);

    // Undoing the creation deletes the event; undoing that brings it back as it was.
    const latest = (await call('GET', `/api/audit?item=event:${id}`)).body.entries as AuditEntry[];
    expect(latest).toHaveLength(4);
    const deleted = await call('DELETE', `/api/events/${id}`, undefined, { 'If-Match': '"4"' });
    expect(deleted.status).toBe(200);
    expect((await call('GET', `/api/events/${id}`)).status).toBe(404);
    await call('POST', `/api/audit/${auditOf(deleted)[0]!.id}/undo`);
    expect((await store.getEvent(id))?.summary).toBe('edited');
  });

  it('shows a change made outside curation in the history as not yet recorded, writing nothing', async () => {
    const id = 'curated:outside';
    const created = await call('POST', '/api/events', newEvent(id), { 'X-Analyst': 'Amina' });
    expect(created.status).toBe(201);
    const before = (await call('GET', `/api/audit?item=event:${id}`)).res.headers.get('ETag')!;
    expect(before).toBe('"1"');
    // Written straight to the store, as an import or an ingest writes, without the audit log.
    await store.putEvents([newEvent(id, { summary: 'rewritten by an import' })]);
    const logged = (await store.listAudit({ kind: 'event', itemId: id })).length;

    const read = async () => {
      const history = await call('GET', `/api/audit?item=event:${id}`);
      expect(history.status).toBe(200);
      return history;
    };
    const first = await read();
    const entries = first.body.entries as Record<string, unknown>[];
    expect(entries.map((e) => [e.action, e.id === null, e.version])).toEqual([
      ['create', false, 1],
      ['external', true, 1],
    ]);
    expect(entries[1]).toMatchObject({ recorded: false, who: 'outside curation', kind: 'event', itemId: id });
    expect((entries[1]!.before as Event).summary).toBe(`draft ${id}`);
    expect((entries[1]!.after as Event).summary).toBe('rewritten by an import');
    expect(entries[0]!.recorded).toBeUndefined();
    expect(first.body.version).toBe(1);
    // A history cached before the change is not answered 304: the tag moves, the version does not.
    const tag = first.res.headers.get('ETag')!;
    expect(tag).toMatch(/^"1-outside-[0-9a-f]{16}"$/);
    const revalidated = await app.request(`/api/audit?item=event:${id}`, {
      headers: { 'If-None-Match': before },
    });
    expect(revalidated.status).toBe(200);
    const unchanged = await app.request(`/api/audit?item=event:${id}`, { headers: { 'If-None-Match': tag } });
    expect(unchanged.status).toBe(304);
    // Reading again shows it again and still records nothing.
    expect(((await read()).body.entries as unknown[]).length).toBe(2);
    expect(await store.listAudit({ kind: 'event', itemId: id })).toHaveLength(logged);
    expect(await store.getItemVersion('event', id)).toBe(1);

    // The next change records it; the history then holds it as an entry like any other.
    const stale = await call('PUT', `/api/events/${id}`, newEvent(id, { summary: 'mine' }), {
      'If-Match': tag,
    });
    expect(stale.status).toBe(409);
    const after = (await read()).body.entries as Record<string, unknown>[];
    expect(after.map((e) => [e.action, typeof e.id, e.version, e.recorded])).toEqual([
      ['create', 'number', 1, undefined],
      ['external', 'number', 2, undefined],
    ]);
  });

  it('refuses to create an item whose id is taken', async () => {
    const taken = await call('POST', '/api/events', { ...template });
    expect(taken.status).toBe(409);
    expect(errorOf(taken).message).toContain(`event '${template.id}' exists already`);
  });

  it('reviews many items at once, or none when one is stale', async () => {
    const queue = await call('GET', `/api/review?case=${CASE}&kind=relation`);
    const drafts = (queue.body.items as { kind: string; item: { id: string; status: string } }[]).slice(0, 2);
    expect(drafts.length).toBe(2);
    expect(drafts.every((d) => d.kind === 'relation' && d.item.status === 'draft')).toBe(true);
    const stale = await call('POST', '/api/review', {
      items: [
        { kind: 'relation', id: drafts[0]!.item.id },
        { kind: 'relation', id: drafts[1]!.item.id, version: 7 },
      ],
      status: 'disputed',
    });
    expect(stale.status).toBe(409);
    expect((await store.getRelation(drafts[0]!.item.id))?.status).toBe('draft');
    const bulk = await call('POST', '/api/review', {
      items: drafts.map((d) => ({ kind: 'relation', id: d.item.id })),
      status: 'disputed',
    });
    expect(auditOf(bulk).map((e) => [e.itemId, e.action])).toEqual(drafts.map((d) => [d.item.id, 'review']));
    const after = (await call('GET', `/api/review?case=${CASE}&kind=relation`)).body.items as unknown[];
    expect(after.length).toBe((queue.body.items as unknown[]).length - 2);
  });
});

describe('concurrent edits of one item', () => {
  it('lets the first writer win and gives the second a 409 naming the item and version; nothing is lost', async () => {
    const id = 'curated:contested';
    await call('POST', '/api/events', newEvent(id));
    const [a, b] = await Promise.all([
      call('PUT', `/api/events/${id}`, newEvent(id, { summary: 'by A' }), {
        'If-Match': '"1"',
        'X-Analyst': 'A',
      }),
      call('PUT', `/api/events/${id}`, newEvent(id, { summary: 'by B' }), {
        'If-Match': '"1"',
        'X-Analyst': 'B',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    const winnerSummary = (winner.body.item as Event).summary!;
    expect(errorOf(loser).code).toBe('conflict');
    expect(errorOf(loser).message).toContain(`event '${id}' is at version 2, not 1`);
    expect((await store.getEvent(id))?.summary).toBe(winnerSummary);

    // The loser reloads the version and applies the change again: both edits are in the log.
    const history = await call('GET', `/api/audit?item=event:${id}`);
    const retry = await call('PUT', `/api/events/${id}`, newEvent(id, { summary: 'again' }), {
      'If-Match': history.res.headers.get('ETag')!,
    });
    expect(retry.status).toBe(200);
    const entries = (await call('GET', `/api/audit?item=event:${id}`)).body.entries as AuditEntry[];
    expect(entries.map((e) => (e.after as Event).summary)).toEqual([`draft ${id}`, winnerSummary, 'again']);
  });
});

describe('bad input', () => {
  it('names the field at fault', async () => {
    const cases: [Reply, string][] = [
      [
        await call(
          'POST',
          '/api/events',
          newEvent('curated:bad', { location: { ...template.location, lat: 200 } }),
        ),
        'location.lat',
      ],
      [await call('PUT', `/api/events/${template.id}`, template), 'If-Match'],
      [
        await call('PUT', `/api/events/${template.id}`, { ...template, id: 'other' }, { 'If-Match': '"0"' }),
        'id',
      ],
      [
        await call('POST', '/api/review', {
          items: [{ kind: 'event', id: template.id }],
          status: 'approved',
        }),
        'status',
      ],
      [
        await call('POST', '/api/review', { items: [{ kind: 'actor', id: 'ttp' }], status: 'reviewed' }),
        'items.0.kind',
      ],
      [
        await call('POST', '/api/review', {
          items: [
            { kind: 'event', id: template.id },
            { kind: 'event', id: template.id },
          ],
          status: 'reviewed',
        }),
        'items.1.id',
      ],
      [await call('GET', '/api/audit?item=nonsense'), 'item'],
      [
        await call('PUT', `/api/sources/${pakistanTtp.sources[0]!.id}/grade`, {
          reliability: 'G',
          credibility: 2,
        }),
        'reliability',
      ],
      [await call('POST', '/api/actors/merge', { into: 'ttp' }), 'merged'],
      [await call('PUT', `/api/events/${template.id}`, template, { 'If-Match': 'soon' }), 'If-Match'],
    ];
    for (const [reply, field] of cases) {
      expect(reply.status, field).toBe(400);
      expect(errorOf(reply).field, field).toBe(field);
    }
  });

  it('answers unknown items and audit entries with 404', async () => {
    expect(
      (await call('PUT', '/api/events/nope', { ...template, id: 'nope' }, { 'If-Match': '"0"' })).status,
    ).toBe(404);
    expect((await call('POST', '/api/audit/999999/undo')).status).toBe(404);
  });
});

describe('grading a source', () => {
  it('records the Admiralty grade and the note, audited', async () => {
    const source = pakistanTtp.sources[0]!;
    const graded = await call(
      'PUT',
      `/api/sources/${source.id}/grade`,
      { reliability: 'B', credibility: 2, note: 'Established outlet; confirmed by a second report.' },
      { 'X-Analyst': 'Amina' },
    );
    expect(graded.status).toBe(200);
    const stored = await store.getSource(source.id);
    expect(stored).toMatchObject({
      reliability: 'B',
      credibility: 2,
      gradingNote: 'Established outlet; confirmed by a second report.',
    });
    const entry = graded.body.audit as AuditEntry;
    expect((entry.before as { reliability: unknown }).reliability).toBe(source.reliability);
  });
});

describe('merges', () => {
  it('merges a duplicate actor: references rewritten, its id kept as an alias, counts checked, undoable', async () => {
    const ttp = pakistanTtp.actors.find((a) => a.id === 'ttp')!;
    const dup = {
      ...ttp,
      id: 'ttp-duplicate',
      name: 'TTP (duplicate entry)',
      aliases: { en: ['Tehrik-i-Taliban dup'] },
    };
    expect((await call('POST', '/api/actors', dup)).status).toBe(201);
    const other = template.targetActors[0] === 'ttp' ? template.sourceActors[0]! : template.targetActors[0]!;
    await call(
      'POST',
      '/api/events',
      newEvent('curated:dup-1', { sourceActors: ['ttp-duplicate'], targetActors: [other] }),
    );
    await call(
      'POST',
      '/api/events',
      newEvent('curated:dup-2', { sourceActors: ['ttp-duplicate', 'ttp'], targetActors: [other] }),
    );
    const withTtp = await store.countEvents({ actorIds: ['ttp'] });
    const actors = (await store.listActors()).length;

    const merged = await call(
      'POST',
      '/api/actors/merge',
      { into: 'ttp', merged: 'ttp-duplicate' },
      { 'X-Analyst': 'Amina' },
    );
    expect(merged.status).toBe(200);
    const entries = auditOf(merged);
    expect(entries[0]).toMatchObject({
      kind: 'actor',
      itemId: 'ttp-duplicate',
      action: 'merge',
      after: null,
      partOf: null,
    });
    expect(entries.slice(1).every((e) => e.partOf === entries[0]!.id)).toBe(true);
    expect((await store.listActors()).length).toBe(actors - 1);
    expect(await store.countEvents({ actorIds: ['ttp-duplicate'] })).toBe(0);
    expect(await store.countEvents({ actorIds: ['ttp'] })).toBe(withTtp + 1);
    expect((await store.getEvent('curated:dup-2'))?.sourceActors).toEqual(['ttp']);
    const kept = await store.getActor('ttp');
    expect(kept?.aliases.en).toEqual(
      expect.arrayContaining(['ttp-duplicate', 'TTP (duplicate entry)', 'Tehrik-i-Taliban dup']),
    );
    // The old id still resolves, to the actor kept.
    const byOldId = await call('GET', `/api/events?actor=ttp-duplicate&limit=1000`);
    expect(byOldId.body.total).toBe(withTtp + 1);

    // The merge's head entry lists what it changed; a part lists nothing, and names its head.
    const group = await call('GET', `/api/audit/${entries[0]!.id}`);
    expect(group.status).toBe(200);
    expect(group.body.entry).toEqual(entries[0]);
    expect(group.body.parts).toEqual(entries.slice(1));
    const part = await call('GET', `/api/audit/${entries[1]!.id}`);
    expect(part.body).toEqual({ entry: entries[1], parts: [] });
    expect((await call('GET', '/api/audit/999999')).status).toBe(404);

    const undone = await call('POST', `/api/audit/${entries[0]!.id}/undo`);
    expect(auditOf(undone)).toHaveLength(entries.length);
    expect(await store.getActor('ttp')).toEqual(ttp);
    expect((await store.listActors()).length).toBe(actors);
    expect((await store.getEvent('curated:dup-2'))?.sourceActors).toEqual(['ttp-duplicate', 'ttp']);
    expect(await store.countEvents({ actorIds: ['ttp-duplicate'] })).toBe(2);
  });

  it('merges two events into one incident: both keep their evidence, statistics count it once', async () => {
    const a = newEvent('curated:incident-a', {
      date: '2023-03-03',
      status: 'reviewed',
      fatalities: { low: 4, best: 5, high: 6 },
    });
    const b = newEvent('curated:incident-b', {
      date: '2023-03-03',
      status: 'reviewed',
      fatalities: { low: 5, best: 6, high: 6 },
      evidence: [pakistanTtp.events[1]!.evidence[0]!],
    });
    await call('POST', '/api/events', a);
    await call('POST', '/api/events', b);
    const march = async () =>
      (await eventStats(store, { caseId: CASE, by: ['month'], from: '2023-03-01', to: '2023-03-31' }))[0]!;
    const before = await march();

    const merged = await call('POST', '/api/events/merge', { events: [a.id, b.id] });
    expect(merged.status).toBe(200);
    const [first, second] = [await store.getEvent(a.id), await store.getEvent(b.id)];
    expect(first?.incidentId).not.toBeNull();
    expect(first?.incidentId).toBe(second?.incidentId);
    expect(first?.evidence).toEqual(a.evidence);
    expect(second?.evidence).toEqual(b.evidence);
    const after = await march();
    expect(after.events).toBe(before.events - 1);
    expect(after.fatalities_best).toBe(before.fatalities_best - 5);

    const again = await call('POST', '/api/events/merge', { events: [b.id, a.id] });
    expect(again.status).toBe(400);
    await call('POST', `/api/audit/${auditOf(merged)[0]!.id}/undo`);
    expect((await store.getEvent(b.id))?.incidentId).toBeNull();
    expect((await march()).events).toBe(before.events);
  });
});

describe('the typed client', () => {
  it('creates (linked to the case) and edits through hc routes', async () => {
    const client = testClient(app);
    const source = { ...pakistanTtp.sources[0]!, id: 'curated-source', title: 'A curated source' };
    const res = await client.api.sources.$post({ query: { case: CASE }, json: source });
    expect(res.status).toBe(201);
    expect((await store.listSources({ caseId: CASE })).map((s) => s.id)).toContain(source.id);
    const created = await res.json();
    if (!('version' in created)) throw new Error('expected a curated source');
    const edit = await client.api.sources[':id'].$put(
      { param: { id: source.id }, json: { ...source, title: 'Renamed' } },
      { headers: { 'If-Match': `"${created.version}"` } },
    );
    expect(edit.status).toBe(200);
    expect((await store.getSource(source.id))?.title).toBe('Renamed');
  });
});

describe("an actor's article and periods", () => {
  it('edits both, refuses a period without evidence or ending before it starts (naming the field), and undo restores them', async () => {
    const stored = (await store.getActor('afghan-republic-government'))!;
    expect(stored.definiteArticle).toBe(true);
    const version = async () =>
      (await call('GET', '/api/audit?item=actor:afghan-republic-government')).body.version as number;
    const put = async (body: unknown) =>
      call('PUT', '/api/actors/afghan-republic-government', body, {
        'If-Match': `"${await version()}"`,
        'X-Analyst': 'Amina',
      });
    const source = pakistanTtp.sources[0]!.id;

    const bare = await put({
      ...stored,
      periods: [...stored.periods!, { from: '2022-01-01', to: null, evidence: [] }],
    });
    expect(bare.status).toBe(400);
    expect(errorOf(bare).field).toBe('periods.1.evidence');
    const inverted = await put({
      ...stored,
      periods: [{ from: '2021-08-15', to: '2001-12-22', evidence: [{ sourceId: source }] }],
    });
    expect(inverted.status).toBe(400);
    expect(errorOf(inverted)).toMatchObject({ code: 'validation', field: 'periods.0.to' });
    expect(errorOf(inverted).message).toContain('before it starts');
    expect(await store.getActor('afghan-republic-government')).toEqual(stored);

    // The article left to the rule: the field is removed, not stored as false.
    const { definiteArticle: _article, ...unset } = stored;
    const added = { from: '2022-01-01', to: '2022-12-31', evidence: [{ sourceId: source }] };
    const edited = await put({ ...unset, periods: [...stored.periods!, added] });
    expect(edited.status).toBe(200);
    const after = (await store.getActor('afghan-republic-government'))!;
    expect('definiteArticle' in after).toBe(false);
    expect(after.periods).toEqual([...stored.periods!, added]);

    const entry = edited.body.audit as AuditEntry;
    expect(entry).toMatchObject({ action: 'update', who: 'Amina' });
    expect((await call('POST', `/api/audit/${entry.id}/undo`)).status).toBe(200);
    expect(await store.getActor('afghan-republic-government')).toEqual(stored);
  });
});

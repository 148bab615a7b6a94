/**
 * The events API at scale: keyset pages (`after`, each page's `next`) concatenate to the whole
 * list with no repeat and no gap, bad cursors are 400s naming `after`, the summary per month or
 * ISO week matches the events themselves, and cached totals and summaries follow a write. The
 * store is a real SQLite file built here: a case of its own with 257 events on a few days.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventSummary } from '../../src/analysis/event-summary.ts';
import type { Event } from '../../src/model/index.ts';
import { createApp } from '../../src/server/index.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import * as fx from '../store/fixtures.ts';

const CASE = 'paging-case';
const DAYS = ['2020-12-31', '2021-01-03', '2021-01-04', '2021-01-04', '2021-02-01', '2021-02-07'];
const TYPES = ['ASSAULT', 'CONSULT', 'COERCE', 'PROTEST'] as const;

const events: Event[] = Array.from({ length: 257 }, (_, i) =>
  fx.event({
    id: `page:${String((i * 101) % 257).padStart(3, '0')}`,
    date: DAYS[i % DAYS.length]!,
    type: TYPES[i % TYPES.length]!,
    sourceActors: [fx.actors[0]!.id],
    fatalities: { low: null, best: i % 5 === 0 ? null : i % 7, high: null },
    evidence: fx.events[0]!.evidence,
  }),
);

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jirga-event-pages-'));
  store = await openSqliteStore(join(dir, 'jirga.sqlite'));
  await store.putActors(fx.actors);
  await store.putSources(fx.sources);
  await store.putEvents(events);
  await store.putCase({
    ...fx.theCase,
    id: CASE,
    scope: { actors: [fx.actors[0]!.id], countries: [], from: null, to: null },
  });
  app = createApp({ store, webRoot: join(dir, 'no-web') });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface EventPageBody {
  items: Event[];
  total: number;
  next: string | null;
}

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

async function walk(query: string, limit: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const cursor: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
    const { status, body } = await get<EventPageBody>(`/api/events?${query}&limit=${limit}${cursor}`);
    expect(status).toBe(200);
    ids.push(...body.items.map((event) => event.id));
    totals.push(body.total);
    if (body.next === null) return { ids, totals };
    after = body.next;
  }
  throw new Error('the pages never ended');
}

describe('keyset pages of events', () => {
  it('concatenate to the whole list, in order, without repeats or gaps', async () => {
    const whole = (await store.listEvents({ caseId: CASE })).map((event) => event.id);
    expect(whole).toHaveLength(events.length);
    for (const limit of [1, 10, 64, 257, 1000]) {
      const { ids, totals } = await walk(`case=${CASE}`, limit);
      expect(ids).toEqual(whole);
      expect(new Set(totals)).toEqual(new Set([events.length]));
    }
    const filtered = await walk(`case=${CASE}&type=CONSULT,PROTEST&from=2021-01-04`, 7);
    const expected = (
      await store.listEvents({ caseId: CASE, types: ['CONSULT', 'PROTEST'], from: '2021-01-04' })
    ).map((event) => event.id);
    expect(filtered.ids).toEqual(expected);
    expect(filtered.totals[0]).toBe(expected.length);
  });

  it('agree with offset pages, which still work', async () => {
    const byOffset = await get<EventPageBody>(`/api/events?case=${CASE}&limit=20&offset=40`);
    const second = await get<EventPageBody>(`/api/events?case=${CASE}&limit=40`);
    const byCursor = await get<EventPageBody>(
      `/api/events?case=${CASE}&limit=20&after=${encodeURIComponent(second.body.next!)}`,
    );
    expect(byCursor.body.items.map((e) => e.id)).toEqual(byOffset.body.items.map((e) => e.id));
  });

  it('answer a bad cursor, or a cursor with an offset, with a 400 naming after', async () => {
    for (const bad of ['2021-01-04', 'yesterday,page:001', '2021-13-01,page:001', '2021-01-04,Not An Id']) {
      const { status, body } = await get<{ error: { code: string; field: string; message: string } }>(
        `/api/events?case=${CASE}&after=${encodeURIComponent(bad)}`,
      );
      expect(status, bad).toBe(400);
      expect(body.error.field, bad).toBe('after');
    }
    const both = await get<{ error: { field: string } }>(
      `/api/events?case=${CASE}&after=2021-01-04,page:001&offset=5`,
    );
    expect(both.status).toBe(400);
    expect(both.body.error.field).toBe('after');
  });
});

describe('the deadliest events first', () => {
  it('pages them by offset, and refuses a cursor or an unknown order naming the field', async () => {
    const expected = (await store.listEvents({ caseId: CASE, deadliestFirst: true })).map((e) => e.id);
    const first = await get<EventPageBody>(`/api/events?case=${CASE}&order=deadliest&limit=5`);
    const second = await get<EventPageBody>(`/api/events?case=${CASE}&order=deadliest&limit=5&offset=5`);
    expect([...first.body.items, ...second.body.items].map((e) => e.id)).toEqual(expected.slice(0, 10));
    expect(first.body.next).toBeNull();
    const deaths = first.body.items.map((e) => e.fatalities.best ?? -1);
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    const withCursor = await get<{ error: { field: string } }>(
      `/api/events?case=${CASE}&order=deadliest&after=2021-01-04,page:001`,
    );
    expect(withCursor.status).toBe(400);
    expect(withCursor.body.error.field).toBe('after');
    const unknown = await get<{ error: { field: string } }>(`/api/events?case=${CASE}&order=bloodiest`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('order');
  });
});

describe('event summary', () => {
  function expectedSummary(listed: Event[], keyOf: (date: string) => string) {
    const periods = new Map<
      string,
      { events: number; fatalitiesBest: number; byType: Record<string, number> }
    >();
    for (const event of listed) {
      const key = keyOf(event.date);
      const period = periods.get(key) ?? { events: 0, fatalitiesBest: 0, byType: {} };
      period.events += 1;
      period.fatalitiesBest += event.fatalities.best ?? 0;
      period.byType[event.type] = (period.byType[event.type] ?? 0) + 1;
      periods.set(key, period);
    }
    return [...periods.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => ({ key, ...value }));
  }

  it('counts events and deaths per month and per ISO week and type, as the events are', async () => {
    const listed = await store.listEvents({ caseId: CASE });
    const month = await get<EventSummary>(`/api/events/summary?case=${CASE}`);
    expect(month.status).toBe(200);
    expect(month.body.period).toBe('month');
    expect(month.body.periods).toEqual(expectedSummary(listed, (date) => date.slice(0, 7)));
    expect(month.body.totals.events).toBe(events.length);
    // 2020-12-31 is in 2020-W53, 2021-01-03 (a Sunday) too, 2021-01-04 starts 2021-W01.
    const isoWeek: Record<string, string> = {
      '2020-12-31': '2020-W53',
      '2021-01-03': '2020-W53',
      '2021-01-04': '2021-W01',
      '2021-02-01': '2021-W05',
      '2021-02-07': '2021-W05',
    };
    const week = await get<EventSummary>(`/api/events/summary?case=${CASE}&period=week&type=ASSAULT`);
    expect(week.body.periods).toEqual(
      expectedSummary(
        listed.filter((e) => e.type === 'ASSAULT'),
        (date) => isoWeek[date]!,
      ),
    );
  });

  it('rejects a bad period, and follows a write to the store (totals and summary alike)', async () => {
    const bad = await get<{ error: { field: string } }>(`/api/events/summary?case=${CASE}&period=year`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('period');
    const before = await get<EventSummary>(`/api/events/summary?case=${CASE}&from=2021-02-01`);
    const pageBefore = await get<EventPageBody>(`/api/events?case=${CASE}&from=2021-02-01&limit=1`);
    await store.putEvents([{ ...events[0]!, id: 'page:late', date: '2021-02-02' }]);
    const after = await get<EventSummary>(`/api/events/summary?case=${CASE}&from=2021-02-01`);
    const pageAfter = await get<EventPageBody>(`/api/events?case=${CASE}&from=2021-02-01&limit=1`);
    expect(after.body.totals.events).toBe(before.body.totals.events + 1);
    expect(pageAfter.body.total).toBe(pageBefore.body.total + 1);
  });

  it('follows a write by another connection to the same file, as the CLI would make', async () => {
    const query = `/api/events?case=${CASE}&type=PROTEST&limit=1`;
    const before = await get<EventPageBody>(query);
    const other = await openSqliteStore(join(dir, 'jirga.sqlite'));
    try {
      await other.putEvents([{ ...events[0]!, id: 'page:from-cli', type: 'PROTEST' }]);
    } finally {
      await other.close();
    }
    expect((await get<EventPageBody>(query)).body.total).toBe(before.body.total + 1);
    const summary = await get<EventSummary>(`/api/events/summary?case=${CASE}&type=PROTEST`);
    expect(summary.body.totals.events).toBe(before.body.total + 1);
  });
});

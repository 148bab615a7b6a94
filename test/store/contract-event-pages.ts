/**
 * Store contract, part two: keyset pagination of events (pages after a (date, id) cursor, in
 * both directions), the per-day and per-type summary, and the state token that caches key on.
 * Registered by `runStoreContract`, so both engines run it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Event } from '../../src/model/index.ts';
import type { EventCursor, EventFilter, Store } from '../../src/store/store.ts';
import * as fx from './fixtures.ts';

/** Saturday to the next Monday but one: two months, three ISO weeks. */
const DAYS = ['2021-02-27', '2021-02-28', '2021-03-01', '2021-03-07', '2021-03-08'];

/** Forty events on five days (ties on date, so the id decides), of three types. */
function crowdedEvents(): Event[] {
  const [template] = fx.events;
  const types = ['ASSAULT', 'CONSULT', 'COERCE'] as const;
  return Array.from({ length: 40 }, (_, i) => ({
    ...template!,
    id: `fx:crowd-${String((i * 17) % 40).padStart(2, '0')}`,
    date: DAYS[i % 5]!,
    type: types[i % 3]!,
    mode: null,
    context: [],
    fatalities: { low: null, best: i % 4 === 0 ? null : i, high: null },
  }));
}

async function allByKeyset(store: Store, filter: EventFilter, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: EventCursor | undefined;
  for (;;) {
    const page = await store.listEvents({
      ...filter,
      limit: size,
      ...(after === undefined ? {} : { after }),
    });
    seen.push(...page.map((event) => event.id));
    const last = page.at(-1);
    if (page.length < size || last === undefined) return seen;
    after = { date: last.date, id: last.id };
  }
}

export function eventPagingContract(getStore: () => Store): void {
  describe('event pages, summaries and state', () => {
    const crowd = crowdedEvents();
    beforeEach(async () => {
      await getStore().putActors(fx.actors);
      await getStore().putSources(fx.sources);
      await getStore().putEvents(crowd);
    });

    it('keyset pages concatenate to the whole list, oldest or newest first', async () => {
      const store = getStore();
      const whole = (await store.listEvents()).map((event) => event.id);
      expect(whole).toHaveLength(crowd.length);
      for (const size of [1, 7, 40, 41]) expect(await allByKeyset(store, {}, size)).toEqual(whole);
      const newest = await allByKeyset(store, { newestFirst: true }, 6);
      expect(newest).toEqual([...whole].reverse());
      const tuesday = await allByKeyset(
        store,
        { from: '2021-02-28', to: '2021-03-07', types: ['ASSAULT'] },
        3,
      );
      expect(tuesday).toEqual(
        (await store.listEvents({ from: '2021-02-28', to: '2021-03-07', types: ['ASSAULT'] })).map(
          (e) => e.id,
        ),
      );
    });

    it('lists the deadliest first, unknown deaths last, ties newest first', async () => {
      const store = getStore();
      const expected = [...crowd]
        .sort(
          (a, b) =>
            (b.fatalities.best ?? -1) - (a.fatalities.best ?? -1) ||
            b.date.localeCompare(a.date) ||
            b.id.localeCompare(a.id),
        )
        .map((e) => e.id);
      expect((await store.listEvents({ deadliestFirst: true })).map((e) => e.id)).toEqual(expected);
      const page = await store.listEvents({ deadliestFirst: true, types: ['COERCE'], limit: 3, offset: 2 });
      expect(page.map((e) => e.id)).toEqual(
        expected.filter((id) => crowd.find((e) => e.id === id)!.type === 'COERCE').slice(2, 5),
      );
    });

    it('starts after the cursor even when the cursor event is not in the store', async () => {
      const after = { date: '2021-03-01', id: 'fx:crowd-20x' };
      const ids = (await getStore().listEvents({ after })).map((event) => event.id);
      const expected = [...crowd]
        .filter((e) => e.date > after.date || (e.date === after.date && e.id > after.id))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .map((e) => e.id);
      expect(ids).toEqual(expected);
    });

    it("summarises events per month or ISO week and type with their deaths, under the list's filter", async () => {
      const store = getStore();
      const monday = (date: string) => {
        const day = new Date(`${date}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        return day.toISOString().slice(0, 10);
      };
      const startOf = { month: (date: string) => `${date.slice(0, 7)}-01`, week: monday };
      for (const period of ['month', 'week'] as const) {
        for (const filter of [{}, { types: ['CONSULT' as const] }, { from: '2021-02-28' }]) {
          const expected = new Map<string, { events: number; fatalitiesBest: number }>();
          for (const event of await store.listEvents(filter)) {
            const key = `${startOf[period](event.date)} ${event.type}`;
            const row = expected.get(key) ?? { events: 0, fatalitiesBest: 0 };
            row.events += 1;
            row.fatalitiesBest += event.fatalities.best ?? 0;
            expected.set(key, row);
          }
          const rows = await store.summarizeEvents(filter, period);
          const keys = rows.map((row) => `${row.start} ${row.type}`);
          expect(keys).toEqual([...keys].sort());
          expect(
            new Map(
              rows.map((row) => [
                `${row.start} ${row.type}`,
                { events: row.events, fatalitiesBest: row.fatalitiesBest },
              ]),
            ),
          ).toEqual(expected);
        }
        const starts = new Set((await store.summarizeEvents({}, period)).map((row) => row.start));
        expect(starts.size).toBe(period === 'month' ? 2 : 3);
      }
    });

    it('gives a new state token after a write (and, with one writer, the same one without)', async () => {
      const store = getStore();
      const before = await store.stateToken();
      // PostgreSQL's token moves with any write on the server, other tests' included: only a
      // single-writer engine can promise the same token twice.
      if (!store.capabilities.concurrentWriters) expect(await store.stateToken()).toBe(before);
      await store.putEvents([{ ...crowd[0]!, id: 'fx:crowd-new' }]);
      const afterPut = await store.stateToken();
      expect(afterPut).not.toBe(before);
      await store.transaction((tx) => tx.putEvents([{ ...crowd[1]!, id: 'fx:crowd-newer' }]));
      expect(await store.stateToken()).not.toBe(afterPut);
    });
  });
}

/**
 * Property tests: arbitrary valid events come back from the store exactly as they went in,
 * and the date/type/actor filters select exactly what filtering in memory selects. Runs on
 * SQLite, and on PostgreSQL when a server answers.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Event } from '../../src/model/index.ts';
import type { Event as EventItem, PloverType } from '../../src/model/index.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { event, eventBatch, isoDate } from './arbitraries.ts';
import { byDateThenId } from './fixtures.ts';
import { describePostgres, probePostgres, ThrowAwaySchemas } from './postgres-server.ts';

const NUM_RUNS = 50;

function roundTripProperties(makeStore: () => Promise<Store>): void {
  let store: Store;
  beforeAll(async () => {
    store = await makeStore();
  });
  afterAll(() => store.close());

  it('generates only events the model accepts', () => {
    fc.assert(
      fc.property(event, (item) => {
        expect(Event.safeParse(item).error).toBeUndefined();
      }),
      { numRuns: NUM_RUNS * 4 },
    );
  });

  it('returns every event unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(event, async (item) => {
        await store.putEvents([item]);
        expect(await store.getEvent(item.id)).toEqual(item);
        expect(
          await store.listEvents({
            from: item.date,
            to: item.date,
            actorIds: [...item.sourceActors, ...item.targetActors],
          }),
        ).toContainEqual(item);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('filters as filtering in memory does', async () => {
    const filter = fc.record({
      from: fc.option(isoDate, { nil: undefined }),
      to: fc.option(isoDate, { nil: undefined }),
      type: fc.option(fc.constantFrom<PloverType>('ASSAULT', 'CONSULT', 'AID', 'PROTEST'), {
        nil: undefined,
      }),
    });
    await fc.assert(
      fc.asyncProperty(eventBatch(30), filter, async (batch, { from, to, type }) => {
        // Half the events get the filtered type, so the type filter has something to keep and to drop.
        const tagged = batch.map((item, i) => ({
          ...item,
          id: `prop-${i}`,
          ...(type !== undefined && i % 2 === 0 ? { type, mode: null } : {}),
        }));
        const actor = tagged[0]?.sourceActors[0];
        await store
          .transaction(async (tx) => {
            await tx.putEvents(tagged);
            const expected = tagged.filter(
              (e) =>
                (from === undefined || e.date >= from) &&
                (to === undefined || e.date <= to) &&
                (type === undefined || e.type === type) &&
                (actor === undefined || e.sourceActors.includes(actor) || e.targetActors.includes(actor)),
            );
            const found = await tx.listEvents({
              ...(from === undefined ? {} : { from }),
              ...(to === undefined ? {} : { to }),
              ...(actor === undefined ? {} : { actorIds: [actor] }),
              ...(type === undefined ? {} : { types: [type] }),
            });
            const ours = found.filter((e) => e.id.startsWith('prop-'));
            expect(ours).toEqual(byDateThenId(expected as EventItem[]));
            throw new RollBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RollBack)) throw error;
          });
      }),
      { numRuns: NUM_RUNS / 2 },
    );
  });
}

/** Thrown to undo a property run's writes. */
class RollBack extends Error {}

describe('event round trip (sqlite)', () => {
  roundTripProperties(() => openStore({ path: ':memory:' }));
});

const problem = await probePostgres();
const schemas = new ThrowAwaySchemas();
afterAll(() => schemas.dropAll());

describePostgres('event round trip (postgres)', problem, () => {
  roundTripProperties(() => schemas.open());
});

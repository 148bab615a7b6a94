/**
 * Successive actors that a dataset codes under one id (UCDP's "Government of Afghanistan" is
 * whoever holds Kabul) are told apart by their periods: the linker chooses the one holding the
 * id on the row's days, leaves a row outside every period unresolved, and never links a name to
 * an actor outside its periods. Fictional actors of our own, then the built-in case's two Afghan
 * governments on GED rows of our own.
 */
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import { linkActor } from '../../src/app/link-actor.ts';
import { listUnresolved } from '../../src/app/unresolved.ts';
import { ActorRegistry } from '../../src/actors/registry.ts';
import { RegistryLinker } from '../../src/ingest/actor-linker.ts';
import { BUILTIN_CASES } from '../../src/cases/index.ts';
import { Actor } from '../../src/model/index.ts';
import { openStore } from '../../src/store/open.ts';
import { GED_49, gedRow, tempDir, writeCsv } from './fixtures.ts';
import { join } from 'node:path';

const evidence = [{ sourceId: 'test-source' }];

function government(id: string, name: string, periods: Actor['periods']): Actor {
  return Actor.parse({
    id,
    name,
    kind: 'government',
    country: 'RUR',
    parentId: null,
    aliases: { en: ['Government of Ruritania'] },
    externalIds: { ucdp: '900' },
    roles: [],
    designations: [],
    ...(periods === undefined ? {} : { periods }),
  });
}

const KINGDOM = government('ruritania-kingdom', 'Kingdom of Ruritania', [
  { from: '1950-01-01', to: '1990-06-30', evidence },
]);
const REPUBLIC = government('ruritania-republic', 'Republic of Ruritania', [
  { from: '1990-06-30', to: null, evidence },
]);
const day = (date: string) => ({ from: date, to: date });
const query = { system: 'ucdp' as const, externalId: '900', name: 'Government of Ruritania' };

describe('actors sharing a dataset id', () => {
  const linker = new RegistryLinker(ActorRegistry.from([KINGDOM, REPUBLIC]));

  it('link to the one holding the id on the row’s days', () => {
    expect(linker.link(query, day('1975-05-01'))).toBe('ruritania-kingdom');
    expect(linker.link(query, day('2001-01-01'))).toBe('ruritania-republic');
    // The same query again, another date: answers are not memoised across dates.
    expect(linker.link(query, day('1975-05-02'))).toBe('ruritania-kingdom');
    expect(linker.link(query, { from: '1990-07-01', to: '1990-07-31' })).toBe('ruritania-republic');
  });

  it('stay unresolved outside every period, on a day both hold, and for a span across the change', () => {
    expect(linker.link(query, day('1940-01-01'))).toBeUndefined();
    expect(linker.link(query, day('1990-06-30'))).toBeUndefined();
    expect(linker.link(query, { from: '1990-06-01', to: '1990-07-31' })).toBeUndefined();
  });

  it('fall back to the name among them when the row has no date', () => {
    // Both carry the name "Government of Ruritania" as an alias: ambiguous, so unresolved.
    expect(linker.link(query)).toBeUndefined();
    expect(linker.link({ ...query, name: 'Kingdom of Ruritania' })).toBe('ruritania-kingdom');
  });

  it('tell a name they share apart by the date when the row gives no id', () => {
    const byName = { name: 'Government of Ruritania' };
    expect(linker.link(byName, day('1975-05-01'))).toBe('ruritania-kingdom');
    expect(linker.link(byName, day('2001-01-01'))).toBe('ruritania-republic');
    expect(linker.link(byName, day('1990-06-30'))).toBeUndefined();
    expect(linker.link(byName)).toBeUndefined();
  });

  it('never link a name to an actor outside its periods, and keep a unique id whatever the date', () => {
    const byName = { name: 'Kingdom of Ruritania' };
    expect(linker.link(byName, day('1980-01-01'))).toBe('ruritania-kingdom');
    expect(linker.link(byName, day('2005-01-01'))).toBeUndefined();
    const alone = new RegistryLinker(ActorRegistry.from([KINGDOM]));
    expect(alone.link(query, day('2005-01-01'))).toBe('ruritania-kingdom');
  });

  it('honour a name linked by hand to a dated actor only within its periods', () => {
    const linked = new RegistryLinker(ActorRegistry.from([KINGDOM, REPUBLIC]), [
      { name: 'Ruritanian authorities', actorId: 'ruritania-republic' },
    ]);
    const byName = { name: 'Ruritanian authorities' };
    expect(linked.link(byName, day('2001-01-01'))).toBe('ruritania-republic');
    expect(linked.link(byName, day('1975-05-01'))).toBeUndefined();
  });

  it('need evidence for a period', () => {
    expect(() => government('x', 'X', [{ from: '1950-01-01', to: null, evidence: [] }])).toThrow();
  });
});

describe('UCDP "Government of Afghanistan" (130) in a GED file', () => {
  it('becomes the Taliban emirate, the Republic or the Taliban government by date, or stays unresolved', async () => {
    const dir = tempDir();
    const rows = [
      ['1', '1990-05-01'],
      ['2', '1998-07-10'],
      ['3', '2010-03-02'],
      ['4', '2021-08-20'],
      ['5', '2001-12-01'],
    ].map(([id, date]) =>
      gedRow(id!, {
        side_a_new_id: '130',
        side_a: 'Government of Afghanistan',
        side_b_new_id: '9999',
        side_b: 'An armed group of our own',
        country: 'Afghanistan',
        country_id: '700',
        date_start: `${date} 00:00:00`,
        date_end: `${date} 00:00:00`,
      }),
    );
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, rows);
    const store = await openStore({ path: ':memory:' });
    try {
      await store.putActors([...BUILTIN_CASES.get('pakistan-ttp')!.actors]);
      const summary = await importDataset(store, { format: 'ucdp-ged', file });
      expect(summary.imported).toBe(5);
      const sourceOf = async (id: string) => (await store.getEvent(`ucdp-ged:${id}`))!.sourceActors;
      expect(await sourceOf('1')).toEqual([]);
      expect(await sourceOf('2')).toEqual(['taliban-government']);
      expect(await sourceOf('3')).toEqual(['afghan-republic-government']);
      expect(await sourceOf('4')).toEqual(['taliban-government']);
      expect(await sourceOf('5')).toEqual([]);
      const unresolved = await listUnresolved(store, { dataset: 'ucdp-ged' });
      const afghan = unresolved.find((u) => u.name === 'Government of Afghanistan');
      expect(afghan?.items).toBe(2);
      expect(afghan?.why).toMatch(/^ucdp id 130 is shared by .*none held it alone on these rows' dates$/);
      // Linked by hand to the Taliban government, the two rows outside its periods stay unresolved.
      const linked = await linkActor(store, {
        name: 'Government of Afghanistan',
        actor: 'taliban-government',
        dataset: 'ucdp-ged',
      });
      expect(linked).toMatchObject({ items: 2, eventsUpdated: 0, outsidePeriods: 2 });
      expect(await sourceOf('1')).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

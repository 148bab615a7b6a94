/**
 * Layouts seen in real published ACLED and GDELT rows (see docs/usage.md for the samples),
 * reproduced with rows of our own: ACLED's older codebook (capitalised columns, day-first
 * dates, `ally_actor_*`, nine event types), an export re-written by pandas (a nameless index
 * column, a note over two lines), an R export with "NA" cells, and GDELT place names whose
 * first-level division is the name itself, holds a comma, or is "(general)"; and the names of
 * ICEWS's weekly files, as the icews R package lists them.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import type { Store } from '../../src/store/store.ts';
import {
  ACLED_CAPITALISED_HEADER,
  ACLED_HEADER,
  acledCapitalisedRow,
  acledRow,
  gdeltRow,
  ICEWS_HEADER,
  icewsRow,
  ingestStore,
  tempDir,
  writeCsv,
  writeTsv,
} from './fixtures.ts';

/** One directory for the whole file: every test writes files of its own names. */
const dir = tempDir();
let store: Store;
beforeEach(async () => void (store = await ingestStore()));
afterEach(() => store.close());

describe('acled, older codebook', () => {
  it('reads capitalised columns, day-first dates, ally actors and the nine older event types', async () => {
    const file = writeCsv(join(dir, 'acled-africa-old.csv'), ACLED_CAPITALISED_HEADER, [
      acledCapitalisedRow('901RTA', { EVENT_TYPE: 'Battle-Government regains territory' }),
      acledCapitalisedRow('902RTA', {
        EVENT_DATE: '02/03/2009',
        EVENT_TYPE: 'Riots/Protests',
        ACTOR1: 'Rioters (Pakistan)',
        ALLY_ACTOR_1: 'TTP: Tehreek-i-Taliban Pakistan',
        ACTOR2: '',
      }),
      acledCapitalisedRow('903RTA', { EVENT_TYPE: 'Riots/Protests', ACTOR1: 'Protesters (Pakistan)' }),
      acledCapitalisedRow('904RTA', { EVENT_TYPE: 'Remote violence' }),
      acledCapitalisedRow('905RTA', { EVENT_DATE: '31/02/2009' }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file, release: 'old-test' });
    expect(summary).toMatchObject({ dataset: 'acled', rows: 5, imported: 4, rejected: 1 });
    expect(summary.rejections).toEqual([expect.objectContaining({ line: 6, field: 'event_date' })]);
    expect(await store.getEvent('acled:901rta')).toMatchObject({
      date: '2009-02-13',
      type: 'ASSAULT',
      mode: 'firearms',
      context: ['military', 'territory'],
      targetActors: ['ttp'],
      location: { country: 'PAK', admin1: 'Khyber Pakhtunkhwa', precision: 'exact' },
      fatalities: { best: 2 },
    });
    expect(await store.getEvent('acled:902rta')).toMatchObject({
      date: '2009-03-02',
      type: 'PROTEST',
      mode: 'riot',
      sourceActors: ['ttp'],
      targetActors: [],
    });
    expect(await store.getEvent('acled:903rta')).toMatchObject({ type: 'PROTEST', mode: 'demo' });
    expect(await store.getEvent('acled:904rta')).toMatchObject({ type: 'ASSAULT', mode: 'explosives' });
  });

  it('reads a file re-written by pandas: a nameless index column, ally_actor_*, a note over two lines', async () => {
    const header = ['', 'actor1', 'actor2', 'ally_actor_1', 'country', 'event_date', 'event_id_cnty'];
    const rest = ['event_type', 'fatalities', 'geo_precision', 'latitude', 'longitude', 'notes'];
    const file = writeCsv(
      join(dir, 'acled-pandas.csv'),
      [...header, ...rest],
      [
        {
          '': '0',
          actor1: 'Military Forces of Pakistan (2013-2018)',
          actor2: 'TTP: Tehreek-i-Taliban Pakistan',
          country: 'Pakistan',
          event_date: '2016-07-02',
          event_id_cnty: '7001RTA',
          event_type: 'Non-violent transfer of territory',
          fatalities: '0',
          geo_precision: '2',
          latitude: '34.0',
          longitude: '71.6',
          notes: 'Militants left a test post without a fight.\nNo casualties were reported.',
        },
        {
          '': '1',
          actor1: 'Police Forces of Pakistan (2013-2018)',
          ally_actor_1: 'TTP: Tehreek-i-Taliban Pakistan',
          country: 'Pakistan',
          event_date: '2016-07-01',
          event_id_cnty: '7002RTA',
          event_type: 'Strategic development',
          fatalities: '0',
        },
      ],
    );
    const summary = await importDataset(store, { format: 'auto', file, release: 'pandas-test' });
    expect(summary).toMatchObject({ dataset: 'acled', rows: 2, imported: 2, rejected: 0 });
    expect(await store.getEvent('acled:7001rta')).toMatchObject({
      type: 'RETREAT',
      context: ['territory'],
      targetActors: ['ttp'],
      location: { precision: 'near' },
      evidence: [{ quote: 'Militants left a test post without a fight.\nNo casualties were reported.' }],
    });
    expect(await store.getEvent('acled:7002rta')).toMatchObject({ type: 'COERCE', sourceActors: ['ttp'] });
  });

  it('reads "DD Month YYYY" dates and "NA" cells of an R export without naming NA as an actor', async () => {
    const file = writeCsv(join(dir, 'acled-r.csv'), ACLED_HEADER, [
      acledRow('PAK2001', {
        event_date: '07 December 2022',
        event_type: 'Strategic developments',
        sub_event_type: 'Change to group/activity',
        actor1: 'TTP: Tehreek-i-Taliban Pakistan',
        assoc_actor_1: 'NA',
        actor2: 'NA',
        assoc_actor_2: 'NA',
        admin2: 'NA',
        tags: 'NA',
      }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file, release: 'r-test' });
    expect(summary).toMatchObject({ imported: 1, unresolvedActors: 0 });
    const event = await store.getEvent('acled:pak2001');
    expect(event).toMatchObject({
      date: '2022-12-07',
      type: 'MOBILIZE',
      sourceActors: ['ttp'],
      targetActors: [],
      location: { admin2: null },
    });
    expect(event?.summary).toBe('Change to group/activity: TTP: Tehreek-i-Taliban Pakistan');
  });
});

describe('gdelt place names', () => {
  it('takes the first-level division from the name by place type, keeps its commas, and drops "(general)"', async () => {
    const place = (type: string, name: string): Record<string, string> => ({
      ActionGeo_Type: type,
      ActionGeo_FullName: name,
    });
    const file = writeTsv(join(dir, '20250807220000.export.CSV'), null, [
      gdeltRow(61, '301', '190', place('5', 'Test Province, Pakistan')),
      gdeltRow(61, '302', '190', place('4', 'Testabad, Upper Test, Lower Test, Pakistan')),
      gdeltRow(61, '303', '190', place('4', 'Testabad, Pakistan (general), Pakistan')),
      gdeltRow(61, '304', '190', place('1', 'Pakistan')),
      gdeltRow(61, '305', '190', place('2', 'Test State, United States')),
    ]);
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({ dataset: 'gdelt', release: '2.0', imported: 5 });
    const locations = await Promise.all(
      ['301', '302', '303', '304', '305'].map(async (id) => (await store.getEvent(`gdelt:${id}`))?.location),
    );
    expect(locations.map((l) => [l?.country, l?.admin1, l?.precision])).toEqual([
      ['PAK', 'Test Province', 'admin1'],
      ['PAK', 'Upper Test, Lower Test', 'near'],
      ['PAK', null, 'near'],
      ['PAK', null, 'country'],
      ['USA', 'Test State', 'admin1'],
    ]);
  });
});

describe('icews weekly files', () => {
  it('takes the release from a weekly file name, by day or (January 2022) by month', async () => {
    const weekly = writeTsv(join(dir, '20190304-icews-events.tab'), ICEWS_HEADER, [icewsRow('7', '190')]);
    expect(await importDataset(store, { format: 'auto', file: weekly })).toMatchObject({
      dataset: 'icews',
      release: '20190304',
      imported: 1,
    });
    const monthly = writeTsv(join(dir, '202201-icews-events.tab'), ICEWS_HEADER, [icewsRow('8', '190')]);
    expect((await importDataset(store, { format: 'icews', file: monthly })).release).toBe('202201');
  });
});

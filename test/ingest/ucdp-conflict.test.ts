/**
 * The UCDP conflict datasets — UCDP/PRIO Armed Conflict, Non-State Conflict and Conflict
 * Termination (dyad level) — on fixtures of our own in their real column layouts: each
 * conflict-year or dyad-year becomes a dated `hostile-to` Relation with its row as evidence,
 * never an Event; rows whose sides the registry lacks are held with their names listed as
 * unresolved, and resolve on re-import once linked; the traps of the real files (ids and names
 * out of order in multi-valued sides, names with commas, bounds on the wrong side of the best
 * estimate, two-digit years, annotated ceasefire dates) are read without loss.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import { linkActor } from '../../src/app/link-actor.ts';
import { chooseFormat } from '../../src/ingest/pipeline.ts';
import type { Store } from '../../src/store/store.ts';
import {
  acdRow,
  ingestStore,
  nonStateRow,
  tempDir,
  termRow,
  UCDP_ACD_HEADER,
  UCDP_NONSTATE_HEADER,
  UCDP_TERM_HEADER,
  writeCsv,
} from './fixtures.ts';

let store: Store;
let dir: string;
beforeEach(async () => {
  store = await ingestStore();
  dir = tempDir();
});
afterEach(async () => {
  await store.close();
});

describe('detection', () => {
  it('tells the three layouts apart from their headers', async () => {
    const acd = writeCsv(join(dir, 'acd.csv'), UCDP_ACD_HEADER, [acdRow('404', '2014')]);
    const ns = writeCsv(join(dir, 'ns.csv'), UCDP_NONSTATE_HEADER, [nonStateRow('20001', '2016')]);
    const term = writeCsv(join(dir, 'term.csv'), UCDP_TERM_HEADER, [termRow('857', '2014')]);
    expect((await chooseFormat('auto', acd)).name).toBe('ucdp-acd');
    expect((await chooseFormat('auto', ns)).name).toBe('ucdp-nonstate');
    expect((await chooseFormat('auto', term)).name).toBe('ucdp-term');
  });
});

describe('UCDP/PRIO Armed Conflict Dataset', () => {
  it('a conflict-year becomes a hostile-to relation for the year, narrowed to its episode', async () => {
    const file = writeCsv(join(dir, 'ucdp-prio-acd-221.csv'), UCDP_ACD_HEADER, [
      acdRow('404', '2008', { start_date2: '2008-03-01' }),
      acdRow('404', '2009', { intensity_level: '2' }),
      acdRow('404', '2010', { ep_end: '1', ep_end_date: '2010-10-31' }),
    ]);
    const summary = await importDataset(store, { format: 'ucdp-acd', file, caseId: 'pak-case' });
    expect(summary).toMatchObject({ release: '22.1', rows: 3, imported: 3, held: 0, rejected: 0 });
    const relations = (await store.listRelations()).filter((r) => r.id.startsWith('ucdp-acd:'));
    expect(relations.map((r) => [r.id, r.subjectId, r.objectId, r.from, r.to])).toEqual([
      ['ucdp-acd:404:2008', 'pakistan-government', 'ttp', '2008-03-01', '2008-12-31'],
      ['ucdp-acd:404:2009', 'pakistan-government', 'ttp', '2009-01-01', '2009-12-31'],
      ['ucdp-acd:404:2010', 'pakistan-government', 'ttp', '2010-01-01', '2010-10-31'],
    ]);
    const war = relations[1]!;
    expect(war).toMatchObject({ predicate: 'hostile-to', sign: -1, stance: 'reported' });
    expect(war.summary).toContain('war (1,000 or more');
    expect(war.evidence).toEqual([
      { sourceId: 'dataset:ucdp-acd:22.1', dataset: 'ucdp-acd', release: '22.1', row: '404:2009' },
    ]);
    // Yearly aggregates are relations, not events: event counts are untouched.
    expect(await store.countEvents()).toBe(0);
    expect(await store.listRelations({ caseId: 'pak-case' })).toHaveLength(3);
    expect((await store.listDatasetReleases('ucdp-acd'))[0]).toMatchObject({
      rows: 3,
      countries: ['PAK'],
      from: '2008-03-01',
      to: '2010-01-01',
    });
    expect(await importDataset(store, { format: 'ucdp-acd', file })).toMatchObject({ unchanged: 3 });
  });

  it('matches multi-valued sides by id (names out of order, names with commas), and holds unknown sides', async () => {
    const file = writeCsv(join(dir, 'ucdp-prio-acd-221.csv'), UCDP_ACD_HEADER, [
      // Ids and names in different orders, as in the real file.
      acdRow('500', '2015', { side_b: 'Taleban, Made-up Front, with a comma', side_b_id: '7777, 303' }),
      acdRow('501', '2015', { side_b: 'Front (of A, B & C)', side_b_id: '7778' }),
      acdRow('502', '2015', { location: '' }),
      acdRow('503', '2015', { intensity_level: '3' }),
    ]);
    const summary = await importDataset(store, { format: 'ucdp-acd', file });
    expect(summary).toMatchObject({ rows: 4, imported: 2, held: 1, rejected: 2 });
    expect(summary.rejections.map((r) => [r.rowKey, r.field])).toEqual([
      ['502:2015', 'location'],
      ['503:2015', 'intensity_level'],
    ]);
    expect((await store.getRelation('ucdp-acd:500:2015'))?.objectId).toBe('afghan-taliban');
    expect(await store.getRelation('ucdp-acd:501:2015')).toBeUndefined();
    expect(
      (await store.listUnresolvedNames({ dataset: 'ucdp-acd' })).map((n) => [n.name, n.externalId]),
    ).toEqual([
      ['Front (of A, B & C)', '7778'],
      ['UCDP actor 7777', '7777'],
    ]);

    await linkActor(store, { name: 'Front (of A, B & C)', actor: 'TTP', dataset: 'ucdp-acd' });
    expect(await importDataset(store, { format: 'ucdp-acd', file })).toMatchObject({ updated: 1, held: 0 });
    expect((await store.getRelation('ucdp-acd:501:2015'))?.objectId).toBe('ttp');
  });
});

describe('UCDP Non-State Conflict Dataset', () => {
  it('a dyad-year becomes a relation with its fatalities in the summary, kept verbatim when disordered', async () => {
    const file = writeCsv(join(dir, 'ucdp-nonstate-221.csv'), UCDP_NONSTATE_HEADER, [
      nonStateRow('20001', '2016', { ep_end: '1', ep_end_date: '2016-06-30' }),
      nonStateRow('20001', '2017', { best_fatality_estimate: '40', high_fatality_estimate: '35' }),
      nonStateRow('20002', '2017', { side_b_name: 'Made-up Militia', side_b_id: '8888' }),
      nonStateRow('20003', '2017', { org: '9' }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({ dataset: 'ucdp-nonstate', rows: 4, imported: 3, held: 1, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({ field: 'org', rowKey: '20003:2017' });
    const first = await store.getRelation('ucdp-nonstate:20001:2016');
    expect(first).toMatchObject({
      subjectId: 'ttp',
      objectId: 'afghan-taliban',
      from: '2016-01-01',
      to: '2016-06-30',
    });
    expect(first?.summary).toContain('fatalities best 30, low 28, high 41');
    const disordered = await store.getRelation('ucdp-nonstate:20001:2017');
    expect(disordered?.summary).toContain("best 40, low 28, high 35 (the dataset's bounds disagree");
    expect((await store.listDatasetReleases('ucdp-nonstate'))[0]?.countries).toEqual(['AFG', 'PAK']);
    expect(await store.countEvents()).toBe(0);
  });
});

describe('UCDP Conflict Termination Dataset (dyad level)', () => {
  it('a dyad-year becomes a relation; the year an episode ends narrows it and names the outcome', async () => {
    const file = writeCsv(join(dir, 'ucdp-term-dyad-3-2021.csv'), UCDP_TERM_HEADER, [
      termRow('857', '2008'),
      termRow('857', '2009', {
        dyadterm: '1',
        ependdate: '8/14/09',
        outcome: '2',
        cfiredate: '2009-08-01 (unilateral); 2009-08-10 (bilateral)',
      }),
      termRow('300', '1948', {
        start_date: '4/6/48',
        start_date2: '4/6/48',
        dyadterm: '1',
        ependdate: '12/28/48',
        outcome: '5',
      }),
      termRow('301', '1950', { outcome: '8' }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({ dataset: 'ucdp-term', release: '3-2021', imported: 3, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({ field: 'outcome', rowKey: '301:1950' });
    const ended = await store.getRelation('ucdp-term:857:2009');
    expect(ended).toMatchObject({ from: '2009-01-01', to: '2009-08-14' });
    expect(ended?.summary).toContain('the episode ended on 2009-08-14 (ceasefire agreement)');
    expect(ended?.summary).toContain('ceasefire 2009-08-01 (unilateral); 2009-08-10 (bilateral)');
    // "4/6/48" is 1948, not 2048.
    expect(await store.getRelation('ucdp-term:300:1948')).toMatchObject({
      from: '1948-04-06',
      to: '1948-12-28',
    });
  });
});

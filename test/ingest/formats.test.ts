/**
 * Every dataset format on fixtures of our own, through the import use case into an in-memory
 * store: what each row becomes, and the traps of MANIFEST.md (42 vs 49 GED columns, BOM and
 * CRLF, Mac Roman, quoted newlines, multi-valued cells, CAMEO "010" ≠ "10").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/app/import.ts';
import type { Store } from '../../src/store/store.ts';
import {
  ACLED_HEADER,
  acledRow,
  CWM_HEADER,
  GED_42,
  GED_49,
  gdeltRow,
  gedRow,
  ICEWS_HEADER,
  icewsRow,
  ingestStore,
  macRoman,
  PAX_HEADER,
  tempDir,
  UCDP_ACTORS_HEADER,
  peaceAgreementRows,
  UCDP_PEACE_HEADER,
  writeCsv,
  writeTsv,
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

describe('ucdp-ged', () => {
  it('maps a 49-column row by header name: precision, admin units, fatalities, actors, evidence', async () => {
    const file = writeCsv(join(dir, 'GEDEvent_v23_1.csv'), GED_49, [
      gedRow('1001', {
        source_article: '"Wire, one","said ""yes""\nthen left"',
        where_prec: '4',
        date_prec: '3',
      }),
    ]);
    const summary = await importDataset(store, { format: 'ucdp-ged', file });
    expect(summary).toMatchObject({
      dataset: 'ucdp-ged',
      release: '23.1',
      rows: 1,
      imported: 1,
      rejected: 0,
      unresolvedActors: 0,
    });
    const event = await store.getEvent('ucdp-ged:1001');
    expect(event).toMatchObject({
      date: '2014-03-01',
      datePrecision: 'month',
      type: 'ASSAULT',
      context: ['military'],
      sourceActors: ['pakistan-government'],
      targetActors: ['ttp'],
      fatalities: { low: 4, best: 5, high: 7 },
      location: {
        country: 'PAK',
        admin1: 'Khyber Pakhtunkhwa province',
        admin2: 'Test district',
        lat: 34.1,
        lon: 71.5,
        precision: 'admin1',
      },
      origin: 'dataset',
    });
    expect(event?.evidence).toEqual([
      {
        sourceId: 'dataset:ucdp-ged:23.1',
        dataset: 'ucdp-ged',
        release: '23.1',
        row: '1001',
        quote: '"Wire, one","said ""yes""\nthen left"',
      },
    ]);
    expect(await store.getSource('dataset:ucdp-ged:23.1')).toMatchObject({ kind: 'dataset' });
  });

  it('reads the 42-column layout (another column order) to the same event', async () => {
    const row = gedRow('1002');
    const f42 = writeCsv(join(dir, 'ged181.csv'), GED_42, [row]);
    await importDataset(store, { format: 'auto', file: f42, release: '18.1' });
    const from42 = await store.getEvent('ucdp-ged:1002');
    const other = await ingestStore();
    const f49 = writeCsv(join(dir, 'ged231.csv'), GED_49, [row]);
    await importDataset(other, { format: 'auto', file: f49, release: '18.1' });
    const from49 = await other.getEvent('ucdp-ged:1002');
    await other.close();
    expect(from42).toBeDefined();
    expect({ ...from42, summary: undefined }).toEqual({ ...from49, summary: undefined });
  });

  it('keeps unresolved actor names, rejects bad rows by line and field, and keeps a low above best as a dispute', async () => {
    const file = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
      gedRow('2001', { side_b: 'Lashkar-e-Test', side_b_new_id: '9999' }),
      gedRow('2002', { latitude: '91' }),
      gedRow('2003', { date_start: '2014-02-30' }),
      gedRow('2004', { low: '6', best: '5' }),
      gedRow('2005', { best: 'many' }),
    ]);
    const summary = await importDataset(store, { format: 'ucdp-ged', file });
    expect(summary).toMatchObject({ rows: 5, imported: 2, rejected: 3, unresolvedActors: 1 });
    expect(summary.rejections.map((r) => [r.line, r.field])).toEqual([
      [3, 'latitude'],
      [4, 'date_start'],
      [6, 'best'],
    ]);
    expect((await store.getEvent('ucdp-ged:2001'))?.targetActors).toEqual([]);
    expect(await store.listUnresolvedNames()).toEqual([
      { dataset: 'ucdp-ged', name: 'Lashkar-e-Test', externalId: '9999', items: 1 },
    ]);
    const disputed = await store.getEvent('ucdp-ged:2004');
    expect(disputed?.fatalities).toEqual({ low: null, best: 5, high: 7 });
    expect(disputed?.disputes?.[0]).toMatchObject({ field: 'fatalities.low', chosen: null });
  });

  it('refuses a file without the required columns before reading any row', async () => {
    const file = writeCsv(
      join(dir, 'ged.csv'),
      GED_49.filter((c) => c !== 'best'),
      [gedRow('1')],
    );
    await expect(importDataset(store, { format: 'ucdp-ged', file })).rejects.toThrow(/line 1, field 'best'/);
    expect(await store.countEvents()).toBe(0);
  });
});

describe('ucdp-actors', () => {
  it('adds unknown UCDP actors to the registry and leaves curated ones alone', async () => {
    const file = writeCsv(join(dir, 'ucdp-actor-221.csv'), UCDP_ACTORS_HEADER, [
      {
        ActorId: '356',
        NameData: 'TTP',
        NameOrig: 'TTP',
        NameOrigFull: 'Tehrik-i-Taliban Pakistan',
        NameOrigFullEng: 'Taleban Movement of Pakistan',
        Org: '1',
        Location: 'Pakistan',
        GWNOLoc: '770',
        Version: '22.1',
      },
      {
        ActorId: '9999',
        NameData: 'Lashkar-e-Test',
        NameOrig: 'LeT',
        NameOrigFull: 'n/a',
        NameOrigFullEng: 'Army of the Test',
        Org: '1',
        Location: 'Pakistan',
        GWNOLoc: '770',
        Version: '22.1',
      },
      {
        ActorId: '7777',
        NameData: 'Government of Qatar',
        NameOrig: 'Government of Qatar',
        NameOrigFull: 'n/a',
        NameOrigFullEng: 'Government of Qatar',
        Org: '4',
        Location: 'Qatar',
        GWNOLoc: '694',
        Version: '22.1',
      },
    ]);
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({ dataset: 'ucdp-actors', release: '22.1', imported: 2, skipped: 1 });
    expect(await store.getActor('ucdp-9999')).toMatchObject({
      name: 'Lashkar-e-Test',
      kind: 'armed-group',
      country: 'PAK',
      aliases: { en: ['Lashkar-e-Test', 'LeT', 'Army of the Test'] },
      externalIds: { ucdp: '9999' },
    });
    expect(await store.getActor('ucdp-7777')).toMatchObject({
      kind: 'government',
      country: 'QAT',
      externalIds: { ucdp: '7777', gwno: '694' },
    });
    // A GED row naming the new actor now resolves.
    const ged = writeCsv(join(dir, 'ged-231.csv'), GED_49, [
      gedRow('3001', { side_b: 'Lashkar-e-Test', side_b_new_id: '9999' }),
    ]);
    await importDataset(store, { format: 'ucdp-ged', file: ged });
    expect((await store.getEvent('ucdp-ged:3001'))?.targetActors).toEqual(['ucdp-9999']);
  });
});

describe('ucdp-peace', () => {
  it('reads multi-valued actor cells and a quoted comment with newlines; holds an agreement with one known party', async () => {
    const file = writeCsv(
      join(dir, 'ucdp-peace-agreements-221.csv'),
      UCDP_PEACE_HEADER,
      peaceAgreementRows(),
      { crlf: true },
    );
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({ dataset: 'ucdp-peace', rows: 2, imported: 2, held: 1, rejected: 0 });
    expect(await store.getAgreement('ucdp-peace:5001')).toMatchObject({
      kind: 'partial',
      parties: ['pakistan-government', 'ttp'],
      signed: '2008-05-21',
      ended: { how: 'ended' },
      provisions: ['ceasefire', 'amnesty'],
      evidence: [{ quote: 'Brokered by elders', row: '5001' }],
    });
    expect(await store.getAgreement('ucdp-peace:5002')).toBeUndefined();
    expect(await store.countDatasetRows('ucdp-peace', 'held')).toBe(1);
    expect((await store.listUnresolvedNames()).map((n) => n.name)).toEqual(['Unknown Front']);
  });
});

describe('pax', () => {
  it('reads a UTF-8 file with BOM and CRLF, multi-line third parties, and inter-state parties', async () => {
    const file = writeCsv(
      join(dir, 'pax.csv'),
      PAX_HEADER,
      [
        {
          Con: 'Afghanistan/Pakistan',
          Contp: 'Interstate',
          AgtId: '9001',
          Ver: '1',
          Agt: 'Test Declaration',
          Dat: '2007-08-12',
          Status: 'Multiparty signed/agreed',
          Agtp: 'InterIntra',
          Stage: 'SubPar',
          Part: 'Delegates of both states',
          ThrdPart: 'Qatar (mediator)\nQatar\nUnited Nations',
          Loc1ISO: 'AFG',
          Loc2ISO: 'PAK',
        },
      ],
      { bom: true, crlf: true },
    );
    const summary = await importDataset(store, { format: 'auto', file, release: '2020' });
    expect(summary).toMatchObject({ dataset: 'pax', imported: 1, held: 0 });
    const agreement = await store.getAgreement('pax:9001');
    expect(agreement).toMatchObject({
      kind: 'partial',
      parties: ['afghanistan', 'pakistan'],
      signed: '2007-08-12',
    });
    expect(agreement?.evidence[0]?.quote).toBe('Qatar (mediator)\nQatar\nUnited Nations');
    expect((await store.listUnresolvedNames()).map((n) => n.name).sort()).toEqual([
      'Delegates of both states',
      'Qatar (mediator)',
      'United Nations',
    ]);
  });
});

describe('cwm', () => {
  it('detects Mac Roman with CRLF, reads M/D/YY dates and skips unmediated episodes', async () => {
    const header = CWM_HEADER.join(',');
    const lines = [
      header,
      'Pakistan,Pakistan,"TTP, Lashkar-e-Test",1,2009,2,Swat,1/1/07,,2/16/09,5/3/09,Qatar',
      'Pakistan,Pakistan,TTP,0,2012,2,Swat,1/1/10,,,,',
      'Pakistan,Pakistan,Façade Front,1,2013,2,Swat,1/1/11,,3//2013,,“Elders” of Chimères',
    ];
    const file = join(dir, 'CWM.csv');
    writeFileSync(file, macRoman(lines.join('\r\n') + '\r\n'));
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({
      dataset: 'cwm',
      encoding: 'macintosh',
      rows: 3,
      imported: 2,
      held: 1,
      skipped: 1,
    });
    const [negotiation] = await store.listNegotiations();
    expect(negotiation).toMatchObject({
      parties: ['pakistan', 'ttp'],
      mediators: ['qatar'],
      from: '2009-02-16',
      to: '2009-05-03',
    });
    const names = (await store.listUnresolvedNames()).map((n) => n.name).sort();
    expect(names).toEqual(['Façade Front', 'Lashkar-e-Test', '“Elders” of Chimères']);
  });
});

describe('icews', () => {
  it('keeps CAMEO codes as strings: "010" is a statement (skipped), "10" a demand, "190" an assault', async () => {
    const file = writeTsv(join(dir, 'events.2018.test.tab'), ICEWS_HEADER, [
      icewsRow('1', '010'),
      icewsRow('2', '10'),
      icewsRow('3', '190', { 'Event Text': 'Use conventional military force' }),
      icewsRow('4', '99'),
      icewsRow('5', '042', { Latitude: '91' }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file });
    expect(summary).toMatchObject({
      dataset: 'icews',
      release: '2018.test',
      rows: 5,
      imported: 2,
      skipped: 1,
      rejected: 2,
    });
    expect(await store.getEvent('icews:2')).toMatchObject({
      cameo: '10',
      type: 'REQUEST',
      sourceActors: ['pakistan'],
      targetActors: ['ttp'],
    });
    expect(await store.getEvent('icews:3')).toMatchObject({
      cameo: '190',
      type: 'ASSAULT',
      intensity: -2,
      location: { country: 'PAK', precision: 'near' },
    });
    expect(summary.rejections.map((r) => [r.line, r.field])).toEqual([
      [5, 'CAMEO Code'],
      [6, 'Latitude'],
    ]);
  });
});

describe('acled', () => {
  it('maps event types, precision and actors (also by externalIds.acled), with notes as the quote', async () => {
    const file = writeCsv(join(dir, '2023-PAK.csv'), ACLED_HEADER, [
      acledRow('PAK1001'),
      acledRow('PAK1002', {
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Suicide bomb',
        time_precision: '2',
        geo_precision: '3',
        assoc_actor_1: 'Civilians (Pakistan); TTP',
      }),
      acledRow('PAK1003', { event_type: 'Mystery' }),
    ]);
    const summary = await importDataset(store, { format: 'auto', file, release: '2023-06' });
    expect(summary).toMatchObject({ dataset: 'acled', rows: 3, imported: 2, rejected: 1 });
    expect(await store.getEvent('acled:pak1001')).toMatchObject({
      type: 'ASSAULT',
      mode: 'firearms',
      targetActors: ['ttp'],
      fatalities: { low: null, best: 3, high: null },
      evidence: [
        { quote: 'On 6 May 2023, soldiers and militants clashed near a test town, "officials" said.' },
      ],
    });
    expect(await store.getEvent('acled:pak1002')).toMatchObject({
      mode: 'suicide-attack',
      datePrecision: 'week',
      sourceActors: ['ttp'],
      location: { precision: 'admin1' },
    });
  });
});

describe('gdelt', () => {
  it('reads 1.0 (57 and 58 columns) and 2.0 (61 columns) files without header, by documented position', async () => {
    const v1 = writeTsv(join(dir, '20230506.export.CSV'), null, [
      gdeltRow(58, '100', '190'),
      gdeltRow(57, '101', '0231'),
      gdeltRow(58, '102', '010'),
    ]);
    const s1 = await importDataset(store, { format: 'auto', file: v1 });
    expect(s1).toMatchObject({ dataset: 'gdelt', release: '1.0', rows: 3, imported: 2, skipped: 1 });
    expect(await store.getEvent('gdelt:100')).toMatchObject({
      type: 'ASSAULT',
      cameo: '190',
      intensity: -10,
      sourceActors: ['pakistan-government'],
      targetActors: ['ttp'],
      location: { country: 'PAK', admin1: 'North-West Frontier' },
      evidence: [{ quote: 'https://news.example/test-article' }],
    });
    expect((await store.getEvent('gdelt:101'))?.cameo).toBe('0231');
    const v2 = writeTsv(join(dir, '20230506101500.export.CSV'), null, [
      gdeltRow(61, '200', '043'),
      ['1', '2', '3'],
    ]);
    const s2 = await importDataset(store, { format: 'gdelt', file: v2 });
    expect(s2).toMatchObject({ release: '2.0', imported: 1, rejected: 1 });
    expect(s2.rejections[0]).toMatchObject({ line: 2, field: '(row)' });
    expect(await store.getEvent('gdelt:200')).toMatchObject({ type: 'CONSULT', cameo: '043' });
  });
});

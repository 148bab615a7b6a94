// The founding case: the assessments as of 2022-06-30 (ceasefire holding) and 2023-05-09
// (ceasefire broken) differ where the evidence differs, and every evidence id resolves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessMediation } from '../../src/app/assess.ts';
import { caseNetwork, serialiseNetwork } from '../../src/app/network.ts';
import { withStore } from '../../src/app/session.ts';
import { assess, type Assessment } from '../../src/assess/assessment.ts';
import { compareAssessments } from '../../src/assess/compare.ts';
import { takeSnapshot } from '../../src/assess/snapshot.ts';
import { pakistanTtp } from '../../src/cases/pakistan-ttp/index.ts';
import { ValidationError } from '../../src/errors.ts';
import { noReferenceData } from './no-reference-data.ts';

const question = { mediator: 'afghan-taliban', parties: ['pakistan', 'ttp'] as [string, string] };
const at = (asOf: string): Assessment => assess(takeSnapshot(pakistanTtp, asOf), question);
const holding = at('2022-06-30');
const broken = at('2023-05-09');
const indicator = (a: Assessment, id: string) => a.indicators.find((i) => i.id === id)!;

describe('pakistan-ttp: Afghan Taliban between Pakistan and the TTP', () => {
  it('treats the movement and its government as one mediator', () => {
    expect(broken.mediator.family).toEqual(
      expect.arrayContaining([
        'afghan-taliban',
        'taliban-government',
        'haqqani-network',
        'amir-khan-muttaqi',
      ]),
    );
    expect(broken.parties[0].family).toEqual(
      expect.arrayContaining(['pakistan-government', 'pakistan-army', 'isi']),
    );
    expect(broken.mediator.family).not.toContain('afghanistan');
  });

  it('the 2022 ceasefire is in force on 2022-06-30 and broken by the TTP on 2023-05-09', () => {
    const before = indicator(holding, 'agreement-strength').detail!['agreement'];
    expect(before).toBe('agr-pakistan-ttp-ceasefire-2022');
    expect(indicator(holding, 'episode-age').detail!['lastAgreementEnded']).toBe('2021-12-09');
    expect(indicator(broken, 'episode-age').detail!['lastAgreementEnded']).toBe('2022-11-28');
    const deals = indicator(broken, 'failed-agreements').detail!['deals'] as { id: string; by: string[] }[];
    expect(deals.find((d) => d.id === 'agr-pakistan-ttp-ceasefire-2022')!.by).toEqual(['ttp']);
  });

  it('fighting, hostility with Pakistan and rebel strength rise after the ceasefire ends', () => {
    expect(indicator(broken, 'intensity').value!).toBeGreaterThan(indicator(holding, 'intensity').value!);
    expect(indicator(broken, 'mediator-hostility').value!).toBeGreaterThan(
      indicator(holding, 'mediator-hostility').value!,
    );
    expect(indicator(broken, 'rebel-strength').value!).toBeGreaterThan(
      indicator(holding, 'rebel-strength').value!,
    );
  });

  it('the mediator leans to the TTP, resting on curated relations, with harbouring kept as claims', () => {
    const bias = indicator(broken, 'mediator-bias');
    expect(bias.value!).toBeGreaterThan(0);
    expect(bias.detail!['restsOn']).toBe('curated relations');
    const claims = bias.detail!['claimsKeptApart'] as { claimedBy: string }[];
    expect(claims.map((c) => c.claimedBy)).toEqual(
      expect.arrayContaining(['pakistan-government', 'un-monitoring-team']),
    );
  });

  it('the comparison names what changed and why', () => {
    const comparison = compareAssessments(holding, broken);
    const ids = comparison.changed.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['intensity', 'mediator-hostility', 'episode-age']));
    const hostility = comparison.changed.find((c) => c.id === 'mediator-hostility')!;
    expect(hostility.added.events).toContain('ev-2022-12-11-chaman-border-shelling');
  });

  it('uses the earlier deals as named analogues and nothing from after the date', () => {
    const names = broken.prospects.analogues.map((a) => a.evidence[0]);
    expect(names).toEqual(
      expect.arrayContaining([
        'agr-srarogha-2005',
        'agr-pakistan-ttp-ceasefire-2021',
        'neg-pakistan-ttp-2021-2022',
      ]),
    );
    const allEvents = broken.indicators.flatMap((i) => i.evidence.events);
    const dates = new Map(pakistanTtp.events.map((e) => [e.id, e.date]));
    for (const id of allEvents) expect(dates.get(id)! <= '2023-05-09').toBe(true);
  });

  it('every evidence id is an item of the case', () => {
    const known = {
      events: new Set(pakistanTtp.events.map((e) => e.id)),
      relations: new Set(pakistanTtp.relations.map((e) => e.id)),
      agreements: new Set(pakistanTtp.agreements.map((e) => e.id)),
      negotiations: new Set(pakistanTtp.negotiations.map((e) => e.id)),
      sources: new Set(pakistanTtp.sources.map((e) => e.id)),
    };
    for (const i of [...broken.indicators, ...holding.indicators]) {
      for (const kind of Object.keys(known) as (keyof typeof known)[]) {
        for (const id of i.evidence[kind]) expect(known[kind].has(id), `${i.id}: ${kind} ${id}`).toBe(true);
      }
    }
    for (const s of broken.sources) expect(known.sources.has(s.id)).toBe(true);
  });
});

describe('the assess and network use cases on a store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-assess-'));
  const db = join(dir, 'jirga.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('assesses from the store by names, and compares two dates', async () => {
    const result = await withStore({ db }, (store) =>
      assessMediation(store, {
        caseId: 'pakistan-ttp',
        mediator: 'afghan-taliban',
        parties: ['pakistan', 'ttp'],
        asOf: '2023-05-09',
        compareAsOf: '2022-06-30',
        referenceData: noReferenceData(dir),
      }),
    );
    expect(result.assessment.asOf).toBe('2023-05-09');
    expect(result.comparison!.changes.from).toBe('2022-06-30');
    expect(result.assessment.indicators.length).toBeGreaterThanOrEqual(14);
  });

  it('refuses a bad date and a repeated party', async () => {
    await expect(
      withStore({ db }, (store) =>
        assessMediation(store, {
          caseId: 'pakistan-ttp',
          mediator: 'afghan-taliban',
          parties: ['pakistan', 'ttp'],
          asOf: '2023-13-01',
        }),
      ),
    ).rejects.toThrow(/as-of/);
    await expect(
      withStore({ db }, (store) =>
        assessMediation(store, {
          caseId: 'pakistan-ttp',
          mediator: 'ttp',
          parties: ['pakistan', 'ttp'],
          asOf: '2023-05-09',
        }),
      ),
    ).rejects.toThrow(/three different/);
  });

  it('refuses a reference-data directory that does not exist, naming the option', async () => {
    const refused = await withStore({ db }, (store) =>
      assessMediation(store, {
        caseId: 'pakistan-ttp',
        mediator: 'afghan-taliban',
        parties: ['pakistan', 'ttp'],
        asOf: '2023-05-09',
        referenceData: join(dir, 'missing'),
      }),
    ).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).location.field).toBe('--reference-data');
  });

  it('exports the network of a window', async () => {
    const graph = await withStore({ db }, (store) =>
      caseNetwork(store, { caseId: 'pakistan-ttp', from: '2022-01-01', to: '2023-05-09' }),
    );
    expect(graph.edges.some((e) => e.layer === 'claims' && e.claimedBy === 'pakistan-government')).toBe(true);
    expect(serialiseNetwork(graph, 'graphml')).toContain('taliban-government');
    expect(JSON.parse(serialiseNetwork(graph, 'json')).options.type).toBe('undirected');
  });
});

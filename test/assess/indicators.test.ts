// Each indicator on small hand-built snapshots with known answers, and the four safeguards.
import { describe, expect, it } from 'vitest';
import {
  recognitionCost,
  sanctuary,
  spoilers,
  thirdPartyStakes,
} from '../../src/assess/indicators/environment.ts';
import { agreementStrength, episodeAge, failedAgreements } from '../../src/assess/indicators/history.ts';
import {
  mediationRecord,
  mediatorBias,
  mediatorHostility,
  mediatorLeverage,
  mediatorTies,
} from '../../src/assess/indicators/mediator.ts';
import { bargainingRange } from '../../src/assess/indicators/bargaining.ts';
import { intensity, intensityTrend, rebelStrength, stalemate } from '../../src/assess/indicators/violence.ts';
import { INDICATORS } from '../../src/assess/indicators/index.ts';
import { makeContext } from '../../src/assess/context.ts';
import { decayWeight } from '../../src/analysis/time.ts';
import { agreement, event, negotiation, relation } from './builders.ts';
import { ACTORS, assessmentFor, contextFor } from './snapshot-helpers.ts';

const attack = (date: string, from: string[], to: string[], deaths: number | null = null, extra = {}) =>
  event(date, 'ASSAULT', from, to, { fatalities: { low: null, best: deaths, high: null }, ...extra });

describe('violence indicators', () => {
  it('intensity sums deaths between the families in 180 days; none on record is null with a reason', () => {
    const ctx = contextFor({
      events: [
        attack('2022-12-01', ['reb'], ['gov-army'], 7),
        attack('2022-11-01', ['gov'], ['reb'], 3),
        attack('2021-01-01', ['reb'], ['gov'], 100),
      ],
    });
    const result = intensity(ctx);
    expect(result.value).toBe(10);
    expect(result.evidence.events).toHaveLength(2);
    const empty = intensity(contextFor({}));
    expect(empty.value).toBeNull();
    expect(empty.reason).toMatch(/no fighting/);
  });

  it('intensity-trend is negative on the agreement prospect when fighting rises', () => {
    const ctx = contextFor({
      events: [
        attack('2022-12-01', ['reb'], ['gov']),
        attack('2022-12-02', ['reb'], ['gov']),
        attack('2022-05-01', ['reb'], ['gov']),
      ],
    });
    const result = intensityTrend(ctx);
    expect(result.value).toBeCloseTo(1);
    expect(result.score!).toBeLessThan(0);
  });

  it('stalemate needs both sides hurting and reads the parties’ statements', () => {
    const oneWay = stalemate(contextFor({ events: [attack('2022-12-01', ['reb'], ['gov'])] }));
    expect(oneWay.detail!['parity']).toBe(0);
    const both = stalemate(
      contextFor({
        events: [
          attack('2022-12-01', ['reb'], ['gov']),
          attack('2022-12-02', ['gov'], ['reb']),
          event('2022-12-03', 'REQUEST', ['gov'], ['reb']),
        ],
      }),
    );
    expect(both.value).toBeCloseTo(1);
  });

  it('rebel-strength is the rebels’ share of the fighting', () => {
    const result = rebelStrength(
      contextFor({
        events: [
          attack('2022-12-01', ['reb'], ['gov']),
          attack('2022-12-01', ['reb'], ['gov']),
          attack('2022-12-01', ['reb'], ['gov']),
          attack('2022-12-02', ['gov'], ['reb']),
        ],
      }),
    );
    expect(result.value).toBe(0.75);
  });
});

describe('history indicators', () => {
  const broken = agreement(['gov', 'reb'], '2021-06-01', {
    id: 'agr-1',
    ended: { date: '2021-12-01', how: 'renounced', by: ['reb'] },
  });
  it('episode-age counts from the end of the last agreement', () => {
    const result = episodeAge(
      contextFor({ agreements: [broken], events: [attack('2022-01-01', ['reb'], ['gov'])] }),
    );
    expect(result.value).toBeCloseTo(396 / 30.44, 0);
    expect(result.detail!['lastAgreementEnded']).toBe('2021-12-01');
  });
  it('failed-agreements counts the ended deals and who ended them', () => {
    const result = failedAgreements(
      contextFor({ agreements: [broken, agreement(['gov', 'splinter'], '2020-01-01')] }),
    );
    expect(result.value).toBe(0.5);
    expect(result.rationale).toContain('1 ended by reb');
  });
  it('agreement-strength: a verbal ceasefire without monitors is weak', () => {
    const result = agreementStrength(contextFor({ agreements: [broken] }));
    expect(result.value).toBe(0);
    expect(result.score).toBe(-1);
    const strong = agreementStrength(
      contextFor({
        agreements: [
          agreement(['gov', 'reb'], '2022-01-01', {
            written: true,
            provisions: ['a', 'b', 'c', 'd', 'joint monitoring commission'],
          }),
        ],
      }),
    );
    expect(strong.value).toBeCloseTo(1);
  });
});

describe('mediator indicators', () => {
  const allied = relation('med', 'allied-with', 'reb', 0.8, { id: 'rel-ally' });
  const talks = event('2022-12-01', 'CONSULT', ['med-office'], ['gov'], { intensity: 3, id: 'ev-talks' });

  it('ties sum the mediator’s tie with each party, relations first', () => {
    const result = mediatorTies(contextFor({ relations: [allied], events: [talks] }));
    expect(result.detail!['withB']).toMatchObject({ restsOn: 'relations', relations: 0.8 });
    expect(result.detail!['withA']).toMatchObject({ restsOn: 'events' });
    expect(result.value!).toBeCloseTo(0.75 * 0.8 + 0.25 * Math.tanh((0.3 * decayWeight(31, 180)) / 3));
  });

  it('bias toward the rebels scores negative (Svensson)', () => {
    const result = mediatorBias(contextFor({ relations: [allied, relation('med', 'supports', 'gov', 0.2)] }));
    expect(result.value!).toBeCloseTo(0.75 * 0.6);
    expect(result.score!).toBeLessThan(0);
    expect(result.detail!['governmentSide']).toBe('gov');
  });

  it('leverage reports its components and marks sanctuary resting on claims', () => {
    const claim = relation('med', 'harbours', 'reb', 0.6, { stance: 'disputed', claimedBy: 'gov' });
    const result = mediatorLeverage(contextFor({ relations: [allied, claim] }));
    expect(result.detail!['sanctuaryRestsOnClaims']).toBe(true);
    expect((result.detail!['components'] as { ideology: number }).ideology).toBeCloseTo(0.8);
  });

  it('hostility counts conflict with a party; no events involving the mediator is null', () => {
    const result = mediatorHostility(
      contextFor({
        events: [
          attack('2022-12-01', ['med'], ['gov-army']),
          event('2022-12-02', 'ACCUSE', ['gov'], ['med']),
        ],
      }),
    );
    expect(result.value).toBe(2);
    expect(mediatorHostility(contextFor({})).value).toBeNull();
  });

  it('record counts processes and the fate of brokered deals', () => {
    const result = mediationRecord(
      contextFor({
        negotiations: [negotiation(['gov', 'reb'], ['med'], '2021-01-01')],
        agreements: [
          agreement(['gov', 'reb'], '2021-02-01', {
            thirdParties: [{ actorId: 'med', role: 'mediator' }],
            ended: { date: '2021-05-01', how: 'collapsed', by: [] },
          }),
        ],
      }),
    );
    expect(result.value).toBe(1);
    expect(result.rationale).toContain('0 still in force');
  });
});

describe('environment indicators', () => {
  it('spoilers counts outside armed groups attacking the government and splinters', () => {
    const result = spoilers(
      contextFor({
        events: [attack('2022-12-01', ['splinter'], ['gov'])],
        relations: [relation('splinter', 'splinter-of', 'reb', -0.3)],
      }),
    );
    expect(result.value).toBe(1);
    expect(result.detail!['groups']).toEqual(['splinter']);
  });
  it('sanctuary separates established harbouring from claims', () => {
    const result = sanctuary(
      contextFor({
        relations: [relation('med', 'harbours', 'reb', 0.6, { stance: 'disputed', claimedBy: 'gov' })],
      }),
    );
    expect(result.coverage).toBe('thin');
    expect(result.rationale).toContain('claimed by gov');
  });
  it('third-party stakes count outside powers acting on the parties', () => {
    const result = thirdPartyStakes(
      contextFor({ events: [event('2022-12-01', 'THREATEN', ['power'], ['reb'])] }),
    );
    expect(result.value).toBe(1);
  });
  it('recognition cost counts designations by the government in force', () => {
    const actors = ACTORS.map((a) =>
      a.id === 'reb'
        ? { ...a, designations: [{ by: 'gov', list: 'banned', from: '2010-01-01', to: null, evidence: [] }] }
        : a,
    );
    const ctx = contextFor({ actors });
    expect(recognitionCost(ctx).value).toBe(1);
    expect(recognitionCost(contextFor({})).value).toBe(0);
  });
  it('bargaining range is null without a scenario and measures the gap with one', () => {
    expect(bargainingRange(contextFor({})).reason).toMatch(/no bargaining scenario/);
    const base = contextFor({});
    const ctx = makeContext(
      base.snapshot,
      { mediator: base.mediator, a: base.a, b: base.b },
      {
        scenarioId: 's',
        scale: { min: 0, max: 100 },
        finalPositions: { gov: 30, reb: 40 },
        forecast: 35,
        zone: null,
        evidence: [],
      },
    );
    expect(bargainingRange(ctx).value).toBeCloseTo(0.1);
  });
});

describe('safeguards', () => {
  it('observability: a covert tie in curated relations outweighs diplomacy in the event counts', () => {
    // Many cordial meetings with the government, none with the rebels; one curated alliance with the rebels.
    const meetings = Array.from({ length: 12 }, (_, i) =>
      event(`2022-12-${String(i + 1).padStart(2, '0')}`, 'CONSULT', ['med'], ['gov'], { intensity: 4 }),
    );
    const result = mediatorBias(
      contextFor({ events: meetings, relations: [relation('med', 'allied-with', 'reb', 0.9)] }),
    );
    expect(result.value!).toBeGreaterThan(0); // leans to the rebels despite the event counts
    expect(result.detail!['withB']).toMatchObject({ restsOn: 'relations' });
    expect(result.detail!['withA']).toMatchObject({ restsOn: 'events' });
  });

  it('coverage: a thin curated series says so and halves confidence', () => {
    const few = intensity(contextFor({ events: [attack('2022-12-01', ['reb'], ['gov'], 5)] }));
    const many = intensity(
      contextFor({
        events: Array.from({ length: 12 }, () =>
          attack('2022-12-01', ['reb'], ['gov'], 5, { origin: 'dataset' }),
        ),
      }),
    );
    expect(few.coverage).toBe('thin');
    expect(many.coverage).toBe('good');
    expect(few.confidence).toBeLessThan(many.confidence);
  });

  it('coverage: curated and dataset events never mix in one count', () => {
    const result = intensity(
      contextFor({
        events: [
          attack('2022-12-01', ['reb'], ['gov'], 5),
          attack('2022-12-02', ['reb'], ['gov'], 9, { origin: 'dataset' }),
        ],
      }),
    );
    expect(result.value).toBe(9);
    expect(result.rationale).toContain('1 of other origins set aside');
  });

  it('no data: every indicator on an empty snapshot is null with a reason', () => {
    const assessment = assessmentFor({});
    for (const indicator of assessment.indicators.filter((i) => i.id !== 'recognition-cost')) {
      expect(indicator.value, indicator.id).toBeNull();
      expect(indicator.reason, indicator.id).toBeTruthy();
    }
    expect(assessment.prospects.agreement.p).toBeNull();
    expect(assessment.prospects.agreement.reason).toMatch(/no calibrated estimate/);
  });

  it('drafts are left out unless asked for', () => {
    const draft = attack('2022-12-01', ['reb'], ['gov'], 5, { status: 'draft' });
    expect(intensity(contextFor({ events: [draft] })).value).toBeNull();
    expect(intensity(contextFor({ events: [draft] }, '2023-01-01', true)).value).toBe(5);
  });

  it('hindsight: an ending recorded after the date is not known on the date', () => {
    const later = agreement(['gov', 'reb'], '2022-06-01', {
      ended: { date: '2023-06-01', how: 'renounced', by: ['reb'] },
    });
    expect(failedAgreements(contextFor({ agreements: [later] })).value).toBe(0);
    expect(failedAgreements(contextFor({ agreements: [later] }, '2023-07-01')).value).toBe(1);
  });

  it('there are at least 14 indicators, each with literature', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(14);
    for (const indicator of assessmentFor({}).indicators)
      expect(indicator.literature.length).toBeGreaterThan(0);
  });
});

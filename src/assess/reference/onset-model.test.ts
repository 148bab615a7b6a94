// The onset model's machinery on synthetic data with a planted effect (runs always; the real
// CWM fit is in test/assess/onset-model.eval.test.ts).
import { describe, expect, it } from 'vitest';
import { ONSET_MODEL, ONSET_MODEL_PROVENANCE } from './onset-model-coefficients.ts';
import {
  ONSET_FEATURES,
  auc,
  calibrationTable,
  crossValidate,
  cwmDate,
  cwmOnsetEpisodes,
  fitLogistic,
  predictOnset,
  type OnsetFeatures,
} from './onset-model.ts';

function synthetic(n: number) {
  let s = 7;
  const random = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = [
      random() < 0.3 ? 1 : 0,
      random() * 20,
      1950 + random() * 60,
      1 + Math.floor(random() * 4),
      1 + Math.floor(random() * 4),
    ];
    const logit = -2 + 2.5 * row[0]! + 0.25 * row[1]!; // planted: government and duration
    x.push(row);
    y.push(random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0);
  }
  return { x, y };
}

describe('onset model', () => {
  it('recovers a planted effect: cross-validated AUC above 0.8, positive weights where planted', () => {
    const { x, y } = synthetic(600);
    const cv = crossValidate(x, y);
    expect(cv.auc).toBeGreaterThan(0.8);
    expect(cv.calibration.reduce((s, r) => s + r.n, 0)).toBe(600);
    const model = fitLogistic(x, y);
    expect(model.weights[0]).toBeGreaterThan(0.5);
    expect(model.weights[1]).toBeGreaterThan(0.5);
    expect(Math.abs(model.weights[2]!)).toBeLessThan(0.3);
  });

  it('computes AUC with ties and calibration deciles', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    const table = calibrationTable([0.1, 0.2, 0.3, 0.4], [0, 0, 1, 1], 2);
    expect(table).toEqual([
      { bin: 1, n: 2, meanPredicted: expect.closeTo(0.15), observed: 0 },
      { bin: 2, n: 2, meanPredicted: expect.closeTo(0.35), observed: 1 },
    ]);
  });

  it('says "no calibrated estimate" outside the training range', () => {
    const inside: OnsetFeatures = {
      government: 0,
      durationYears: 5,
      startYear: 1990,
      sideAActors: 1,
      sideBActors: 1,
    };
    const p = predictOnset(ONSET_MODEL, inside);
    expect(p.p).toBeGreaterThan(0);
    expect(p.p).toBeLessThan(1);
    const late = predictOnset(ONSET_MODEL, { ...inside, startYear: 2021 });
    expect(late).toMatchObject({
      p: null,
      reason: 'no calibrated estimate',
      outside: [{ feature: 'startYear', value: 2021 }],
    });
  });

  it('collapses CWM rows to episodes: any mediated row marks the episode, features from the first row', () => {
    const row = (med: string, start: string, end: string, inc = '1') => ({
      country: 'X',
      sidea: 'X',
      sideb: 'A, B',
      'Med_yes.no': med,
      Incompatibility: inc,
      'episode.start.date': start,
      'episode.end.date': end,
    });
    const parsed = cwmOnsetEpisodes([
      row('0', '1/1/90', '1/1/92'),
      row('1', '1/1/90', '1/1/92'),
      row('0', '6/1/05', '', '2'),
      row('1', '', ''),
      row('NA', '1/1/70', '1/1/71'),
    ]);
    expect(
      parsed.episodes.map((e) => [
        e.mediated,
        e.features.government,
        e.features.startYear,
        e.features.sideBActors,
      ]),
    ).toEqual([
      [1, 0, 1990, 2],
      [0, 1, 2005, 2],
    ]);
    expect(parsed.episodes[0]!.features.durationYears).toBeCloseTo(2, 1);
    expect(parsed.dropped).toEqual({ 'row without episode.start.date': 1, 'episode with Med_yes.no NA': 1 });
    expect(cwmDate('12/31/49')).toBe(Date.UTC(1949, 11, 31));
  });

  it('ships coefficients with provenance for every feature and no data rows', () => {
    expect(ONSET_MODEL.features).toEqual(ONSET_FEATURES);
    expect(ONSET_MODEL.weights).toHaveLength(ONSET_FEATURES.length);
    expect(ONSET_MODEL_PROVENANCE).toMatchObject({ rows: 762, fittedOn: '2026-11-25' });
  });
});

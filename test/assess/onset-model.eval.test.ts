// Evaluation: the onset model fitted on the Civil Wars Mediation file (skipped by name when the
// file is absent). Features, coefficients, cross-validated AUC and the calibration table are
// printed as they are; the checks are structural, plus that the shipped coefficients match.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/assess/reference/csv.ts';
import { ONSET_MODEL, ONSET_MODEL_PROVENANCE } from '../../src/assess/reference/onset-model-coefficients.ts';
import { ONSET_FEATURE_NOTES, fitOnsetModel } from '../../src/assess/reference/onset-model.ts';

const CWM = join(
  resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
  'agreements',
  'CWM-civil-wars-mediation-2014.csv',
);

describe.skipIf(!existsSync(CWM))('onset model fitted on CWM-civil-wars-mediation-2014.csv', () => {
  it('reports features, coefficients, cross-validated AUC and the calibration table', () => {
    const fit = fitOnsetModel(parseCsv(new TextDecoder('macintosh').decode(readFileSync(CWM))));
    const { model, cv } = fit;
    const lines = [
      `onset model (CWM): ${fit.rows} rows -> ${fit.episodes} episodes, ${fit.mediated} mediated; dropped ${JSON.stringify(fit.dropped)}`,
      'features (weight per SD, SD, training range):',
      ...model.features.map(
        (f, j) =>
          `  ${f.padEnd(14)} ${model.weights[j]!.toFixed(3).padStart(7)}  sd ${model.sd[j]!.toFixed(2).padStart(6)}  [${model.trainingRange[f].map((v) => Number(v.toFixed(2))).join(', ')}]  ${ONSET_FEATURE_NOTES[f]}`,
      ),
      `  intercept ${model.intercept.toFixed(3)}, lambda ${model.lambda}`,
      `cross-validated AUC (${cv.folds}-fold, seed ${cv.seed}): ${cv.auc.toFixed(3)}`,
      'calibration (out-of-fold deciles): bin  n  mean predicted  observed',
      ...cv.calibration.map(
        (r) =>
          `  ${String(r.bin).padStart(2)} ${String(r.n).padStart(4)}  ${r.meanPredicted.toFixed(3)}  ${r.observed.toFixed(3)}`,
      ),
    ];
    console.log(lines.join('\n'));
    expect(cv.auc).toBeGreaterThanOrEqual(0);
    expect(cv.auc).toBeLessThanOrEqual(1);
    expect(cv.calibration.reduce((s, r) => s + r.n, 0)).toBe(fit.episodes);
    // the shipped constant is this fit
    expect(ONSET_MODEL_PROVENANCE).toMatchObject({
      rows: fit.rows,
      episodes: fit.episodes,
      mediated: fit.mediated,
    });
    expect(ONSET_MODEL_PROVENANCE.cvAuc).toBeCloseTo(cv.auc, 3);
    ONSET_MODEL.weights.forEach((w, j) => expect(w).toBeCloseTo(model.weights[j]!, 6));
    expect(ONSET_MODEL.intercept).toBeCloseTo(model.intercept, 6);
    expect(ONSET_MODEL.trainingRange).toEqual(model.trainingRange);
  });
});

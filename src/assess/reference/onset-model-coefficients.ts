/**
 * The fitted onset model (see `onset-model.ts`) with its provenance: coefficients only, no data
 * rows. Regenerate with `fitOnsetModel` on the file named below; `test/assess/onset-model.eval.test.ts`
 * checks these figures against a fresh fit when the file is present. Not wired into the prospects.
 */
import type { LogisticModel } from './onset-model.ts';

export interface OnsetModelProvenance {
  file: string;
  rows: number;
  episodes: number;
  mediated: number;
  computation: string;
  fittedOn: string;
  cvAuc: number;
}

export const ONSET_MODEL: LogisticModel = {
  features: ['government', 'durationYears', 'startYear', 'sideAActors', 'sideBActors'],
  mean: [0.0790273556231003, 4.744728701039595, 1983.322188449848, 1.1063829787234043, 1.2249240121580547],
  sd: [0.2697814535625464, 7.603833349975661, 17.705446075787044, 0.8669490152071395, 0.7342171628681573],
  intercept: -0.9546373902727009,
  weights: [
    0.06802021221266094, 0.4800715249832939, 0.56594060658142, -0.011258604759621751, 0.19124889106139573,
  ],
  lambda: 1,
  trainingRange: {
    government: [0, 1],
    durationYears: [0, 47.997262149212865],
    startYear: [1946, 2011],
    sideAActors: [1, 10],
    sideBActors: [1, 9],
  },
};

export const ONSET_MODEL_PROVENANCE: OnsetModelProvenance = {
  file: 'agreements/CWM-civil-wars-mediation-2014.csv (Mac Roman)',
  rows: 762,
  episodes: 329,
  mediated: 98,
  computation:
    'rows collapsed to episodes (country + episode.start.date; 49 rows without a start date, 25 episodes with Incompatibility NA and 1 with an unreadable date left out); outcome = any row with Med_yes.no = 1; features from the first row: government (Incompatibility 2 vs 1), duration in years (open end = 2013-12-31), start year, side-A and side-B actor counts; standardised, L2 logistic regression (lambda 1, intercept unpenalised) by Newton/IRLS; AUC from stratified 5-fold cross-validation (seed 20261125)',
  fittedOn: '2026-11-25',
  cvAuc: 0.6755,
};

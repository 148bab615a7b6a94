/**
 * A small fitted model of mediation onset from the Civil Wars Mediation episodes (DeRouen,
 * Bercovitch & Pospieszna 2011): L2-penalised logistic regression on standardised features,
 * fitted by Newton's method (IRLS), with 5-fold cross-validated AUC and a decile calibration
 * table. Pure: the caller reads the file; nothing here ships data rows.
 *
 * CWM rows are mostly one per mediation attempt, so a mediated episode appears many times. The
 * unit here is the episode (country + episode start date): its outcome is whether any row has
 * `Med_yes.no` = 1, its features come from its first row in file order.
 */

export const ONSET_FEATURES = [
  'government',
  'durationYears',
  'startYear',
  'sideAActors',
  'sideBActors',
] as const;
export type OnsetFeature = (typeof ONSET_FEATURES)[number];
export type OnsetFeatures = Record<OnsetFeature, number>;

export const ONSET_FEATURE_NOTES: Record<OnsetFeature, string> = {
  government: 'Incompatibility = 2 (government) rather than 1 (territory); NA episodes left out',
  durationYears:
    'years from episode.start.date to episode.end.date (an open end is taken as 2013-12-31, the end of the data)',
  startYear: 'year of episode.start.date (two-digit years: 00–14 read as 20xx, else 19xx)',
  sideAActors: 'number of comma-separated actors in sidea',
  sideBActors: 'number of comma-separated actors in sideb',
};

export interface OnsetEpisode {
  key: string;
  mediated: 0 | 1;
  features: OnsetFeatures;
}

export interface EpisodeParse {
  episodes: OnsetEpisode[];
  rows: number;
  /** Episodes left out, by reason. */
  dropped: Record<string, number>;
}

const OPEN_END = Date.UTC(2013, 11, 31);

/** `m/d/yy` (as CWM writes it) to a UTC time, or null. */
export function cwmDate(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(text.trim());
  if (m === null) return null;
  const yy = Number(m[3]);
  const year = yy <= 14 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
}

function actors(list: string): number {
  return list.split(',').filter((s) => s.trim() !== '').length;
}

/** Collapse parsed CWM rows (see `parseCsv`) to episodes with an outcome and the features. */
export function cwmOnsetEpisodes(rows: Record<string, string>[]): EpisodeParse {
  const groups = new Map<string, Record<string, string>[]>();
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  for (const r of rows) {
    const start = (r['episode.start.date'] ?? '').trim();
    if (start === '') {
      drop('row without episode.start.date');
      continue;
    }
    const key = `${(r['country'] ?? '').trim()}|${start}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const episodes: OnsetEpisode[] = [];
  for (const [key, group] of groups) {
    const coded = group.filter((r) => r['Med_yes.no'] === '0' || r['Med_yes.no'] === '1');
    if (coded.length === 0) {
      drop('episode with Med_yes.no NA');
      continue;
    }
    const first = group[0]!;
    const start = cwmDate(first['episode.start.date'] ?? '');
    const endText = (first['episode.end.date'] ?? '').trim();
    const end = endText === '' ? OPEN_END : cwmDate(endText);
    const inc = (first['Incompatibility'] ?? '').trim();
    if (start === null || end === null) {
      drop('episode with an unreadable date');
      continue;
    }
    if (inc !== '1' && inc !== '2' && inc !== '3') {
      drop('episode with Incompatibility NA');
      continue;
    }
    episodes.push({
      key,
      mediated: coded.some((r) => r['Med_yes.no'] === '1') ? 1 : 0,
      features: {
        government: inc === '1' ? 0 : 1,
        durationYears: Math.max(0, (end - start) / (365.25 * 86_400_000)),
        startYear: new Date(start).getUTCFullYear(),
        sideAActors: actors(first['sidea'] ?? ''),
        sideBActors: actors(first['sideb'] ?? ''),
      },
    });
  }
  return { episodes, rows: rows.length, dropped };
}

export interface LogisticModel {
  features: readonly OnsetFeature[];
  /** Standardisation: z = (x − mean) / sd. */
  mean: number[];
  sd: number[];
  intercept: number;
  /** Weights on the standardised features. */
  weights: number[];
  lambda: number;
  /** Per-feature min and max over the training data. */
  trainingRange: Record<OnsetFeature, [number, number]>;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fit a logistic regression with an L2 penalty `lambda` on the standardised weights (not the
 * intercept), by Newton's method. `x` rows are in the order of `features`.
 */
export function fitLogistic(
  x: number[][],
  y: number[],
  features: readonly OnsetFeature[] = ONSET_FEATURES,
  lambda = 1,
): LogisticModel {
  const d = features.length;
  const n = x.length;
  const mean = features.map((_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const sd = features.map((_, j) => {
    const v = x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n;
    return v > 0 ? Math.sqrt(v) : 1;
  });
  const z = x.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 100; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      const p = sigmoid(zi.reduce((s, v, j) => s + v * beta[j]!, 0));
      const w = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        grad[j]! += (y[i]! - p) * zi[j]!;
        for (let k = 0; k <= d; k++) hess[j]![k]! += w * zi[j]! * zi[k]!;
      }
    }
    for (let j = 1; j <= d; j++) {
      grad[j]! -= lambda * beta[j]!;
      hess[j]![j]! += lambda;
    }
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  const trainingRange = Object.fromEntries(
    features.map((f, j) => [f, [Math.min(...x.map((r) => r[j]!)), Math.max(...x.map((r) => r[j]!))]]),
  ) as Record<OnsetFeature, [number, number]>;
  return { features, mean, sd, intercept: beta[0]!, weights: beta.slice(1), lambda, trainingRange };
}

/** The model's probability for a feature row (no range check). */
export function logisticProbability(model: LogisticModel, row: number[]): number {
  return sigmoid(
    model.weights.reduce((s, w, j) => s + (w * (row[j]! - model.mean[j]!)) / model.sd[j]!, model.intercept),
  );
}

export type OnsetPrediction =
  | { p: number }
  | {
      p: null;
      reason: 'no calibrated estimate';
      outside: { feature: OnsetFeature; value: number; range: [number, number] }[];
    };

/** Predict onset; any feature outside the training min–max gives "no calibrated estimate". */
export function predictOnset(model: LogisticModel, features: OnsetFeatures): OnsetPrediction {
  const outside = model.features
    .map((f) => ({ feature: f, value: features[f], range: model.trainingRange[f] }))
    .filter(({ value, range }) => !Number.isFinite(value) || value < range[0] || value > range[1]);
  if (outside.length > 0) return { p: null, reason: 'no calibrated estimate', outside };
  return {
    p: logisticProbability(
      model,
      model.features.map((f) => features[f]),
    ),
  };
}

/** Area under the ROC curve (Mann–Whitney, ties counted half); NaN without both classes. */
export function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSumPos = 0;
  let pos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k]![1] === 1) {
        rankSumPos += rank;
        pos++;
      }
    }
    i = j;
  }
  const neg = order.length - pos;
  if (pos === 0 || neg === 0) return Number.NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface CalibrationRow {
  bin: number;
  n: number;
  meanPredicted: number;
  observed: number;
}

/** Sort by prediction and split into `bins` near-equal groups (deciles by default). */
export function calibrationTable(pred: number[], y: number[], bins = 10): CalibrationRow[] {
  const order = pred.map((p, i) => [p, y[i]!] as const).sort((a, b) => a[0] - b[0]);
  const rows: CalibrationRow[] = [];
  for (let b = 0; b < bins; b++) {
    const slice = order.slice(
      Math.round((b * order.length) / bins),
      Math.round(((b + 1) * order.length) / bins),
    );
    if (slice.length === 0) continue;
    rows.push({
      bin: b + 1,
      n: slice.length,
      meanPredicted: slice.reduce((s, [p]) => s + p, 0) / slice.length,
      observed: slice.reduce((s, [, v]) => s + v, 0) / slice.length,
    });
  }
  return rows;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CrossValidation {
  folds: number;
  seed: number;
  /** Out-of-fold predictions, in input order. */
  predictions: number[];
  auc: number;
  calibration: CalibrationRow[];
}

/** Stratified k-fold cross-validation (seeded shuffle within each class). */
export function crossValidate(
  x: number[][],
  y: number[],
  features: readonly OnsetFeature[] = ONSET_FEATURES,
  lambda = 1,
  folds = 5,
  seed = 20261125,
): CrossValidation {
  const random = mulberry32(seed);
  const fold = new Array<number>(y.length).fill(0);
  for (const cls of [0, 1]) {
    const idx = y
      .map((v, i) => [v, i] as const)
      .filter(([v]) => v === cls)
      .map(([, i]) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((i, k) => (fold[i] = k % folds));
  }
  const predictions = new Array<number>(y.length).fill(Number.NaN);
  for (let f = 0; f < folds; f++) {
    const train = y.map((_, i) => i).filter((i) => fold[i] !== f);
    const model = fitLogistic(
      train.map((i) => x[i]!),
      train.map((i) => y[i]!),
      features,
      lambda,
    );
    y.forEach((_, i) => {
      if (fold[i] === f) predictions[i] = logisticProbability(model, x[i]!);
    });
  }
  return {
    folds,
    seed,
    predictions,
    auc: auc(predictions, y),
    calibration: calibrationTable(predictions, y),
  };
}

export interface OnsetModelFit {
  model: LogisticModel;
  episodes: number;
  mediated: number;
  rows: number;
  dropped: Record<string, number>;
  cv: CrossValidation;
}

/** Fit the onset model on parsed CWM rows, with its cross-validation. */
export function fitOnsetModel(rows: Record<string, string>[], lambda = 1): OnsetModelFit {
  const parsed = cwmOnsetEpisodes(rows);
  const x = parsed.episodes.map((e) => ONSET_FEATURES.map((f) => e.features[f]));
  const y = parsed.episodes.map((e) => e.mediated);
  return {
    model: fitLogistic(x, y, ONSET_FEATURES, lambda),
    episodes: parsed.episodes.length,
    mediated: y.filter((v) => v === 1).length,
    rows: parsed.rows,
    dropped: parsed.dropped,
    cv: crossValidate(x, y, ONSET_FEATURES, lambda),
  };
}

/**
 * The three prospects (onset, agreement, durability). Each starts from a base rate with a
 * stated reference class (a reference dataset read at run time, the case's named analogues,
 * or both pooled), then moves on the log-odds scale by the indicators bearing on it:
 * delta = INDICATOR_WEIGHT × score × confidence, a stated judgement, not a fitted weight.
 * With no base rate the probability is null and says so ("no calibrated estimate").
 */
import { logistic, logit } from '../analysis/numbers.ts';
import { tally, type Analogue } from './analogues.ts';
import { betaQuantile } from './beta.ts';
import { icd203Term, type Icd203Term } from './icd203.ts';
import type { Effect, Indicator } from './indicator.ts';
import type { Phrase } from './phrase.ts';
import { englishOf, phrase } from './phrases-en.ts';
import type { BaseRate } from './reference/base-rates.ts';

export const INDICATOR_WEIGHT = 0.5;
/** A reference dataset counts as this many pseudo-observations when pooled with analogues. */
export const REFERENCE_STRENGTH = 10;

export type AnalyticConfidence = 'low' | 'moderate' | 'high';
export type Basis = 'base-rate' | 'analogues' | 'model' | 'judgement';

export interface Prospect {
  p: number | null;
  low: number | null;
  high: number | null;
  term: Icd203Term | null;
  confidence: AnalyticConfidence;
  basis: Basis[];
  reason?: string;
  reasonPhrase?: Phrase;
  baseRate: {
    p: number;
    low: number;
    high: number;
    referenceClass: string;
    referenceClassPhrase: Phrase;
    provenance: BaseRate[];
  } | null;
  /** Σ of the indicator deltas on the log-odds scale. */
  shift: number;
}

export interface Contribution {
  indicator: string;
  effect: Effect;
  delta: number;
}

export function contributionsOf(indicators: readonly Indicator[]): Contribution[] {
  return indicators
    .filter((i) => i.score !== null)
    .map((i) => ({ indicator: i.id, effect: i.effect, delta: INDICATOR_WEIGHT * i.score! * i.confidence }))
    .filter((c) => c.delta !== 0)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
}

export interface ProspectInput {
  effect: Effect;
  reference: BaseRate | undefined;
  analogues: readonly Analogue[];
  contributions: readonly Contribution[];
  /** What to say when there is no base rate. */
  missing: Phrase;
}

export function prospect(input: ProspectInput): Prospect {
  const { n, k } = tally(input.analogues);
  const shift = input.contributions.filter((c) => c.effect === input.effect).reduce((s, c) => s + c.delta, 0);
  const provenance = input.reference === undefined ? [] : [input.reference];
  let alpha: number;
  let beta: number;
  let referenceClass: Phrase;
  const basis: Basis[] = [];
  if (input.reference !== undefined) {
    alpha = REFERENCE_STRENGTH * input.reference.p + k + 0.5;
    beta = REFERENCE_STRENGTH * (1 - input.reference.p) + (n - k) + 0.5;
    referenceClass =
      n > 0
        ? phrase('class.pooled', { reference: input.reference.referenceClassPhrase, analogues: n })
        : input.reference.referenceClassPhrase;
    basis.push('base-rate');
    if (n > 0) basis.push('analogues');
  } else if (n > 0) {
    alpha = k + 1;
    beta = n - k + 1;
    referenceClass = phrase('class.analogues', { analogues: n });
    basis.push('analogues');
  } else {
    const reason = phrase('prospect.no-estimate', { missing: input.missing });
    return {
      p: null,
      low: null,
      high: null,
      term: null,
      confidence: 'low',
      basis: [],
      reason: englishOf(reason),
      reasonPhrase: reason,
      baseRate: null,
      shift,
    };
  }
  const base = alpha / (alpha + beta);
  const low0 = betaQuantile(alpha, beta, 0.1);
  const high0 = betaQuantile(alpha, beta, 0.9);
  if (shift !== 0) basis.push('judgement');
  const move = (p: number) => logistic(logit(p) + shift);
  const p = move(base);
  const evidenceCount = n + (input.reference === undefined ? 0 : input.reference.n);
  const confidence: AnalyticConfidence =
    input.reference !== undefined && n >= 10 && evidenceCount >= 30 ? 'moderate' : 'low';
  return {
    p,
    low: move(low0),
    high: move(high0),
    term: icd203Term(p),
    confidence,
    basis,
    baseRate: {
      p: base,
      low: low0,
      high: high0,
      referenceClass: englishOf(referenceClass),
      referenceClassPhrase: referenceClass,
      provenance,
    },
    shift,
  };
}

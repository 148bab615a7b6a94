/**
 * One SMP state on the internal 0–1 scale and what every step derives from it: distances
 * from ideals to positions, the actors' risk attitudes (SPEC §B.5) and perspective utilities.
 */
import type { BigRAdjust, BigRRange, SmpParameters } from './params.ts';
import { normalisedDistance, riskUtility } from './utility.ts';
import { coalitionStrengthsByOption, condorcetElection, victoryProbabilities } from './voting.ts';

/** Fixed actor data on the 0–1 scale. */
export interface SmpActors {
  names: string[];
  capabilities: number[];
  /** σ_{i,d} = salience / 100. */
  saliences: number[][];
  /** S_i = Σ_d σ_{i,d}. */
  totalSaliences: number[];
  /** Σ_d σ_{i,d}², the denominator of i's distances. */
  salienceNorms: number[];
  /** c_i·S_i: the weight of i's votes in challenges. */
  challengeWeights: number[];
}

export interface SmpState {
  /** x_{i,d} = position / 100. */
  positions: number[][];
  /** y_{i,d}: the ideal points. */
  ideals: number[][];
}

/** Distances of a state, stored both ways so that loops over either index read in order. */
export interface IdealDistances {
  n: number;
  /** byIdeal[i·n + j] = D[i][j] = δ_i(x_j): distance from i's ideal to j's current position. */
  byIdeal: Float64Array;
  /** byPosition[j·n + i] = D[i][j]. */
  byPosition: Float64Array;
}

export function idealDistances(actors: SmpActors, state: SmpState): IdealDistances {
  const n = state.positions.length;
  const byIdeal = new Float64Array(n * n);
  const byPosition = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const ideal = state.ideals[i]!;
    const saliences = actors.saliences[i]!;
    const norm = actors.salienceNorms[i]!;
    for (let j = 0; j < n; j++) {
      const d = normalisedDistance(ideal, saliences, norm, state.positions[j]!);
      byIdeal[i * n + j] = d;
      byPosition[j * n + i] = d;
    }
  }
  return { n, byIdeal, byPosition };
}

/**
 * Risk attitudes R_i from the probabilistic Condorcet election over actor positions with
 * risk-neutral utilities and capability weights: the likeliest winner becomes most risk-averse.
 */
export function riskAttitudes(
  actors: SmpActors,
  distances: IdealDistances,
  parameters: SmpParameters,
): number[] {
  // Voter i's risk-neutral utility for actor j's position, stored option (j) by option.
  const neutral = distances.byPosition.map((d) => riskUtility(d, 0));
  const strengths = coalitionStrengthsByOption(
    parameters.votingRule,
    actors.capabilities,
    neutral,
    distances.n,
  );
  const victory = victoryProbabilities(parameters.victoryProbModel, strengths);
  const probabilities = condorcetElection(parameters.pceModel, strengths, victory);
  return scaleRisk(probabilities, parameters.bigRRange);
}

function scaleRisk(probabilities: readonly number[], range: BigRRange): number[] {
  const pMax = Math.max(...probabilities);
  const pMin = Math.min(...probabilities);
  const spread = pMax - pMin;
  if (spread <= 0) return probabilities.map(() => 0);
  return probabilities.map((p) => {
    switch (range) {
      case 'Min':
        return (p - pMin) / spread;
      case 'Mid':
        return (3 * p - pMax - 2 * pMin) / (2 * spread);
      case 'Max':
        return (2 * p - pMax - pMin) / spread;
    }
  });
}

/** r^h_i: how h estimates i's risk attitude under BigRAdjust. */
export function estimatedRisk(adjust: BigRAdjust, ownRisk: number, otherRisk: number): number {
  switch (adjust) {
    case 'Full':
      return otherRisk;
    case 'TwoThirds':
      return (ownRisk + 2 * otherRisk) / 3;
    case 'Half':
      return (ownRisk + otherRisk) / 2;
    case 'OneThird':
      return (2 * ownRisk + otherRisk) / 3;
    case 'None':
      return ownRisk;
  }
}

/**
 * Actor h's view of the utilities, U^h[n][m] = u(D_nm, r^h_n), computed on demand from the
 * distances (the full matrix would cost N² per perspective, N³ per turn, to store).
 */
export class Perspective {
  readonly n: number;
  /** r^h_n for every actor n. */
  readonly risks: Float64Array;
  /** U^h[n][n]. */
  readonly own: Float64Array;
  /** The state's distances, byPosition[m·n + k] = D[k][m]. */
  readonly byPosition: Float64Array;

  constructor(h: number, distances: IdealDistances, risks: readonly number[], adjust: BigRAdjust) {
    const n = distances.n;
    this.n = n;
    this.byPosition = distances.byPosition;
    this.risks = new Float64Array(n);
    this.own = new Float64Array(n);
    const riskH = risks[h]!;
    for (let m = 0; m < n; m++) {
      const r = estimatedRisk(adjust, riskH, risks[m]!);
      this.risks[m] = r;
      this.own[m] = riskUtility(this.byPosition[m * n + m]!, r);
    }
  }

  /** U^h[n][m]. */
  utility(n: number, m: number): number {
    return riskUtility(this.byPosition[m * this.n + n]!, this.risks[n]!);
  }

  /** The column U^h[·][m]: every actor's utility for m's position. */
  column(m: number, into: Float64Array = new Float64Array(this.n)): Float64Array {
    const { n, byPosition, risks } = this;
    const offset = m * n;
    for (let k = 0; k < n; k++) into[k] = riskUtility(byPosition[offset + k]!, risks[k]!);
    return into;
  }
}

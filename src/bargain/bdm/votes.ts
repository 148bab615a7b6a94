/**
 * Votes, the probability that one position beats another (SPEC §A.2, §A.4), the median
 * voter (weighted Condorcet winner) and the weighted mean of the BDM model.
 */
import { weightedMedian } from '../weighted-median.ts';
import type { BdmProbabilityForm } from './types.ts';

/** Actor data for one round: capability·salience weights, positions, risk exponents. */
export interface BdmRoundActors {
  weights: number[];
  positions: number[];
  risks: number[];
  range: number;
}

/**
 * distancePowers[k][a] = (|x_k − x_a| / Δ)^r_k (r_k = 1 for risk-neutral votes), so that
 * v_k(a, b) = w_k (distancePowers[k][b] − distancePowers[k][a]).
 */
export function distancePowers(actors: BdmRoundActors, riskAdjusted: boolean): number[][] {
  const { positions, risks, range } = actors;
  return positions.map((xk, k) =>
    positions.map((xa) => {
      const d = Math.abs(xk - xa) / range;
      return riskAdjusted ? d ** risks[k]! : d;
    }),
  );
}

/** An n × n matrix stored row by row: m[i·n + j]. */
export interface SquareMatrix {
  n: number;
  values: Float64Array;
}

/** P[i][j] as nested arrays (see winProbabilityMatrix). */
export function winProbabilities(
  actors: BdmRoundActors,
  form: BdmProbabilityForm,
  riskAdjusted: boolean,
): number[][] {
  const { n, values } = winProbabilityMatrix(actors, form, riskAdjusted);
  return Array.from({ length: n }, (_, i) => Array.from(values.subarray(i * n, (i + 1) * n)));
}

/**
 * P[i][j]: probability that i's position beats j's; 0 when they coincide (no contest).
 * O(n³): the sums over voters run over a transposed matrix of distance powers so that the
 * innermost loop reads memory in order; every sum keeps the voters' order k = 0 … n − 1.
 */
export function winProbabilityMatrix(
  actors: BdmRoundActors,
  form: BdmProbabilityForm,
  riskAdjusted: boolean,
): SquareMatrix {
  const { weights, positions, risks, range } = actors;
  const n = positions.length;
  // byTarget[a·n + k] = distancePowers[k][a].
  const byTarget = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const xk = positions[k]!;
    const rk = risks[k]!;
    for (let a = 0; a < n; a++) {
      const d = Math.abs(xk - positions[a]!) / range;
      byTarget[a * n + k] = riskAdjusted ? d ** rk : d;
    }
  }
  const w = Float64Array.from(weights);
  const allPairs = form === 'all-pairs' ? allPairsVoteMass(w, byTarget, n) : 0;
  const result = new Float64Array(n * n);
  // One pass per unordered pair: v_k(j, i) = −v_k(i, j) exactly, so j's positives are i's negatives.
  for (let i = 0; i < n; i++) {
    const xi = positions[i]!;
    const rowI = i * n;
    for (let j = i + 1; j < n; j++) {
      if (xi === positions[j]) continue;
      const rowJ = j * n;
      let pij: number;
      let pji: number;
      if (form === 'net') {
        let net = 0;
        let absolute = 0;
        for (let k = 0; k < n; k++) {
          const v = w[k]! * (byTarget[rowJ + k]! - byTarget[rowI + k]!);
          net += v;
          absolute += Math.abs(v);
        }
        pij = absolute === 0 ? 0.5 : Math.max(0, net) / absolute;
        pji = absolute === 0 ? 0.5 : Math.max(0, -net) / absolute;
      } else {
        let positive = 0;
        let negative = 0;
        let absolute = 0;
        for (let k = 0; k < n; k++) {
          const v = w[k]! * (byTarget[rowJ + k]! - byTarget[rowI + k]!);
          if (v > 0) positive += v;
          else if (v < 0) negative -= v;
          absolute += Math.abs(v);
        }
        if (form === 'all-pairs') {
          pij = allPairs > 0 ? positive / allPairs : 0;
          pji = allPairs > 0 ? negative / allPairs : 0;
        } else {
          pij = absolute === 0 ? 0.5 : positive / absolute;
          pji = absolute === 0 ? 0.5 : negative / absolute;
        }
      }
      result[rowI + j] = pij;
      result[rowJ + i] = pji;
    }
  }
  return { n, values: result };
}

/** Σ_k Σ_a Σ_b |v_k(a, b)|: the Scholz-code denominator, summed in the order k, a, b. */
function allPairsVoteMass(weights: Float64Array, byTarget: Float64Array, n: number): number {
  // byVoter[k·n + a] = distancePowers[k][a].
  const byVoter = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let k = 0; k < n; k++) byVoter[k * n + a] = byTarget[a * n + k]!;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const row = k * n;
    const wk = weights[k]!;
    for (let a = 0; a < n; a++) {
      const pa = byVoter[row + a]!;
      for (let b = 0; b < n; b++) total += Math.abs(wk * (byVoter[row + b]! - pa));
    }
  }
  return total;
}

/**
 * The median voter: the distinct position that no other beats in a risk-neutral weighted
 * pairwise vote (weighted Condorcet winner); the c·s-weighted median when none exists.
 */
export function medianVoterPosition(weights: readonly number[], positions: readonly number[]): number {
  const distinct = [...new Set(positions)];
  for (const a of distinct) {
    const beaten = distinct.some((b) => b !== a && pairwiseVote(weights, positions, b, a) > 0);
    if (!beaten) return a;
  }
  return weightedMedian(positions, weights);
}

/** Σ_k w_k (|x_k − b| − |x_k − a|): positive when a is preferred to b. */
function pairwiseVote(
  weights: readonly number[],
  positions: readonly number[],
  a: number,
  b: number,
): number {
  let sum = 0;
  for (let k = 0; k < positions.length; k++) {
    sum += weights[k]! * (Math.abs(positions[k]! - b) - Math.abs(positions[k]! - a));
  }
  return sum;
}

/** Σ w x / Σ w. */
export function weightedMean(positions: readonly number[], weights: readonly number[]): number {
  let top = 0;
  let bottom = 0;
  positions.forEach((x, k) => {
    top += weights[k]! * x;
    bottom += weights[k]!;
  });
  return top / bottom;
}

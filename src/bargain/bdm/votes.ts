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

/** P[i][j]: probability that i's position beats j's; 0 when they coincide (no contest). */
export function winProbabilities(
  actors: BdmRoundActors,
  form: BdmProbabilityForm,
  riskAdjusted: boolean,
): number[][] {
  const { weights, positions } = actors;
  const n = positions.length;
  const powers = distancePowers(actors, riskAdjusted);
  const allPairs = form === 'all-pairs' ? allPairsVoteMass(weights, powers) : 0;
  const result: number[][] = positions.map(() => new Array<number>(n).fill(0));
  // One pass per unordered pair: v_k(j, i) = −v_k(i, j) exactly, so j's positives are i's negatives.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (positions[i] === positions[j]) continue;
      let positive = 0;
      let negative = 0;
      let net = 0;
      let absolute = 0;
      for (let k = 0; k < n; k++) {
        const pk = powers[k]!;
        const v = weights[k]! * (pk[j]! - pk[i]!);
        if (v > 0) positive += v;
        else if (v < 0) negative -= v;
        net += v;
        absolute += Math.abs(v);
      }
      const [pij, pji] =
        form === 'all-pairs'
          ? allPairs > 0
            ? [positive / allPairs, negative / allPairs]
            : [0, 0]
          : absolute === 0
            ? [0.5, 0.5]
            : form === 'net'
              ? [Math.max(0, net) / absolute, Math.max(0, -net) / absolute]
              : [positive / absolute, negative / absolute];
      result[i]![j] = pij;
      result[j]![i] = pji;
    }
  }
  return result;
}

/** Σ_k Σ_a Σ_b |v_k(a, b)|: the Scholz-code denominator. */
function allPairsVoteMass(weights: readonly number[], powers: readonly (readonly number[])[]): number {
  let total = 0;
  const n = weights.length;
  for (let k = 0; k < n; k++) {
    const pk = powers[k]!;
    const w = weights[k]!;
    for (let a = 0; a < n; a++) {
      const pa = pk[a]!;
      for (let b = 0; b < n; b++) total += Math.abs(w * (pk[b]! - pa));
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

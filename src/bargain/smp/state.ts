/**
 * One SMP state on the internal 0–1 scale and what every step derives from it: distances
 * from ideals to positions, the actors' risk attitudes (SPEC §B.5) and perspective utilities.
 */
import type { BigRAdjust, BigRRange, SmpParameters } from './params.ts';
import { riskUtility, salienceWeightedDistance } from './utility.ts';
import { coalitionStrengths, condorcetElection, victoryProbabilities } from './voting.ts';

/** Fixed actor data on the 0–1 scale. */
export interface SmpActors {
  names: string[];
  capabilities: number[];
  /** σ_{i,d} = salience / 100. */
  saliences: number[][];
  /** S_i = Σ_d σ_{i,d}. */
  totalSaliences: number[];
}

export interface SmpState {
  /** x_{i,d} = position / 100. */
  positions: number[][];
  /** y_{i,d}: the ideal points. */
  ideals: number[][];
}

/** D[i][j] = δ_i(x_j): distance from i's ideal to j's current position. */
export function idealDistances(actors: SmpActors, state: SmpState): number[][] {
  return state.ideals.map((ideal, i) =>
    state.positions.map((position) => salienceWeightedDistance(ideal, actors.saliences[i]!, position)),
  );
}

/**
 * Risk attitudes R_i from the probabilistic Condorcet election over actor positions with
 * risk-neutral utilities and capability weights: the likeliest winner becomes most risk-averse.
 */
export function riskAttitudes(
  actors: SmpActors,
  distances: readonly (readonly number[])[],
  parameters: SmpParameters,
): number[] {
  const neutral = distances.map((row) => row.map((d) => riskUtility(d, 0)));
  const strengths = coalitionStrengths(parameters.votingRule, actors.capabilities, neutral);
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

/** U^h[i][j] = u(D_ij, r^h_i): utilities as actor h estimates them. */
export function perspectiveUtilities(
  h: number,
  distances: readonly (readonly number[])[],
  risks: readonly number[],
  adjust: BigRAdjust,
): number[][] {
  const riskH = risks[h]!;
  return distances.map((row, i) => {
    const r = estimatedRisk(adjust, riskH, risks[i]!);
    return row.map((d) => riskUtility(d, r));
  });
}

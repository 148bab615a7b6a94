/**
 * The "winning probabilities" KTAB prints for each state (SPEC §B.9): a probabilistic
 * Condorcet election over the distinct positions held, each actor shown the probability of
 * the last distinct position within tolerance of its own.
 */
import type { SmpParameters } from './params.ts';
import type { SmpActors } from './state.ts';
import { euclidean, normalisedDistance, riskUtility } from './utility.ts';
import { coalitionStrengthsByOption, condorcetElection, victoryProbabilities } from './voting.ts';

/** Positions closer than this (Euclidean, 0–1 scale) count as one. */
export const UNIQUE_POSITION_TOLERANCE = 1e-3;

export interface PositionDistribution {
  /** Distinct positions (first representatives), 0–1 scale. */
  positions: number[][];
  /** Probability of each distinct position. */
  probabilities: number[];
  /** For each actor, the index of the distinct position it is shown. */
  actorPosition: number[];
}

/** Greedy first representatives of the positions within the tolerance. */
export function uniquePositions(positions: readonly (readonly number[])[]): number[][] {
  const unique: number[][] = [];
  for (const x of positions) {
    if (!unique.some((u) => euclidean(u, x) < UNIQUE_POSITION_TOLERANCE)) unique.push([...x]);
  }
  return unique;
}

export function positionDistribution(
  actors: SmpActors,
  positions: readonly (readonly number[])[],
  ideals: readonly (readonly number[])[],
  risks: readonly number[],
  parameters: SmpParameters,
): PositionDistribution {
  const unique = uniquePositions(positions);
  // byOption[q·n + i]: voter i's utility for distinct position q.
  const n = ideals.length;
  const byOption = new Float64Array(unique.length * n);
  unique.forEach((q, o) => {
    for (let i = 0; i < n; i++) {
      const distance = normalisedDistance(ideals[i]!, actors.saliences[i]!, actors.salienceNorms[i]!, q);
      byOption[o * n + i] = riskUtility(distance, risks[i]!);
    }
  });
  const strengths = coalitionStrengthsByOption(
    parameters.votingRule,
    actors.capabilities,
    byOption,
    unique.length,
  );
  const victory = victoryProbabilities(parameters.victoryProbModel, strengths);
  const probabilities = condorcetElection(parameters.pceModel, strengths, victory);
  const actorPosition = positions.map((x) => {
    let shown = 0;
    unique.forEach((q, index) => {
      if (euclidean(q, x) < UNIQUE_POSITION_TOLERANCE) shown = index;
    });
    return shown;
  });
  return { positions: unique, probabilities, actorPosition };
}

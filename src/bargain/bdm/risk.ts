/**
 * Risk exponents of the BDM model (SPEC §A.6): each actor's "danger" is the expected utility
 * the others see in challenging it (all at r = 1); the most threatened actor gets r = 0.5,
 * the safest r = 2.
 */
import {
  changingUtility,
  expectedUtilityOf,
  failureUtility,
  statusQuoUtility,
  successUtility,
} from './expected-utility.ts';
import type { BdmVariant } from './types.ts';
import { winProbabilityMatrix, type BdmRoundActors, type SquareMatrix } from './votes.ts';

/**
 * `neutralProbabilities`, when given, must be the risk-neutral (all r = 1) win probabilities
 * of these actors; the round loop passes the matrix it already has.
 */
export function riskExponents(
  actors: BdmRoundActors,
  saliences: readonly number[],
  median: number,
  variant: BdmVariant,
  neutralProbabilities?: SquareMatrix,
): number[] {
  const probabilities =
    neutralProbabilities ??
    winProbabilityMatrix(
      { ...actors, risks: actors.positions.map(() => 1) },
      variant.probability,
      variant.riskAdjustedVotes,
    );
  const { positions, range } = actors;
  const { q, t } = variant;
  const n = positions.length;
  const p = probabilities.values;
  const statusQuo = statusQuoUtility(q, 1);
  const dangers = positions.map((xi, i) => {
    let danger = 0;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      const xk = positions[k]!;
      const distance = Math.abs(xk - xi) / range;
      danger += expectedUtilityOf(
        successUtility(distance, 1),
        failureUtility(distance, 1),
        p[k * n + i]!,
        saliences[i]!,
        statusQuo,
        changingUtility(q, t, Math.abs(xk - median) / range, distance, 1),
      );
    }
    return danger;
  });
  const max = Math.max(...dangers);
  const min = Math.min(...dangers);
  return dangers.map((danger) => {
    if (max === min) return 1;
    const acceptance = (2 * danger - max - min) / (max - min);
    return (1 - acceptance / 3) / (1 + acceptance / 3);
  });
}

/**
 * Risk exponents of the BDM model (SPEC §A.6): each actor's "danger" is the expected utility
 * the others see in challenging it (all at r = 1); the most threatened actor gets r = 0.5,
 * the safest r = 2.
 */
import { challengeExpectedUtility } from './expected-utility.ts';
import type { BdmVariant } from './types.ts';
import { winProbabilities, type BdmRoundActors } from './votes.ts';

export function riskExponents(
  actors: BdmRoundActors,
  saliences: readonly number[],
  median: number,
  variant: BdmVariant,
): number[] {
  const neutral: BdmRoundActors = { ...actors, risks: actors.positions.map(() => 1) };
  const probabilities = winProbabilities(neutral, variant.probability, variant.riskAdjustedVotes);
  const { positions, range } = actors;
  const dangers = positions.map((xi, i) => {
    let danger = 0;
    positions.forEach((xk, k) => {
      if (k === i) return;
      danger += challengeExpectedUtility({
        distance: Math.abs(xk - xi) / range,
        distanceToMedian: Math.abs(xk - median) / range,
        probability: probabilities[k]![i]!,
        targetSalience: saliences[i]!,
        risk: 1,
        q: variant.q,
        t: variant.t,
      });
    });
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

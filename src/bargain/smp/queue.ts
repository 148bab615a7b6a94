/**
 * Resolution of the bargain queues (SPEC §B.8): every actor's queue holds its status quo and
 * each bargain it initiated or received; all actors vote, by capability, over the queue's
 * options, and the likeliest option (deterministic mode) sets that actor's new position.
 */
import type { Bargain } from './bargain.ts';
import type { SmpParameters } from './params.ts';
import type { SmpActors } from './state.ts';
import { riskUtility, salienceWeightedDistance } from './utility.ts';
import { coalitionStrengths, condorcetElection, firstArgMax, victoryProbabilities } from './voting.ts';

/** Value to every actor a of a world where the listed actors have moved: (1/N) Σ_n u(δ_a(x_n), R_a). */
function valueToEveryone(
  actors: SmpActors,
  ideals: readonly (readonly number[])[],
  positions: readonly (readonly number[])[],
  risks: readonly number[],
): number[] {
  const n = positions.length;
  return ideals.map((ideal, a) => {
    let sum = 0;
    for (let m = 0; m < n; m++) {
      sum += riskUtility(salienceWeightedDistance(ideal, actors.saliences[a]!, positions[m]!), risks[a]!);
    }
    return sum / n;
  });
}

function positionsAfter(positions: readonly (readonly number[])[], bargain: Bargain): number[][] {
  return positions.map((x, n) =>
    n === bargain.initiator
      ? bargain.initiatorPosition
      : n === bargain.receiver
        ? bargain.receiverPosition
        : [...x],
  );
}

/**
 * New positions after every actor's queue is resolved. `chooseIndex` picks an option from the
 * PCE probabilities (first maximum in deterministic mode; a seeded draw in stochastic mode).
 */
export function resolveQueues(
  actors: SmpActors,
  positions: readonly (readonly number[])[],
  ideals: readonly (readonly number[])[],
  risks: readonly number[],
  bargains: readonly Bargain[],
  parameters: SmpParameters,
  chooseIndex: (probabilities: readonly number[]) => number = firstArgMax,
): number[][] {
  const statusQuoValue = valueToEveryone(actors, ideals, positions, risks);
  const bargainValues = bargains.map((b) =>
    valueToEveryone(actors, ideals, positionsAfter(positions, b), risks),
  );

  return positions.map((current, k) => {
    const queue = bargains
      .map((bargain, index) => ({ bargain, index }))
      .filter(({ bargain }) => bargain.initiator === k || bargain.receiver === k);
    if (queue.length === 0) return [...current];
    // utilities[a][o]: option 0 is the status quo, then the queued bargains in order.
    const utilities = actors.names.map((_, a) => [
      statusQuoValue[a]!,
      ...queue.map(({ index }) => bargainValues[index]![a]!),
    ]);
    const strengths = coalitionStrengths(parameters.votingRule, actors.capabilities, utilities);
    const victory = victoryProbabilities(parameters.victoryProbModel, strengths);
    const probabilities = condorcetElection(parameters.pceModel, strengths, victory);
    const chosen = chooseIndex(probabilities);
    if (chosen === 0) return [...current];
    const bargain = queue[chosen - 1]!.bargain;
    return [...(bargain.initiator === k ? bargain.initiatorPosition : bargain.receiverPosition)];
  });
}

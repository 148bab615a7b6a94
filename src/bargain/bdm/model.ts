/**
 * The BDM round loop (SPEC §A.8): risk exponents, offers on the old positions, simultaneous
 * moves; stops on ε-convergence, a repeated state (cycle) or the round limit, and says which.
 */
import { UnprocessableError } from '../../errors.ts';
import { describeOscillation, detectCycle, type BdmCycle, type BdmOscillation } from './dynamics.ts';
import { acceptedOffer, type Offer } from './offers.ts';
import { riskExponents } from './risk.ts';
import type { BdmInput, BdmOptions, BdmVariant } from './types.ts';
import { BDM_VARIANTS } from './variants.ts';
import { medianVoterPosition, weightedMean, winProbabilityMatrix, type BdmRoundActors } from './votes.ts';

export interface BdmRound {
  t: number;
  positions: number[];
  /** Risk exponents used in this round's offers (all 1 at t = 0). */
  risks: number[];
  median: number;
  mean: number;
  /** Accepted offers that produced this state. */
  moves: Offer[];
}

export type BdmStopReason = 'converged' | 'cycle' | 'max-rounds';

export interface BdmRun {
  variant: BdmVariant;
  range: number;
  rounds: BdmRound[];
  stopReason: BdmStopReason;
  cycle: BdmCycle | null;
  oscillation: BdmOscillation;
}

export const BDM_DEFAULT_ROUNDS = 10;
export const BDM_DEFAULT_EPSILON = 1e-6;

/** Runs the model. Pure. */
export function runBdm(
  input: BdmInput,
  variant: BdmVariant = BDM_VARIANTS.paper,
  options: BdmOptions = {},
): BdmRun {
  const maxRounds = options.maxRounds ?? BDM_DEFAULT_ROUNDS;
  const epsilon = options.epsilon ?? BDM_DEFAULT_EPSILON;
  if (input.actors.length === 0) throw new UnprocessableError('the BDM model needs at least one actor');
  const saliences = input.actors.map((a) => a.salience);
  const weights = input.actors.map((a) => a.capability * a.salience);
  let positions = input.actors.map((a) => a.position);
  const range = input.positionRange
    ? input.positionRange.max - input.positionRange.min
    : Math.max(...positions) - Math.min(...positions);

  const median0 = medianVoterPosition(weights, positions);
  const rounds: BdmRound[] = [
    {
      t: 0,
      positions,
      risks: positions.map(() => 1),
      median: median0,
      mean: weightedMean(positions, weights),
      moves: [],
    },
  ];
  let stopReason: BdmStopReason = 'max-rounds';
  let cycle: BdmCycle | null = null;
  const tolerance = epsilon * (range > 0 ? range : 1);

  if (range <= 0 || new Set(positions).size === 1) {
    stopReason = 'converged'; // nobody disagrees: nothing to bargain over
  } else {
    const ones = positions.map(() => 1);
    for (let t = 1; t <= maxRounds; t++) {
      const previous = rounds[rounds.length - 1]!;
      const actors: BdmRoundActors = { weights, positions, risks: ones, range };
      const neutral = winProbabilityMatrix(actors, variant.probability, variant.riskAdjustedVotes);
      const risks = riskExponents(actors, saliences, previous.median, variant, neutral);
      const adjusted: BdmRoundActors = { ...actors, risks };
      // Risk-neutral votes ignore the risk exponents: the matrix is the one just computed.
      const probabilities = variant.riskAdjustedVotes
        ? winProbabilityMatrix(adjusted, variant.probability, true)
        : neutral;
      const context = { actors: adjusted, saliences, probabilities, median: previous.median, variant };
      const moves: Offer[] = [];
      for (let i = 0; i < positions.length; i++) {
        const offer = acceptedOffer(i, context);
        if (offer !== null) moves.push(offer);
      }
      const next = [...positions];
      for (const move of moves) next[move.receiver] = move.newPosition;
      positions = next;
      const median = medianVoterPosition(weights, positions);
      rounds.push({ t, positions, risks, median, mean: weightedMean(positions, weights), moves });

      const moved = Math.max(...positions.map((x, k) => Math.abs(x - previous.positions[k]!)));
      if (moved <= tolerance && Math.abs(median - previous.median) <= tolerance) {
        stopReason = 'converged';
        break;
      }
      cycle = detectCycle(
        rounds.map((r) => r.positions),
        rounds.map((r) => r.median),
        tolerance,
      );
      if (cycle !== null) {
        stopReason = 'cycle';
        break;
      }
    }
  }
  const oscillation = describeOscillation(
    rounds.map((r) => r.positions),
    rounds.map((r) => r.median),
    tolerance,
  );
  return { variant, range, rounds, stopReason, cycle, oscillation };
}

/**
 * The SMP turn loop (SPEC §B.5–B.9): from an input on KTAB's scales to the full history of
 * positions, risk attitudes and winning probabilities, stopping as KTAB's smpc does.
 */
import { UnprocessableError } from '../../errors.ts';
import { proposeBargains, type Bargain } from './bargain.ts';
import { DEFAULT_SMP_PARAMETERS, SMP_MAX_TURNS, SMP_STOP_FRACTION, type SmpParameters } from './params.ts';
import { resolveQueues } from './queue.ts';
import { idealDistances, riskAttitudes, type SmpActors, type SmpState } from './state.ts';
import type { SmpInput } from './types.ts';
import { euclidean, salienceNorm } from './utility.ts';
import { firstArgMax } from './voting.ts';
import { positionDistribution, type PositionDistribution } from './winprob.ts';

/** One state of the run, positions on the 0–1 scale. */
export interface SmpTurn {
  t: number;
  positions: number[][];
  /** R_i of this state. */
  riskAttitudes: number[];
  /** The distribution KTAB prints as winning probabilities. */
  distribution: PositionDistribution;
  /** Per actor, the probability KTAB prints for it. */
  winProbabilities: number[];
  /** d_t = Σ_i ||x_i(t) − x_i(t−1)|| (0 for t = 0). */
  movement: number;
  /** Bargains proposed in the turn that produced this state (none for t = 0). */
  bargains: Bargain[];
}

export type SmpStopReason = 'converged' | 'max-rounds';

export interface SmpRun {
  parameters: SmpParameters;
  turns: SmpTurn[];
  stopReason: SmpStopReason;
}

export interface SmpRunOptions {
  /** Maximum turns (KTAB: 100). */
  maxTurns?: number;
  /** Option chooser for the stochastic mode; deterministic takes the first maximum. */
  chooseIndex?: (probabilities: readonly number[]) => number;
}

export function toSmpActors(input: SmpInput): SmpActors {
  const saliences = input.actors.map((a) => a.saliences.map((s) => s / 100));
  const capabilities = input.actors.map((a) => a.capability);
  const totalSaliences = saliences.map((row) => row.reduce((sum, s) => sum + s, 0));
  return {
    names: input.actors.map((a) => a.name),
    capabilities,
    saliences,
    totalSaliences,
    salienceNorms: saliences.map(salienceNorm),
    challengeWeights: capabilities.map((c, n) => c * totalSaliences[n]!),
  };
}

/** Runs the model until KTAB's stopping rule or `maxTurns`. Pure. */
export function runSmp(input: SmpInput, options: SmpRunOptions = {}): SmpRun {
  const parameters: SmpParameters = { ...DEFAULT_SMP_PARAMETERS, ...input.parameters };
  if (parameters.stateTransition === 'Stochastic' && options.chooseIndex === undefined) {
    throw new UnprocessableError('the stochastic SMP needs a seeded chooser (give a seed)');
  }
  const choose = options.chooseIndex ?? firstArgMax;
  const maxTurns = options.maxTurns ?? SMP_MAX_TURNS;
  const actors = toSmpActors(input);
  const initial = input.actors.map((a) => a.positions.map((x) => x / 100));
  let state: SmpState = { positions: initial, ideals: initial.map((x) => [...x]) };

  const turns: SmpTurn[] = [];
  let risks = riskAttitudes(actors, idealDistances(actors, state), parameters);
  turns.push(describeTurn(0, actors, state, risks, 0, [], parameters));
  let firstMovement = 0;
  let stopReason: SmpStopReason = 'max-rounds';

  // Deliberate departure from smpc, which always runs two turns: when every actor already
  // holds the same position (or there is one actor) nothing can move, so stop at once.
  if (initial.every((x) => euclidean(x, initial[0]!) === 0)) {
    return { parameters, turns, stopReason: 'converged' };
  }

  for (let t = 1; t <= maxTurns; t++) {
    const distances = idealDistances(actors, state);
    const bargains = actors.names.flatMap((_, i) =>
      proposeBargains(i, actors, state.positions, distances, risks, parameters),
    );
    const positions = resolveQueues(
      actors,
      state.positions,
      state.ideals,
      risks,
      bargains,
      parameters,
      choose,
    );
    const ideals = adjustIdeals(input.accommodation, positions, state.ideals);
    const movement = positions.reduce((sum, x, i) => sum + euclidean(x, state.positions[i]!), 0);
    state = { positions, ideals };
    risks = riskAttitudes(actors, idealDistances(actors, state), parameters);
    turns.push(describeTurn(t, actors, state, risks, movement, bargains, parameters));
    if (t === 1) firstMovement = movement;
    if (t >= 2 && movement / (firstMovement + 1e-4) < SMP_STOP_FRACTION) {
      stopReason = 'converged';
      break;
    }
  }
  return { parameters, turns, stopReason };
}

function describeTurn(
  t: number,
  actors: SmpActors,
  state: SmpState,
  risks: number[],
  movement: number,
  bargains: Bargain[],
  parameters: SmpParameters,
): SmpTurn {
  const distribution = positionDistribution(actors, state.positions, state.ideals, risks, parameters);
  return {
    t,
    positions: state.positions.map((x) => [...x]),
    riskAttitudes: risks,
    distribution,
    winProbabilities: distribution.actorPosition.map((q) => distribution.probabilities[q]!),
    movement,
    bargains,
  };
}

/** y_i' = Σ_j a_ij x_j' + (1 − Σ_j a_ij) y_i; identity (the CSV default) sets y' = x'. */
function adjustIdeals(
  accommodation: number[][] | undefined,
  positions: readonly (readonly number[])[],
  ideals: readonly (readonly number[])[],
): number[][] {
  if (accommodation === undefined) return positions.map((x) => [...x]);
  return ideals.map((ideal, i) => {
    const row = accommodation[i]!;
    const kept = 1 - row.reduce((sum, a) => sum + a, 0);
    return ideal.map((y, d) => {
      let value = kept * y;
      for (let j = 0; j < positions.length; j++) value += row[j]! * positions[j]![d]!;
      return value;
    });
  });
}

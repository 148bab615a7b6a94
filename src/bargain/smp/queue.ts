/**
 * Resolution of the bargain queues (SPEC §B.8): every actor's queue holds its status quo and
 * each bargain it initiated or received; all actors vote, by capability, over the queue's
 * options, and the likeliest option (deterministic mode) sets that actor's new position.
 */
import type { Bargain } from './bargain.ts';
import type { SmpParameters } from './params.ts';
import type { SmpActors } from './state.ts';
import { normalisedDistance, riskUtility } from './utility.ts';
import {
  coalitionStrengthsByOption,
  condorcetElection,
  firstArgMax,
  victoryProbabilities,
} from './voting.ts';

/**
 * The value to every actor a of the current world and of the worlds after each bargain,
 * (1/N) Σ_n u(δ_a(x_n), R_a) summed in the order n = 0 … N − 1. A bargain moves two actors
 * only, so the terms u(δ_a(x_n), R_a) are computed once, and each bargain's sum starts from the
 * status quo's running sum just before the first moved actor (the same partial sum, exactly).
 */
class WorldValues {
  private readonly n: number;
  /** terms[a·n + m] = u(δ_a(x_m), R_a). */
  private readonly terms: Float64Array;
  /** prefix[a·(n + 1) + m] = the running sum of a's first m terms. */
  private readonly prefix: Float64Array;

  constructor(
    private readonly actors: SmpActors,
    private readonly ideals: readonly (readonly number[])[],
    positions: readonly (readonly number[])[],
    private readonly risks: readonly number[],
  ) {
    const n = positions.length;
    this.n = n;
    this.terms = new Float64Array(n * n);
    this.prefix = new Float64Array(n * (n + 1));
    for (let a = 0; a < n; a++) {
      let sum = 0;
      for (let m = 0; m < n; m++) {
        const term = this.termFor(a, positions[m]!);
        this.terms[a * n + m] = term;
        this.prefix[a * (n + 1) + m] = sum;
        sum += term;
      }
      this.prefix[a * (n + 1) + n] = sum;
    }
  }

  private termFor(a: number, position: readonly number[]): number {
    const { saliences, salienceNorms } = this.actors;
    return riskUtility(
      normalisedDistance(this.ideals[a]!, saliences[a]!, salienceNorms[a]!, position),
      this.risks[a]!,
    );
  }

  /** Values of the status quo, written into `into`. */
  statusQuo(into: Float64Array): void {
    const n = this.n;
    for (let a = 0; a < n; a++) into[a] = this.prefix[a * (n + 1) + n]! / n;
  }

  /** Values of the world after the bargain, written into `into`. */
  after(bargain: Bargain, into: Float64Array): void {
    const { n, terms, prefix } = this;
    const p = bargain.initiator;
    const q = bargain.receiver;
    const first = Math.min(p, q);
    const second = Math.max(p, q);
    for (let a = 0; a < n; a++) {
      const termP = this.termFor(a, bargain.initiatorPosition);
      const termQ = this.termFor(a, bargain.receiverPosition);
      const row = a * n;
      let sum = prefix[a * (n + 1) + first]!;
      sum += first === p ? termP : termQ;
      for (let m = first + 1; m < second; m++) sum += terms[row + m]!;
      sum += second === p ? termP : termQ;
      for (let m = second + 1; m < n; m++) sum += terms[row + m]!;
      into[a] = sum / n;
    }
  }
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
  const n = positions.length;
  const world = new WorldValues(actors, ideals, positions, risks);
  const statusQuoValue = new Float64Array(n);
  world.statusQuo(statusQuoValue);
  // Each actor's queue: the bargains it initiated or received, in the order proposed.
  const queues: number[][] = positions.map(() => []);
  bargains.forEach((bargain, index) => {
    queues[bargain.initiator]!.push(index);
    queues[bargain.receiver]!.push(index);
  });
  // Only bargains in some queue matter, and every bargain is in two: compute each once.
  const bargainValues = bargains.map((bargain) => {
    const values = new Float64Array(n);
    world.after(bargain, values);
    return values;
  });

  return positions.map((current, k) => {
    const queue = queues[k]!;
    if (queue.length === 0) return [...current];
    // Option 0 is the status quo, then the queued bargains in order; byOption[o·n + a].
    const options = queue.length + 1;
    const byOption = new Float64Array(options * n);
    byOption.set(statusQuoValue, 0);
    queue.forEach((index, o) => byOption.set(bargainValues[index]!, (o + 1) * n));
    const strengths = coalitionStrengthsByOption(
      parameters.votingRule,
      actors.capabilities,
      byOption,
      options,
    );
    const victory = victoryProbabilities(parameters.victoryProbModel, strengths);
    const probabilities = condorcetElection(parameters.pceModel, strengths, victory);
    const chosen = chooseIndex(probabilities);
    if (chosen === 0) return [...current];
    const bargain = bargains[queue[chosen - 1]!]!;
    return [...(bargain.initiator === k ? bargain.initiatorPosition : bargain.receiverPosition)];
  });
}

/**
 * Converts an SMP run into the common simulation result: positions back on KTAB's 0–100
 * scale, the final position distribution as the model's forecast, and the weighted median.
 */
import { clean, type SimulationResult, type SimulationRound } from '../result.ts';
import { weightedMedian } from '../weighted-median.ts';
import type { SmpRun } from './model.ts';
import type { SmpInput } from './types.ts';

const scale = (x: number) => clean(100 * x);

export function smpResult(input: SmpInput, run: SmpRun, variant = 'ktab-deterministic'): SimulationResult {
  const names = input.actors.map((a) => a.name);
  const dims = input.dimensions;
  const rounds: SimulationRound[] = run.turns.map((turn) => ({
    t: turn.t,
    positions: Object.fromEntries(names.map((name, i) => [name, turn.positions[i]!.map(scale)])),
    risk: Object.fromEntries(names.map((name, i) => [name, turn.riskAttitudes[i]!])),
    winProbabilities: Object.fromEntries(names.map((name, i) => [name, turn.winProbabilities[i]!])),
    movement: turn.movement,
    moves: turn.t === 0 ? [] : movesOf(turn, run.turns[turn.t - 1]!.positions, names),
  }));
  const last = run.turns[run.turns.length - 1]!;
  const { distribution } = last;
  const best = distribution.probabilities.indexOf(Math.max(...distribution.probabilities));
  const expected = dims.map((_, d) =>
    distribution.positions.reduce((sum, q, k) => sum + q[d]! * distribution.probabilities[k]!, 0),
  );
  const baseline = dims.map((_, d) =>
    weightedMedian(
      input.actors.map((a) => a.positions[d]!),
      input.actors.map((a) => a.capability * a.saliences[d]!),
    ),
  );
  return {
    model: 'smp',
    variant,
    actors: input.actors.map((a) => ({
      name: a.name,
      capability: a.capability,
      position: [...a.positions],
      salience: [...a.saliences],
    })),
    dimensions: dims.map((name) => ({ name, scale: { min: 0, max: 100 } })),
    rounds,
    converged: run.stopReason === 'converged',
    stopReason: run.stopReason,
    forecast: {
      baseline: {
        method: 'capability×salience-weighted median of the initial positions',
        position: baseline,
      },
      model: {
        method: 'most probable final position (probabilistic Condorcet election)',
        position: distribution.positions[best]!.map(scale),
      },
      secondary: [
        { method: 'probability-weighted mean of the final positions', position: expected.map(scale) },
      ],
      distribution: distribution.positions.map((q, k) => ({
        position: q.map(scale),
        probability: distribution.probabilities[k]!,
        actors: names.filter((_, i) => distribution.actorPosition[i] === k),
      })),
    },
    notes: [
      `KTAB SMP parameters: ${Object.entries(run.parameters)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ')}`,
      'Win probabilities are model outputs, not measured frequencies.',
    ],
  };
}

function movesOf(
  turn: SmpRun['turns'][number],
  previous: number[][],
  names: string[],
): NonNullable<SimulationRound['moves']> {
  const moves: NonNullable<SimulationRound['moves']> = [];
  turn.positions.forEach((x, i) => {
    if (x.every((v, d) => v === previous[i]![d])) return;
    const bargain = turn.bargains.find(
      (b) =>
        (b.initiator === i && b.initiatorPosition.every((v, d) => v === x[d])) ||
        (b.receiver === i && b.receiverPosition.every((v, d) => v === x[d])),
    );
    const partner =
      bargain === undefined ? i : bargain.initiator === i ? bargain.receiver : bargain.initiator;
    moves.push({ actor: names[i]!, kind: 'bargain', with: names[partner]!, to: x.map(scale) });
  });
  return moves;
}

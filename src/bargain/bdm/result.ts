/**
 * Converts a BDM run into the common simulation result: the final median voter as the
 * model's forecast, the weighted mean and any cycle average beside it, and the baseline.
 */
import { clean, type SimulationResult } from '../result.ts';
import { weightedMedian } from '../weighted-median.ts';
import type { BdmRun } from './model.ts';
import type { BdmInput } from './types.ts';

export function bdmResult(input: BdmInput, run: BdmRun, dimension = 'issue'): SimulationResult {
  const names = input.actors.map((a) => a.name);
  const positions0 = input.actors.map((a) => a.position);
  const last = run.rounds[run.rounds.length - 1]!;
  const min = input.positionRange?.min ?? Math.min(...positions0);
  const max = input.positionRange?.max ?? Math.max(...positions0);
  const secondary = [{ method: 'c·s-weighted mean of the final positions', position: [clean(last.mean)] }];
  if (run.cycle !== null) {
    secondary.push({
      method: `median-voter position averaged over the ${run.cycle.length}-round cycle`,
      position: [clean(run.cycle.averageMedian)],
    });
  }
  const notes: string[] = [];
  if (run.oscillation.oscillating) {
    notes.push('The bargaining oscillates: the forecast depends on the round at which it is read.');
  }
  if (run.variant.probability === 'all-pairs') {
    notes.push(
      'Scholz-code variant: probabilities are deliberately tiny (bug-compatible with the published code).',
    );
  }
  return {
    model: 'bdm',
    variant: run.variant.name,
    actors: input.actors.map((a) => ({
      name: a.name,
      capability: a.capability,
      position: [a.position],
      salience: [a.salience],
    })),
    dimensions: [{ name: dimension, scale: { min, max } }],
    rounds: run.rounds.map((round) => ({
      t: round.t,
      positions: Object.fromEntries(names.map((name, i) => [name, [round.positions[i]!]])),
      median: round.median,
      mean: round.mean,
      risk: Object.fromEntries(names.map((name, i) => [name, round.risks[i]!])),
      moves: round.moves.map((m) => ({
        actor: names[m.receiver]!,
        kind: m.kind,
        with: names[m.sender]!,
        to: [m.newPosition],
      })),
    })),
    converged: run.stopReason === 'converged',
    stopReason: run.stopReason,
    forecast: {
      baseline: {
        method: 'capability×salience-weighted median of the initial positions',
        position: [
          weightedMedian(
            positions0,
            input.actors.map((a) => a.capability * a.salience),
          ),
        ],
      },
      model: { method: 'median-voter position after the last round', position: [clean(last.median)] },
      secondary,
    },
    ...(run.cycle === null
      ? {}
      : {
          cycle: {
            from: run.cycle.from,
            length: run.cycle.length,
            averagePositions: Object.fromEntries(
              names.map((name, i) => [name, run.cycle!.averagePositions[i]!]),
            ),
          },
        }),
    oscillation: {
      oscillating: run.oscillation.oscillating,
      actorReversals: Object.fromEntries(names.map((name, i) => [name, run.oscillation.actorReversals[i]!])),
      medianReversals: run.oscillation.medianReversals,
    },
    notes,
  };
}

/**
 * KTAB's printed views of an SMP run: positions ×100 as "%5.1f" and winning probabilities
 * as "%.4f", formatted as C's printf does (exact ties round to even), so that runs can be
 * compared cell by cell with smpc's position_history.csv and winprob_history.csv.
 */
import type { SmpRun } from './model.ts';

/** printf("%.{digits}f"): like toFixed, but an exact binary tie rounds half to even. */
export function printfFixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  const scaled = value * 10 ** digits;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5 && Number.isInteger(value * 2 ** 20) && floor % 2 === 0) {
    // toFixed rounded an exact tie up to an odd last digit; printf keeps the even one.
    return (floor / 10 ** digits).toFixed(digits);
  }
  return text;
}

/** Rows `actor,dim,t0..tT` with positions ×100 to one decimal, as smpc prints them. */
export function positionHistoryRows(run: SmpRun, actors: string[], dimensions: string[]): string[][] {
  const rows: string[][] = [];
  actors.forEach((actor, i) => {
    dimensions.forEach((dimension, d) => {
      rows.push([actor, dimension, ...run.turns.map((turn) => printfFixed(100 * turn.positions[i]![d]!, 1))]);
    });
  });
  return rows;
}

/** Rows `actor,t0..tT` with the winning probability shown for each actor, four decimals. */
export function winProbabilityRows(run: SmpRun, actors: string[]): string[][] {
  return actors.map((actor, i) => [
    actor,
    ...run.turns.map((turn) => printfFixed(turn.winProbabilities[i]!, 4)),
  ]);
}

/**
 * What the BDM round history says about its own dynamics: a repeated state (a cycle, with
 * the average over it) and oscillation (actors or the median reversing direction).
 */

export interface BdmCycle {
  /** First round of the repeating stretch. */
  from: number;
  /** Rounds in one period. */
  length: number;
  /** Per actor, the mean position over one period. */
  averagePositions: number[];
  /** Mean median-voter position over one period. */
  averageMedian: number;
}

export interface BdmOscillation {
  /** True when any actor or the median reversed direction at least twice. */
  oscillating: boolean;
  /** Per actor, how often its direction of movement reversed. */
  actorReversals: number[];
  medianReversals: number;
}

/** A previous state equal (within tolerance) to the last one, as a cycle; null when none. */
export function detectCycle(
  history: readonly (readonly number[])[],
  medians: readonly number[],
  tolerance: number,
): BdmCycle | null {
  const last = history.length - 1;
  const current = history[last]!;
  for (let s = last - 1; s >= 0; s--) {
    const earlier = history[s]!;
    if (!earlier.every((x, k) => Math.abs(x - current[k]!) <= tolerance)) continue;
    const length = last - s;
    const period = history.slice(s, last);
    const averagePositions = current.map((_, k) => period.reduce((sum, row) => sum + row[k]!, 0) / length);
    const averageMedian = medians.slice(s, last).reduce((sum, m) => sum + m, 0) / length;
    return { from: s, length, averagePositions, averageMedian };
  }
  return null;
}

function reversals(series: readonly number[], tolerance: number): number {
  let count = 0;
  let direction = 0;
  for (let t = 1; t < series.length; t++) {
    const step = series[t]! - series[t - 1]!;
    if (Math.abs(step) <= tolerance) continue;
    const sign = Math.sign(step);
    if (direction !== 0 && sign !== direction) count++;
    direction = sign;
  }
  return count;
}

export function describeOscillation(
  history: readonly (readonly number[])[],
  medians: readonly number[],
  tolerance: number,
): BdmOscillation {
  const actors = history[0]?.length ?? 0;
  const actorReversals = Array.from({ length: actors }, (_, k) =>
    reversals(
      history.map((row) => row[k]!),
      tolerance,
    ),
  );
  const medianReversals = reversals(medians, tolerance);
  return {
    oscillating: medianReversals >= 2 || actorReversals.some((count) => count >= 2),
    actorReversals,
    medianReversals,
  };
}

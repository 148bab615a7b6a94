/**
 * The capability×salience-weighted median: the baseline every simulation reports beside the
 * model's own forecast (sorted by position, the first where cumulative weight reaches half).
 */

export function weightedMedian(positions: readonly number[], weights: readonly number[]): number {
  if (positions.length === 0) return Number.NaN;
  const order = positions.map((_, k) => k).sort((a, b) => positions[a]! - positions[b]! || a - b);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let cumulative = 0;
  for (const k of order) {
    cumulative += weights[k]!;
    if (cumulative >= total / 2) return positions[k]!;
  }
  return positions[order[order.length - 1]!]!;
}

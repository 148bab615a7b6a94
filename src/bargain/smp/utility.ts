/**
 * Spatial distance and risk-adjusted utility of KTAB's SMP (SPEC §B.3), on the internal 0–1
 * scale: salience-weighted normalised distance from an ideal point, and u(δ, R).
 */

/** δ_i(z) = sqrt(Σ_d (σ_d (y_d − z_d))² / Σ_d σ_d²). */
export function salienceWeightedDistance(
  ideal: readonly number[],
  saliences: readonly number[],
  point: readonly number[],
): number {
  return normalisedDistance(ideal, saliences, salienceNorm(saliences), point);
}

/** Σ_d σ_d², the denominator of δ, fixed for an actor. */
export function salienceNorm(saliences: readonly number[]): number {
  let norm = 0;
  for (let d = 0; d < saliences.length; d++) {
    const s = saliences[d]!;
    norm += s * s;
  }
  return norm;
}

/** δ with its denominator precomputed (salienceNorm of the same saliences). */
export function normalisedDistance(
  ideal: readonly number[],
  saliences: readonly number[],
  norm: number,
  point: readonly number[],
): number {
  let weighted = 0;
  for (let d = 0; d < ideal.length; d++) {
    const diff = saliences[d]! * (ideal[d]! - point[d]!);
    weighted += diff * diff;
  }
  return Math.sqrt(weighted / norm);
}

/** u(δ, R) = (1 − δ)(1 + δR) for δ ≤ 1, else (1 − δ)(1 + R); R ∈ [−1, 1] is risk aversion. */
export function riskUtility(distance: number, riskAttitude: number): number {
  return distance <= 1 ? (1 - distance) * (1 + distance * riskAttitude) : (1 - distance) * (1 + riskAttitude);
}

/** Euclidean distance between two points. */
export function euclidean(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) {
    const diff = a[d]! - b[d]!;
    sum += diff * diff;
  }
  return Math.sqrt(sum);
}

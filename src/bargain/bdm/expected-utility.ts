/**
 * Basic utilities and the expected utility of a challenge in the BDM model (SPEC §A.3, §A.5),
 * always from the point of view of an estimating actor whose risk exponent is used.
 */

export interface ChallengeContext {
  /** |x_i − x_j| / Δ. */
  distance: number;
  /** |x_i − μ| / Δ (challenger to the median voter). */
  distanceToMedian: number;
  /** P(challenger beats target). */
  probability: number;
  /** Target's salience: the probability that it resists. */
  targetSalience: number;
  /** Estimator's risk exponent. */
  risk: number;
  q: number;
  t: number;
}

/** U = 2 − 4·base^r. */
export function utility(base: number, risk: number): number {
  return 2 - 4 * base ** risk;
}

/** U^s: the challenger wins (depends only on the distance and the estimator's risk). */
export function successUtility(distance: number, risk: number): number {
  return utility(0.5 - 0.5 * distance, risk);
}

/** U^f: the challenger loses. */
export function failureUtility(distance: number, risk: number): number {
  return utility(0.5 + 0.5 * distance, risk);
}

/** Q·U^sq: the status quo term (depends only on the estimator's risk). */
export function statusQuoUtility(q: number, risk: number): number {
  return q * utility(0.5, risk);
}

/** (1 − Q)[T·U^b + (1 − T)·U^w]; 0 when Q = 1. */
export function changingUtility(
  q: number,
  t: number,
  distanceToMedian: number,
  distance: number,
  risk: number,
): number {
  return q === 1
    ? 0
    : (1 - q) *
        (t * utility(0.5 - 0.25 * (distanceToMedian + distance), risk) +
          (1 - t) * utility(0.5 + 0.25 * (distanceToMedian + distance), risk));
}

/**
 * EU from its precomputed parts: the hot loops compute U^s, U^f and the status-quo term once
 * per pair or per estimator and share them (the arithmetic is the same as
 * challengeExpectedUtility, operation for operation).
 */
export function expectedUtilityOf(
  success: number,
  failure: number,
  probability: number,
  targetSalience: number,
  statusQuo: number,
  changing: number,
): number {
  const resisted = targetSalience * (probability * success + (1 - probability) * failure);
  const unresisted = (1 - targetSalience) * success;
  return resisted + unresisted - (statusQuo + changing);
}

/**
 * EU(i → j) = s_j[P·U^s + (1 − P)·U^f] + (1 − s_j)·U^s − {Q·U^sq + (1 − Q)[T·U^b + (1 − T)·U^w]}.
 */
export function challengeExpectedUtility(c: ChallengeContext): number {
  return expectedUtilityOf(
    successUtility(c.distance, c.risk),
    failureUtility(c.distance, c.risk),
    c.probability,
    c.targetSalience,
    statusQuoUtility(c.q, c.risk),
    changingUtility(c.q, c.t, c.distanceToMedian, c.distance, c.risk),
  );
}

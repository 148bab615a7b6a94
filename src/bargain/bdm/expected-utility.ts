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
function utility(base: number, risk: number): number {
  return 2 - 4 * base ** risk;
}

/**
 * EU(i → j) = s_j[P·U^s + (1 − P)·U^f] + (1 − s_j)·U^s − {Q·U^sq + (1 − Q)[T·U^b + (1 − T)·U^w]}.
 */
export function challengeExpectedUtility(c: ChallengeContext): number {
  const success = utility(0.5 - 0.5 * c.distance, c.risk);
  const failure = utility(0.5 + 0.5 * c.distance, c.risk);
  const resisted = c.targetSalience * (c.probability * success + (1 - c.probability) * failure);
  const unresisted = (1 - c.targetSalience) * success;
  const statusQuo = c.q * utility(0.5, c.risk);
  const changing =
    c.q === 1
      ? 0
      : (1 - c.q) *
        (c.t * utility(0.5 - 0.25 * (c.distanceToMedian + c.distance), c.risk) +
          (1 - c.t) * utility(0.5 + 0.25 * (c.distanceToMedian + c.distance), c.risk));
  return resisted + unresisted - (statusQuo + changing);
}

/**
 * KTAB's challenge assessment probEduChlg (SPEC §B.6): h's estimate, for actor k, of the
 * probability that i beats j and the expected gain of i challenging j, with third parties
 * voting under the ThirdPartyCommit rule.
 */
import type { SmpParameters } from './params.ts';
import { vote } from './voting.ts';

export interface ChallengeAssessment {
  /** P^h(i > j). */
  probability: number;
  /** E_chlg − E_SQ for actor k. */
  expectedGain: number;
}

/**
 * `utilities` is U^h (h's perspective); `weights[n]` = S_n·c_n; `resist[j]` = S_j, the
 * probability that j resists.
 */
export function assessChallenge(
  utilities: readonly (readonly number[])[],
  weights: readonly number[],
  resist: readonly number[],
  k: number,
  i: number,
  j: number,
  parameters: SmpParameters,
): ChallengeAssessment {
  const rule = parameters.votingRule;
  const uk = utilities[k]!;
  const statusQuo = uk[i]! + uk[j]!;
  const ifIWins = 2 * uk[i]!;
  const ifJWins = 2 * uk[j]!;

  const ui = utilities[i]!;
  const uj = utilities[j]!;
  const voteI = vote(rule, weights[i]!, ui[i]!, ui[j]!);
  const voteJ = vote(rule, weights[j]!, uj[i]!, uj[j]!);
  const principalsForI = 1e-10 + Math.max(voteI, 0) + Math.max(voteJ, 0);
  const principalsForJ = 1e-10 + Math.max(-voteI, 0) + Math.max(-voteJ, 0);

  let forI = principalsForI;
  let forJ = principalsForJ;
  for (let n = 0; n < utilities.length; n++) {
    if (n === i || n === j) continue;
    const v = thirdPartyVote(utilities[n]!, weights[n]!, n, i, j, principalsForI, principalsForJ, parameters);
    if (v > 0) forI += v;
    else forJ -= v;
  }
  const probability = forI / (forI + forJ);
  const contest = probability * ifIWins + (1 - probability) * ifJWins;
  const challenge = (1 - resist[j]!) * ifIWins + resist[j]! * contest;
  return { probability, expectedGain: challenge - statusQuo };
}

function thirdPartyVote(
  un: readonly number[],
  weight: number,
  n: number,
  i: number,
  j: number,
  principalsForI: number,
  principalsForJ: number,
  parameters: SmpParameters,
): number {
  const rule = parameters.votingRule;
  const uni = un[i]!;
  const unj = un[j]!;
  const unn = un[n]!;
  const v0 = vote(rule, weight, uni, unj);
  const pos0 = Math.max(v0, 0);
  const neg0 = Math.max(-v0, 0);
  const pi = (principalsForI + pos0) / (principalsForI + pos0 + principalsForJ + neg0);
  switch (parameters.thirdPartyCommit) {
    case 'SemiCommit':
      return vote(
        rule,
        weight,
        pi * (2 * uni + unn) + (1 - pi) * 3 * unj,
        pi * 3 * uni + (1 - pi) * (2 * unj + unn),
      );
    case 'NoCommit':
    case 'FullCommit':
      // In KTAB both arguments coincide under these rules, so third parties add nothing.
      return 0;
  }
}

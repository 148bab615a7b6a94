/**
 * KTAB's challenge assessment probEduChlg (SPEC §B.6): h's estimate, for actor k, of the
 * probability that i beats j and the expected gain of i challenging j, with third parties
 * voting under the ThirdPartyCommit rule.
 */
import type { SmpParameters, VotingRule } from './params.ts';
import type { Perspective } from './state.ts';
import { riskUtility } from './utility.ts';
import { vote } from './voting.ts';

export interface ChallengeAssessment {
  /** P^h(i > j). */
  probability: number;
  /** E_chlg − E_SQ for actor k. */
  expectedGain: number;
}

/**
 * `view` is h's perspective U^h, and `towardI` its column U^h[·][i] (shared by all the
 * targets of one challenger); U^h[·][j] is computed as the loop needs it.
 * `weights[n]` = S_n·c_n; `resist[j]` = S_j, the probability that j resists.
 * Runs up to N times per challenger and turn (N³ a turn in all): plain loops over typed arrays.
 */
export function assessChallenge(
  view: Perspective,
  towardI: Float64Array,
  weights: readonly number[],
  resist: readonly number[],
  k: number,
  i: number,
  j: number,
  parameters: SmpParameters,
): ChallengeAssessment {
  const rule = parameters.votingRule;
  const { own, risks } = view;
  const n = view.n;
  const distancesToJ = view.byPosition.subarray(j * n, (j + 1) * n);
  const ukj = view.utility(k, j);
  const statusQuo = towardI[k]! + ukj;
  const ifIWins = 2 * towardI[k]!;
  const ifJWins = 2 * ukj;

  const voteI = vote(rule, weights[i]!, towardI[i]!, view.utility(i, j));
  const voteJ = vote(rule, weights[j]!, towardI[j]!, own[j]!);
  const principalsForI = 1e-10 + Math.max(voteI, 0) + Math.max(voteJ, 0);
  const principalsForJ = 1e-10 + Math.max(-voteI, 0) + Math.max(-voteJ, 0);

  let forI = principalsForI;
  let forJ = principalsForJ;
  // Under NoCommit and FullCommit both arguments of a third party's vote coincide in KTAB,
  // so third parties add nothing; only SemiCommit needs the loop.
  if (parameters.thirdPartyCommit === 'SemiCommit') {
    if (rule === 'Prop') {
      // semiCommitVote with the default rule and riskUtility inlined (the same arithmetic).
      for (let m = 0; m < n; m++) {
        if (m === i || m === j) continue;
        const weight = weights[m]!;
        const umi = towardI[m]!;
        const d = distancesToJ[m]!;
        const r = risks[m]!;
        const umj = d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
        const umm = own[m]!;
        const v0 = weight * (umi - umj);
        const pos0 = Math.max(v0, 0);
        const neg0 = Math.max(-v0, 0);
        const pi = (principalsForI + pos0) / (principalsForI + pos0 + principalsForJ + neg0);
        const v =
          weight * (pi * (2 * umi + umm) + (1 - pi) * 3 * umj - (pi * 3 * umi + (1 - pi) * (2 * umj + umm)));
        if (v > 0) forI += v;
        else forJ -= v;
      }
    } else {
      for (let m = 0; m < n; m++) {
        if (m === i || m === j) continue;
        const v = semiCommitVote(
          rule,
          weights[m]!,
          towardI[m]!,
          riskUtility(distancesToJ[m]!, risks[m]!),
          own[m]!,
          principalsForI,
          principalsForJ,
        );
        if (v > 0) forI += v;
        else forJ -= v;
      }
    }
  }
  const probability = forI / (forI + forJ);
  const contest = probability * ifIWins + (1 - probability) * ifJWins;
  const challenge = (1 - resist[j]!) * ifIWins + resist[j]! * contest;
  return { probability, expectedGain: challenge - statusQuo };
}

/** A third party n's vote under SemiCommit, from its utilities for i's, j's and its own position. */
function semiCommitVote(
  rule: VotingRule,
  weight: number,
  uni: number,
  unj: number,
  unn: number,
  principalsForI: number,
  principalsForJ: number,
): number {
  const v0 = vote(rule, weight, uni, unj);
  const pos0 = Math.max(v0, 0);
  const neg0 = Math.max(-v0, 0);
  const pi = (principalsForI + pos0) / (principalsForI + pos0 + principalsForJ + neg0);
  return vote(
    rule,
    weight,
    pi * (2 * uni + unn) + (1 - pi) * 3 * unj,
    pi * 3 * uni + (1 - pi) * (2 * unj + unn),
  );
}

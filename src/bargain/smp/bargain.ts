/**
 * Each actor's best target and the bargain it proposes (SPEC §B.7): the challenge with the
 * largest expected gain, and the interpolated point both parties are offered.
 */
import { assessChallenge } from './challenge.ts';
import type { SmpParameters } from './params.ts';
import { Perspective, type IdealDistances, type SmpActors } from './state.ts';

/** A proposal from an initiator to a receiver: the points each of them would move to. */
export interface Bargain {
  initiator: number;
  receiver: number;
  initiatorPosition: number[];
  receiverPosition: number[];
}

/** Minimum expected gain for a challenge to be worth proposing. */
const MIN_GAIN = 1e-5;

/** Safety margin of the gain bounds, relative to the utilities (rounding error is ~1e-16). */
const GAIN_BOUND_MARGIN = 1e-9;

/** round4(z) = floor(0.5 + 10⁴z)/10⁴. */
export function round4(z: number): number {
  return Math.floor(0.5 + 1e4 * z) / 1e4;
}

/**
 * The bargains actor i proposes this turn (none when no challenge pays): one under
 * InitOnlyInterp and PWCompInterp, two under InitRcvrInterp (the initiator's and the
 * receiver's estimate of the contest).
 */
export function proposeBargains(
  i: number,
  actors: SmpActors,
  positions: readonly (readonly number[])[],
  distances: IdealDistances,
  risks: readonly number[],
  parameters: SmpParameters,
): Bargain[] {
  const view = new Perspective(i, distances, risks, parameters.bigRAdjust);
  const weights = actors.challengeWeights;
  const resist = actors.totalSaliences;
  const towardI = view.column(i);
  // KTAB takes the first target with the largest gain. The gain is linear in the contest's
  // probability p ∈ [0, 1], so it cannot exceed its value at p = 0 or p = 1: targets are
  // assessed in decreasing order of that bound, and the rest skipped once the bound (with a
  // margin far above rounding error) falls below the best gain found. Equal gains still go to
  // the lowest index, so the choice is exactly the first maximum of the full scan.
  const bounds = new Float64Array(positions.length);
  const candidates: number[] = [];
  for (let j = 0; j < positions.length; j++) {
    if (j === i) continue;
    const uI = towardI[i]!;
    const uJ = view.utility(i, j);
    const ifIWins = 2 * uI;
    const ifJWins = 2 * uJ;
    const statusQuo = uI + uJ;
    const unresisted = (1 - resist[j]!) * ifIWins;
    const best = Math.max(unresisted + resist[j]! * ifIWins, unresisted + resist[j]! * ifJWins);
    bounds[j] = best - statusQuo + GAIN_BOUND_MARGIN * (1 + Math.abs(ifIWins) + Math.abs(ifJWins));
    candidates.push(j);
  }
  candidates.sort((a, b) => bounds[b]! - bounds[a]! || a - b);
  let target = -1;
  let bestGain = MIN_GAIN;
  let targetProbability = 0;
  for (const j of candidates) {
    if (bounds[j]! < bestGain) break;
    const { probability, expectedGain } = assessChallenge(
      view,
      towardI,
      weights,
      resist,
      i,
      i,
      j,
      parameters,
    );
    if (expectedGain > bestGain || (expectedGain === bestGain && target >= 0 && j < target)) {
      bestGain = expectedGain;
      target = j;
      targetProbability = probability;
    }
  }
  if (target < 0) return [];

  if (parameters.bargainModel !== 'InitOnlyInterp') {
    // InitRcvrInterp and PWCompInterp need the receiver's estimate as well.
    const receiverView = new Perspective(target, distances, risks, parameters.bigRAdjust);
    const { probability: receiverProbability } = assessChallenge(
      receiverView,
      receiverView.column(i),
      weights,
      actors.totalSaliences,
      target,
      i,
      target,
      parameters,
    );
    if (parameters.bargainModel === 'PWCompInterp') {
      // KTAB quirk: the initiator's capability weights both estimates.
      const wI = actors.capabilities[i]! * actors.totalSaliences[i]!;
      const wJ = actors.capabilities[i]! * actors.totalSaliences[target]!;
      const blended = (wI * targetProbability + wJ * receiverProbability) / (wI + wJ);
      return [interpolate(i, target, blended, actors, positions, parameters)];
    }
    return [
      interpolate(i, target, targetProbability, actors, positions, parameters),
      interpolate(i, target, receiverProbability, actors, positions, parameters),
    ];
  }
  return [interpolate(i, target, targetProbability, actors, positions, parameters)];
}

function interpolate(
  i: number,
  j: number,
  probabilityI: number,
  actors: SmpActors,
  positions: readonly (readonly number[])[],
  parameters: SmpParameters,
): Bargain {
  const pI = probabilityI;
  const pJ = 1 - pI;
  const xi = positions[i]!;
  const xj = positions[j]!;
  const si = actors.saliences[i]!;
  const sj = actors.saliences[j]!;
  const initiatorPosition: number[] = [];
  const receiverPosition: number[] = [];
  for (let d = 0; d < xi.length; d++) {
    const xid = xi[d]!;
    const xjd = xj[d]!;
    if (parameters.interVecBargain === 'S2PMax') {
      const dI = Math.max(0, pJ - pI);
      const dJ = Math.max(0, pI - pJ);
      const sid2 = si[d]! ** 2;
      const sjd2 = sj[d]! ** 2;
      initiatorPosition.push(xid + ((dI * sjd2) / (dI * sjd2 + 1e-6 + (1 - dI) * sid2)) * (xjd - xid));
      receiverPosition.push(xjd + ((dJ * sid2) / (dJ * sid2 + 1e-6 + (1 - dJ) * sjd2)) * (xid - xjd));
      continue;
    }
    const squared = parameters.interVecBargain === 'S2P2';
    const wI = squared ? si[d]! * si[d]! * pI * pI : si[d]! * pI;
    const wJ = squared ? sj[d]! * sj[d]! * pJ * pJ : sj[d]! * pJ;
    initiatorPosition.push(round4(((wI + 1e-6) * xid + wJ * xjd) / (wI + 1e-6 + wJ)));
    receiverPosition.push(round4((wI * xid + (wJ + 1e-6) * xjd) / (wI + wJ + 1e-6)));
  }
  return { initiator: i, receiver: j, initiatorPosition, receiverPosition };
}

/**
 * Offers between actors and the one each receiver accepts (SPEC §A.7): confrontation,
 * compromise and capitulation from the receiver's expected utilities, evaluated on the
 * round's old positions.
 */
import { challengeExpectedUtility } from './expected-utility.ts';
import type { BdmVariant } from './types.ts';
import type { BdmRoundActors } from './votes.ts';

export type OfferKind = 'confrontation' | 'compromise' | 'capitulation';

export interface Offer {
  receiver: number;
  sender: number;
  kind: OfferKind;
  /** EU^i(i → j), the receiver's view of challenging the sender. */
  euReceiverChallenges: number;
  /** EU^i(j → i), the receiver's view of the sender challenging it. */
  euSenderChallenges: number;
  newPosition: number;
}

export interface OfferContext {
  actors: BdmRoundActors;
  saliences: readonly number[];
  probabilities: readonly (readonly number[])[];
  median: number;
  variant: BdmVariant;
}

/** Receiver i's expected utilities, with its own risk exponent: a = EU^i(i→j), b = EU^i(j→i). */
export function receiverExpectedUtilities(i: number, j: number, ctx: OfferContext): { a: number; b: number } {
  const { positions, range, risks } = ctx.actors;
  const xi = positions[i]!;
  const xj = positions[j]!;
  const distance = Math.abs(xi - xj) / range;
  const risk = risks[i]!;
  const { q, t } = ctx.variant;
  // Plain literals, not spreads: this runs N² times a round.
  const a = challengeExpectedUtility({
    distance,
    distanceToMedian: Math.abs(xi - ctx.median) / range,
    probability: ctx.probabilities[i]![j]!,
    targetSalience: ctx.saliences[j]!,
    risk,
    q,
    t,
  });
  const b = challengeExpectedUtility({
    distance,
    distanceToMedian: Math.abs(xj - ctx.median) / range,
    probability: ctx.probabilities[j]![i]!,
    targetSalience: ctx.saliences[i]!,
    risk,
    q,
    t,
  });
  return { a, b };
}

/** The offer j makes to i as i sees it, or null. */
export function offerBetween(i: number, j: number, ctx: OfferContext): Offer | null {
  const xi = ctx.actors.positions[i]!;
  const xj = ctx.actors.positions[j]!;
  const { a, b } = receiverExpectedUtilities(i, j, ctx);
  const base = { receiver: i, sender: j, euReceiverChallenges: a, euSenderChallenges: b };
  if (b > a && a > 0) return { ...base, kind: 'confrontation', newPosition: xj };
  if (b > 0 && 0 > a && b > Math.abs(a)) {
    return { ...base, kind: 'compromise', newPosition: xi + (xj - xi) * Math.abs(a / b) };
  }
  if (ctx.variant.capitulation && b > 0 && 0 > a && Math.abs(a) > b) {
    return { ...base, kind: 'capitulation', newPosition: xj };
  }
  return null;
}

/** The offer receiver i accepts this round, or null. Ties go to the first sender in input order. */
export function acceptedOffer(i: number, ctx: OfferContext): Offer | null {
  const xi = ctx.actors.positions[i]!;
  const offers: Offer[] = [];
  ctx.actors.positions.forEach((xj, j) => {
    if (xj === xi) return;
    const offer = offerBetween(i, j, ctx);
    if (offer !== null) offers.push(offer);
  });
  const move = (offer: Offer) => Math.abs(xi - offer.newPosition);
  if (ctx.variant.offerSelection === 'smallest-move') return firstMinimum(offers, move);
  const ofKind = (kind: OfferKind) => offers.filter((offer) => offer.kind === kind);
  const confrontations = ofKind('confrontation');
  if (confrontations.length > 0) return firstMinimum(confrontations, move);
  const compromises = ofKind('compromise');
  if (compromises.length > 0) {
    // Scholz-code quirk: the lowest EU-weighted position of the two parties, not the smallest move.
    const weighted = (offer: Offer) => {
      const wa = Math.abs(offer.euReceiverChallenges);
      const wb = Math.abs(offer.euSenderChallenges);
      return (wa * xi + wb * ctx.actors.positions[offer.sender]!) / (wa + wb);
    };
    return firstMinimum(compromises, weighted);
  }
  return firstMinimum(ofKind('capitulation'), move);
}

function firstMinimum<T>(items: readonly T[], key: (item: T) => number): T | null {
  let best: T | null = null;
  let bestKey = Infinity;
  for (const item of items) {
    const k = key(item);
    if (k < bestKey) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

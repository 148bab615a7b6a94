/**
 * Offers between actors and the one each receiver accepts (SPEC §A.7): confrontation,
 * compromise and capitulation from the receiver's expected utilities, evaluated on the
 * round's old positions.
 */
import {
  changingUtility,
  expectedUtilityOf,
  failureUtility,
  statusQuoUtility,
  successUtility,
} from './expected-utility.ts';
import type { BdmVariant } from './types.ts';
import type { BdmRoundActors, SquareMatrix } from './votes.ts';

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
  /** P[i][j], as nested arrays or as a row-major matrix. */
  probabilities: readonly (readonly number[])[] | SquareMatrix;
  median: number;
  variant: BdmVariant;
}

function probabilityOf(probabilities: OfferContext['probabilities'], i: number, j: number): number {
  return Array.isArray(probabilities)
    ? (probabilities as readonly (readonly number[])[])[i]![j]!
    : (probabilities as SquareMatrix).values[i * (probabilities as SquareMatrix).n + j]!;
}

/** Receiver i's expected utilities, with its own risk exponent: a = EU^i(i→j), b = EU^i(j→i). */
export function receiverExpectedUtilities(i: number, j: number, ctx: OfferContext): { a: number; b: number } {
  const { positions, range, risks } = ctx.actors;
  const xi = positions[i]!;
  const xj = positions[j]!;
  const distance = Math.abs(xi - xj) / range;
  const risk = risks[i]!;
  const { q, t } = ctx.variant;
  // U^s, U^f and the status quo depend only on the distance and the receiver's risk: shared.
  const success = successUtility(distance, risk);
  const failure = failureUtility(distance, risk);
  const statusQuo = statusQuoUtility(q, risk);
  const a = expectedUtilityOf(
    success,
    failure,
    probabilityOf(ctx.probabilities, i, j),
    ctx.saliences[j]!,
    statusQuo,
    changingUtility(q, t, Math.abs(xi - ctx.median) / range, distance, risk),
  );
  const b = expectedUtilityOf(
    success,
    failure,
    probabilityOf(ctx.probabilities, j, i),
    ctx.saliences[i]!,
    statusQuo,
    changingUtility(q, t, Math.abs(xj - ctx.median) / range, distance, risk),
  );
  return { a, b };
}

const CONFRONTATION = 1;
const COMPROMISE = 2;
const CAPITULATION = 3;
const KINDS: readonly OfferKind[] = ['confrontation', 'confrontation', 'compromise', 'capitulation'];

/** 0 (no offer), CONFRONTATION, COMPROMISE or CAPITULATION for the utilities a and b. */
function offerKind(a: number, b: number, capitulation: boolean): number {
  if (b > a && a > 0) return CONFRONTATION;
  if (b > 0 && 0 > a && b > Math.abs(a)) return COMPROMISE;
  if (capitulation && b > 0 && 0 > a && Math.abs(a) > b) return CAPITULATION;
  return 0;
}

function newPositionOf(kind: number, xi: number, xj: number, a: number, b: number): number {
  return kind === COMPROMISE ? xi + (xj - xi) * Math.abs(a / b) : xj;
}

/** The offer j makes to i as i sees it, or null. */
export function offerBetween(i: number, j: number, ctx: OfferContext): Offer | null {
  const xi = ctx.actors.positions[i]!;
  const xj = ctx.actors.positions[j]!;
  const { a, b } = receiverExpectedUtilities(i, j, ctx);
  const kind = offerKind(a, b, ctx.variant.capitulation);
  return kind === 0 ? null : makeOffer(i, j, kind, a, b, newPositionOf(kind, xi, xj, a, b));
}

function makeOffer(i: number, j: number, kind: number, a: number, b: number, newPosition: number): Offer {
  return {
    receiver: i,
    sender: j,
    euReceiverChallenges: a,
    euSenderChallenges: b,
    kind: KINDS[kind]!,
    newPosition,
  };
}

/** Best offer so far of one class: the first strict minimum of a key, as in input order. */
class Best {
  found = false;
  sender = -1;
  key = Infinity;
  kind = 0;
  a = 0;
  b = 0;
  newPosition = 0;

  consider(key: number, sender: number, kind: number, a: number, b: number, newPosition: number): void {
    this.found = true;
    if (key < this.key) {
      this.key = key;
      this.sender = sender;
      this.kind = kind;
      this.a = a;
      this.b = b;
      this.newPosition = newPosition;
    }
  }

  reset(): void {
    this.found = false;
    this.sender = -1;
    this.key = Infinity;
  }

  offer(receiver: number): Offer | null {
    return this.sender < 0
      ? null
      : makeOffer(receiver, this.sender, this.kind, this.a, this.b, this.newPosition);
  }
}

const overall = new Best();
const confrontation = new Best();
const compromise = new Best();
const capitulation = new Best();

/**
 * The offer receiver i accepts this round, or null. Ties go to the first sender in input order.
 * Runs N² times a round, so it keeps only the best offer of each kind instead of listing them.
 */
export function acceptedOffer(i: number, ctx: OfferContext): Offer | null {
  const { positions, range, risks } = ctx.actors;
  const { q, t, capitulation: capitulates } = ctx.variant;
  const smallestMove = ctx.variant.offerSelection === 'smallest-move';
  const saliences = ctx.saliences;
  const probabilities = ctx.probabilities;
  const matrix = Array.isArray(probabilities) ? null : (probabilities as SquareMatrix).values;
  const n = positions.length;
  const xi = positions[i]!;
  const risk = risks[i]!;
  const salienceI = saliences[i]!;
  const statusQuo = statusQuoUtility(q, risk);
  const medianDistanceI = Math.abs(xi - ctx.median) / range;
  overall.reset();
  confrontation.reset();
  compromise.reset();
  capitulation.reset();
  for (let j = 0; j < n; j++) {
    const xj = positions[j]!;
    if (xj === xi) continue;
    const distance = Math.abs(xi - xj) / range;
    const success = successUtility(distance, risk);
    const failure = failureUtility(distance, risk);
    const pij = matrix === null ? probabilityOf(probabilities, i, j) : matrix[i * n + j]!;
    const pji = matrix === null ? probabilityOf(probabilities, j, i) : matrix[j * n + i]!;
    const a = expectedUtilityOf(
      success,
      failure,
      pij,
      saliences[j]!,
      statusQuo,
      changingUtility(q, t, medianDistanceI, distance, risk),
    );
    const b = expectedUtilityOf(
      success,
      failure,
      pji,
      salienceI,
      statusQuo,
      changingUtility(q, t, Math.abs(xj - ctx.median) / range, distance, risk),
    );
    const kind = offerKind(a, b, capitulates);
    if (kind === 0) continue;
    const newPosition = newPositionOf(kind, xi, xj, a, b);
    const move = Math.abs(xi - newPosition);
    if (smallestMove) overall.consider(move, j, kind, a, b, newPosition);
    else if (kind === CONFRONTATION) confrontation.consider(move, j, kind, a, b, newPosition);
    else if (kind === COMPROMISE) {
      // Scholz-code quirk: the lowest EU-weighted position of the two parties, not the smallest move.
      const wa = Math.abs(a);
      const wb = Math.abs(b);
      compromise.consider((wa * xi + wb * xj) / (wa + wb), j, kind, a, b, newPosition);
    } else capitulation.consider(move, j, kind, a, b, newPosition);
  }
  if (smallestMove) return overall.offer(i);
  if (confrontation.found) return confrontation.offer(i);
  if (compromise.found) return compromise.offer(i);
  return capitulation.offer(i);
}

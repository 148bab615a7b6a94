/**
 * Unit and property tests of the BDM model on inputs of our own: the CSV reader and its
 * errors, cycle detection, and the invariants (range, permutation, capability scale,
 * identical actors, immediate stop when nobody disagrees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.ts';
import { parseBdmCsv } from './csv.ts';
import { detectCycle } from './dynamics.ts';
import { runBdm } from './model.ts';
import { acceptedOffer, offerBetween, type Offer, type OfferContext } from './offers.ts';
import type { BdmInput } from './types.ts';
import { BDM_VARIANTS } from './variants.ts';
import { medianVoterPosition, winProbabilities, winProbabilityMatrix } from './votes.ts';

function expectValidation(action: () => unknown, line: number, field: string): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).location).toMatchObject({ line, field });
    return;
  }
  throw new Error('expected a ValidationError');
}

const CSV = 'Actor,Capability,Position,Salience\nA,10,0,80\nB,20,50,40\nC,30,100,60\n';

describe('BDM CSV reader', () => {
  it('reads 0–100 saliences as probabilities', () => {
    const { input, salienceScale } = parseBdmCsv(CSV);
    expect(salienceScale).toBe(100);
    expect(input.actors[1]).toEqual({ name: 'B', capability: 20, position: 50, salience: 0.4 });
  });
  it('names line and field of bad cells', () => {
    expectValidation(() => parseBdmCsv(CSV.replace('B,20,50,40', 'B,20,50,'), 'x.csv'), 3, 'Salience');
    expectValidation(() => parseBdmCsv(CSV.replace('C,30', 'C,0'), 'x.csv'), 4, 'Capability');
    expect(() => parseBdmCsv('Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,3,0.5\n', 'x.csv')).toThrow(
      /at least 3 actors/,
    );
  });
});

describe('BDM dynamics', () => {
  it('detects a repeated state as a cycle with its average', () => {
    const cycle = detectCycle(
      [
        [1, 2],
        [3, 4],
        [1, 2],
      ],
      [1, 3, 1],
      1e-9,
    );
    expect(cycle).toEqual({ from: 0, length: 2, averagePositions: [2, 3], averageMedian: 2 });
    expect(detectCycle([[1], [2], [3]], [1, 2, 3], 1e-9)).toBeNull();
  });
  it('finds the weighted Condorcet winner', () => {
    expect(medianVoterPosition([1, 1, 1], [0, 5, 10])).toBe(5);
    expect(medianVoterPosition([10, 1, 1], [0, 5, 10])).toBe(0);
  });
  it('reports a cycle when positions repeat', () => {
    // two opposed blocs with a swing actor: any variant stops on convergence, a cycle or the limit and says which
    const input: BdmInput = {
      actors: [
        { name: 'a', capability: 1, position: 0, salience: 0.9 },
        { name: 'b', capability: 1, position: 10, salience: 0.9 },
        { name: 'c', capability: 0.5, position: 5, salience: 0.2 },
      ],
    };
    const run = runBdm(input, BDM_VARIANTS.paper, { maxRounds: 50 });
    expect(['converged', 'cycle', 'max-rounds']).toContain(run.stopReason);
    if (run.stopReason === 'cycle') expect(run.cycle).not.toBeNull();
  });
});

const inputArbitrary = fc
  .array(
    fc.record({
      capability: fc.double({ min: 0.1, max: 100, noNaN: true }),
      position: fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
      salience: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
    { minLength: 3, maxLength: 8 },
  )
  .map((actors): BdmInput => ({
    actors: actors.map((a, i) => ({ name: `a${i}`, ...a })),
    positionRange: { min: 0, max: 100 },
  }));

/** Continuous positions: ties (equidistant offers), broken by input order as the SPEC says, do not occur. */
const tieFreeArbitrary = fc
  .array(
    fc.record({
      capability: fc.double({ min: 0.1, max: 100, noNaN: true }),
      position: fc.double({ min: 0, max: 100, noNaN: true }),
      salience: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
    { minLength: 3, maxLength: 8 },
  )
  .filter((actors) =>
    actors.every((a, i) => actors.every((b, j) => i === j || Math.abs(a.position - b.position) > 1e-3)),
  )
  .map((actors): BdmInput => ({
    actors: actors.map((a, i) => ({ name: `a${i}`, ...a })),
    positionRange: { min: 0, max: 100 },
  }));

const variants = fc.constantFrom(BDM_VARIANTS.paper, BDM_VARIANTS['scholz-code'], BDM_VARIANTS.net);

describe('BDM invariants', () => {
  it('keeps positions inside the initial range', () => {
    fc.assert(
      fc.property(inputArbitrary, variants, (input, variant) => {
        const xs = input.actors.map((a) => a.position);
        const run = runBdm(input, variant, { maxRounds: 10 });
        for (const round of run.rounds)
          for (const x of round.positions)
            expect(x >= Math.min(...xs) - 1e-9 && x <= Math.max(...xs) + 1e-9).toBe(true);
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });

  it('permuting the actors permutes the output (barring exact ties, broken by input order)', () => {
    fc.assert(
      fc.property(tieFreeArbitrary, variants, fc.integer({ min: 1, max: 7 }), (input, variant, shift) => {
        const n = input.actors.length;
        const order = input.actors.map((_, i) => (i + shift) % n);
        const a = runBdm(input, variant, { maxRounds: 6 });
        const b = runBdm({ ...input, actors: order.map((i) => input.actors[i]!) }, variant, { maxRounds: 6 });
        b.rounds.forEach((round, t) =>
          order.forEach((i, k) => expect(round.positions[k]).toBeCloseTo(a.rounds[t]!.positions[i]!, 6)),
        );
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  // Powers of two scale exactly in floating point, so the invariant can hold to the last bit;
  // an arbitrary factor would shift rounding and flip near-ties, which is not what this checks.
  const powerOfTwoFactor = fc.integer({ min: -6, max: 10 }).map((k) => 2 ** k);

  it('scaling every capability by the same factor leaves the result unchanged', () => {
    fc.assert(
      fc.property(inputArbitrary, variants, powerOfTwoFactor, (input, variant, factor) => {
        const a = runBdm(input, variant, { maxRounds: 6 });
        const b = runBdm(
          { ...input, actors: input.actors.map((x) => ({ ...x, capability: x.capability * factor })) },
          variant,
          { maxRounds: 6 },
        );
        b.rounds.forEach((round, t) =>
          round.positions.forEach((x, i) => expect(x).toBeCloseTo(a.rounds[t]!.positions[i]!, 6)),
        );
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('identical actors move identically', () => {
    fc.assert(
      fc.property(inputArbitrary, variants, (input, variant) => {
        const twin = { ...input.actors[0]!, name: 'twin' };
        const run = runBdm({ ...input, actors: [...input.actors, twin] }, variant, { maxRounds: 6 });
        const last = input.actors.length;
        for (const round of run.rounds) expect(round.positions[last]).toBe(round.positions[0]);
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('stops at once for a single actor or all-identical actors', () => {
    const single: BdmInput = { actors: [{ name: 'a', capability: 1, position: 3, salience: 0.5 }] };
    expect(runBdm(single).rounds.length).toBe(1);
    const same = runBdm({
      actors: [0, 1, 2].map((i) => ({ name: `a${i}`, capability: 1, position: 3, salience: 0.5 })),
    });
    expect(same.rounds.length).toBe(1);
    expect(same.stopReason).toBe('converged');
  });
});

describe('BDM fast paths', () => {
  /** The accepted offer by the SPEC's rule, from the list of all offers (the plain reading). */
  function referenceOffer(i: number, ctx: OfferContext): Offer | null {
    const xs = ctx.actors.positions;
    const offers = xs.flatMap((xj, j) => (xj === xs[i] ? [] : [offerBetween(i, j, ctx)]));
    const all = offers.filter((o): o is Offer => o !== null);
    const first = (list: Offer[], key: (o: Offer) => number) =>
      list.reduce<Offer | null>((best, o) => (best === null || key(o) < key(best) ? o : best), null);
    const move = (o: Offer) => Math.abs(xs[i]! - o.newPosition);
    if (ctx.variant.offerSelection === 'smallest-move') return first(all, move);
    const of = (kind: string) => all.filter((o) => o.kind === kind);
    if (of('confrontation').length > 0) return first(of('confrontation'), move);
    if (of('compromise').length > 0) {
      return first(of('compromise'), (o) => {
        const wa = Math.abs(o.euReceiverChallenges);
        const wb = Math.abs(o.euSenderChallenges);
        return (wa * xs[i]! + wb * xs[o.sender]!) / (wa + wb);
      });
    }
    return first(of('capitulation'), move);
  }

  it('accepts the same offer as the plain reading of the rule, from either probability layout', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        variants,
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (input, variant, r) => {
          const positions = input.actors.map((a) => a.position);
          const actors = {
            weights: input.actors.map((a) => a.capability * a.salience),
            positions,
            risks: positions.map((_, k) => (k % 2 === 0 ? r : 1 / r)),
            range: Math.max(...positions) - Math.min(...positions) || 1,
          };
          const base = {
            actors,
            saliences: input.actors.map((a) => a.salience),
            median: positions[0]!,
            variant,
          };
          const nested = { ...base, probabilities: winProbabilities(actors, variant.probability, true) };
          const matrix = { ...base, probabilities: winProbabilityMatrix(actors, variant.probability, true) };
          positions.forEach((_, i) => {
            const expected = referenceOffer(i, nested);
            expect(acceptedOffer(i, nested)).toEqual(expected);
            expect(acceptedOffer(i, matrix)).toEqual(expected);
          });
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

/**
 * Unit and property tests of the SMP on small inputs of our own: reading KTAB CSV, bad input
 * named by line and field, and the model's invariants (range, permutation, capability scale,
 * immediate stop when nobody disagrees).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.ts';
import { parseKtabCsv } from './csv.ts';
import { printfFixed } from './ktab-format.ts';
import { runSmp } from './model.ts';
import { VOTING_RULES } from './params.ts';
import type { SmpInput } from './types.ts';
import { coalitionStrengths, vote } from './voting.ts';
import { parseKtabXml } from './xml.ts';

const GOOD = [
  'Tiny,"A test, with a comma",3,2,',
  'Actor,Description,Power,Tax,Tax Sal,Trade,Trade Sal,',
  'A,first,100,10,40,20,30,',
  'B,second,  50,80,50,30,20,',
  'C,third,  70,50,20,90,60,',
].join('\n');

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

describe('KTAB CSV reader', () => {
  it('reads the header lines, quoted cells and trailing commas', () => {
    const input = parseKtabCsv(GOOD, 'tiny.csv');
    expect(input.scenarioName).toBe('Tiny');
    expect(input.description).toBe('A test, with a comma');
    expect(input.dimensions).toEqual(['Tax', 'Trade']);
    expect(input.actors[1]).toEqual({
      name: 'B',
      description: 'second',
      capability: 50,
      positions: [80, 30],
      saliences: [50, 20],
    });
  });

  it('names the line and field of a missing salience', () => {
    expectValidation(
      () => parseKtabCsv(GOOD.replace('B,second,  50,80,50,30,20,', 'B,second,  50,80,50,30,,'), 't.csv'),
      4,
      'Trade Sal',
    );
  });

  it('rejects a capability of zero or less', () => {
    expectValidation(() => parseKtabCsv(GOOD.replace('C,third,  70', 'C,third,  0'), 't.csv'), 5, 'Power');
    expectValidation(() => parseKtabCsv(GOOD.replace('C,third,  70', 'C,third,  -3'), 't.csv'), 5, 'Power');
  });

  it('rejects saliences summing above 100', () => {
    expectValidation(
      () => parseKtabCsv(GOOD.replace('C,third,  70,50,20,90,60,', 'C,third,  70,50,50,90,60,'), 't.csv'),
      5,
      'Trade Sal',
    );
  });

  it('rejects fewer than 3 actors', () => {
    const two = GOOD.replace('Tiny,"A test, with a comma",3,2,', 'Tiny,x,2,2,')
      .split('\n')
      .slice(0, 4)
      .join('\n');
    expectValidation(() => parseKtabCsv(two, 't.csv'), 1, 'number of actors');
  });

  it('rejects a count that does not match the actor lines', () => {
    expect(() => parseKtabCsv(GOOD.split('\n').slice(0, 4).join('\n'), 't.csv')).toThrow(
      /announces 3 actors but 2/,
    );
  });
});

describe('KTAB XML reader', () => {
  const xml = `<?xml version="1.0"?>
<Scenario>
  <name>Tiny</name><desc>x</desc><prngSeed>1</prngSeed>
  <ModelParameters><VotingRule>Prop</VotingRule><PCEModel>MarkovUniform</PCEModel></ModelParameters>
  <Dimensions><dName>Tax</dName></Dimensions>
  <Actors>
    <Actor><name>A</name><description>a</description><capability>10</capability><Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
    <Actor><name>B</name><description>b</description><capability>20</capability><Position><dCoord>60</dCoord></Position><Salience><dSal>40</dSal></Salience></Actor>
    <Actor><name>C</name><description>c</description><capability>30</capability><Position><dCoord></dCoord></Position><Salience><dSal>40</dSal></Salience></Actor>
  </Actors>
  <IdealAdjustment><iaPair><adjustingIdeal>B</adjustingIdeal><referencePos>A</referencePos><adjust>0.2</adjust></iaPair></IdealAdjustment>
</Scenario>`;

  it('names the line of an empty coordinate', () => {
    expectValidation(() => parseKtabXml(xml, 't.xml'), 9, 'dCoord');
  });

  it('reads parameters and the accommodation pairs over an identity matrix', () => {
    const input = parseKtabXml(xml.replace('<dCoord></dCoord>', '<dCoord>90</dCoord>'), 't.xml');
    expect(input.parameters).toEqual({ votingRule: 'Prop', pceModel: 'MarkovUniform' });
    expect(input.accommodation).toEqual([
      [1, 0, 0],
      [0.2, 1, 0],
      [0, 0, 1],
    ]);
    expect(runSmp(input).turns.length).toBeGreaterThan(1);
  });
});

describe('printf-style formatting', () => {
  it('rounds exact binary ties to even like C, other values like toFixed', () => {
    expect(printfFixed(30.25, 1)).toBe('30.2');
    expect(printfFixed(30.75, 1)).toBe('30.8');
    expect(printfFixed(43.23, 1)).toBe('43.2');
    expect(printfFixed(0.123456, 4)).toBe('0.1235');
  });
});

// ---- properties ---------------------------------------------------------------------------

const actorArbitrary = (dims: number) =>
  fc.record({
    capability: fc.double({ min: 1, max: 200, noNaN: true }),
    positions: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: dims, maxLength: dims }),
    saliences: fc.array(fc.double({ min: 5, max: 100 / dims, noNaN: true }), {
      minLength: dims,
      maxLength: dims,
    }),
  });

const inputArbitrary = fc.integer({ min: 1, max: 2 }).chain((dims) =>
  fc.array(actorArbitrary(dims), { minLength: 3, maxLength: 6 }).map((actors): SmpInput => ({
    scenarioName: 'p',
    description: '',
    dimensions: Array.from({ length: dims }, (_, d) => `d${d}`),
    actors: actors.map((a, i) => ({ name: `a${i}`, description: '', ...a })),
  })),
);

describe('SMP invariants', () => {
  it('keeps every position inside 0–1 (0–100 on the input scale)', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const run = runSmp(input, { maxTurns: 6 });
        for (const turn of run.turns)
          for (const x of turn.positions) for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it('permuting the actors permutes the output', () => {
    // KTAB breaks exact ties by lowest index, so actors sharing a position may be treated
    // differently after a permutation; the property is checked where positions are distinct.
    fc.assert(
      fc.property(
        inputArbitrary.map(withDistinctPositions),
        fc.integer({ min: 1, max: 5 }),
        (input, shift) => {
          const n = input.actors.length;
          const order = input.actors.map((_, i) => (i + shift) % n);
          const permuted = { ...input, actors: order.map((i) => input.actors[i]!) };
          const a = runSmp(input, { maxTurns: 4 });
          const b = runSmp(permuted, { maxTurns: 4 });
          expect(b.turns.length).toBe(a.turns.length);
          b.turns.forEach((turn, t) =>
            order.forEach((i, k) =>
              turn.positions[k]!.forEach((v, d) => expect(v).toBeCloseTo(a.turns[t]!.positions[i]![d]!, 9)),
            ),
          );
        },
      ),
      { numRuns: 30, seed: 20261125 },
    );
  });

  // Powers of two scale exactly in floating point, so the invariant can hold to the last bit;
  // an arbitrary factor would shift rounding and flip near-ties, which is not what this checks.
  const powerOfTwoFactor = fc.integer({ min: -6, max: 10 }).map((k) => 2 ** k);

  it('scaling every capability by the same factor leaves the result unchanged', () => {
    fc.assert(
      // KTAB compares gains and utilities with absolute tolerances, so actors sharing a
      // position (exact ties) may break differently at another scale; the invariant is about
      // the model, and is checked where each actor's first coordinate is its own.
      fc.property(inputArbitrary.map(withDistinctPositions), powerOfTwoFactor, (input, factor) => {
        const scaled = {
          ...input,
          actors: input.actors.map((a) => ({ ...a, capability: a.capability * factor })),
        };
        const a = runSmp(input, { maxTurns: 4 });
        const b = runSmp(scaled, { maxTurns: 4 });
        b.turns.forEach((turn, t) =>
          turn.positions.forEach((x, i) =>
            x.forEach((v, d) => expect(v).toBeCloseTo(a.turns[t]!.positions[i]![d]!, 9)),
          ),
        );
      }),
      { numRuns: 30, seed: 20261125 },
    );
  });

  it('stops at once when a single actor or all-identical actors leave nothing to bargain over', () => {
    const one: SmpInput = {
      scenarioName: 's',
      description: '',
      dimensions: ['x'],
      actors: [{ name: 'a', description: '', capability: 1, positions: [40], saliences: [50] }],
    };
    expect(runSmp(one).turns.length).toBe(1);
    const same = { ...one, actors: [0, 1, 2].map((i) => ({ ...one.actors[0]!, name: `a${i}` })) };
    const run = runSmp(same);
    expect(run.turns.length).toBe(1);
    expect(run.stopReason).toBe('converged');
  });
});

describe('SMP fast paths', () => {
  it('coalition strengths over duplicated options equal the plain pairwise sums, bit for bit', () => {
    const random = (() => {
      let x = 7;
      return () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
    })();
    const voters = 30;
    const distinct = Array.from({ length: 12 }, () => Array.from({ length: voters }, () => random()));
    // 24 options (enough to be deduplicated), each distinct column used twice, interleaved.
    const columns = Array.from({ length: 24 }, (_, o) => distinct[(o * 5) % 12]!);
    const utilities = Array.from({ length: voters }, (_, k) => columns.map((column) => column[k]!));
    const weights = Array.from({ length: voters }, () => 1 + 10 * random());
    for (const rule of VOTING_RULES) {
      const expected = columns.map((_, a) =>
        columns.map((__, b) => {
          let total = 1e-8;
          if (a === b) return total;
          for (let k = 0; k < voters; k++) {
            const v = vote(rule, weights[k]!, utilities[k]![a]!, utilities[k]![b]!);
            if (v > 0) total += v;
          }
          return total;
        }),
      );
      expect(coalitionStrengths(rule, weights, utilities)).toEqual(expected);
    }
  });
});

/** Spreads the actors' first coordinates into disjoint bands of the 0–100 scale. */
function withDistinctPositions<T extends { actors: { positions: number[] }[] }>(input: T): T {
  const band = 100 / input.actors.length;
  return {
    ...input,
    actors: input.actors.map((actor, i) => ({
      ...actor,
      positions: actor.positions.map((x, d) => (d === 0 ? i * band + (x / 100) * (band / 2) : x)),
    })),
  };
}

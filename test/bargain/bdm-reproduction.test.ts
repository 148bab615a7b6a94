/**
 * Evaluation: the BDM model's `scholz-code` variant reproduces the jmckib (Scholz oracle) run of
 * the EU car-emissions example: all 10 rounds of positions, median, mean, risk exponents,
 * round-1 probabilities and expected utilities, and the offers. Skipped when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBdmCsv } from '../../src/bargain/bdm/csv.ts';
import { runBdm } from '../../src/bargain/bdm/model.ts';
import { receiverExpectedUtilities } from '../../src/bargain/bdm/offers.ts';
import { BDM_VARIANTS } from '../../src/bargain/bdm/variants.ts';
import { winProbabilities } from '../../src/bargain/bdm/votes.ts';
import { referenceExists, referencePath } from './reference-paths.ts';

const folder = 'bdm/scholz2011_eu_car_emissions';
const exists = referenceExists(folder, 'expected_jmckib_10rounds_positions.csv');

interface DetailRound {
  round: number;
  median: number;
  mean: number;
  positions: Record<string, number>;
  risk_r: Record<string, number>;
  events: { actor: string; type: string; from: string; new_pos: number }[];
  round1_pairwise_from_actor_perspective?: Record<
    string,
    { P_ab: number; EU_a_of_a_challenging_b: number; EU_a_est_of_b_challenging_a: number }
  >;
}

describe.skipIf(!exists)('BDM Scholz-code EU car-emissions reproduction (needs ../shared)', () => {
  const load = () =>
    parseBdmCsv(readFileSync(referencePath(folder, 'input_jmckib_ExampleActors.csv'), 'utf8')).input;

  it('reproduces expected_jmckib_10rounds_positions.csv within 1e-6 (positions, median, mean, r)', () => {
    const input = load();
    const run = runBdm(input, BDM_VARIANTS['scholz-code'], { maxRounds: 10 });
    const lines = readFileSync(referencePath(folder, 'expected_jmckib_10rounds_positions.csv'), 'utf8')
      .trim()
      .split(/\r?\n/);
    const header = lines[0]!.split(',');
    expect(run.rounds.length).toBe(lines.length - 1);
    const index = (name: string) => input.actors.findIndex((a) => a.name === name);
    for (const line of lines.slice(1)) {
      const cells = line.split(',').map(Number);
      const round = run.rounds[cells[0]!]!;
      header.forEach((column, c) => {
        if (column === 'round') return;
        const actual =
          column === 'median'
            ? round.median
            : column === 'mean'
              ? round.mean
              : column.startsWith('r_')
                ? round.risks[index(column.slice(2))]!
                : round.positions[index(column)]!;
        expect(Math.abs(actual - cells[c]!), `${column} in round ${cells[0]}`).toBeLessThanOrEqual(1e-6);
      });
    }
    expect(run.stopReason).toBe('max-rounds');
    expect(run.oscillation.oscillating).toBe(true);
  });

  it('matches the full-precision detail: positions and r within 1e-9, the same offers each round', () => {
    const input = load();
    const run = runBdm(input, BDM_VARIANTS['scholz-code'], { maxRounds: 10 });
    const detail = JSON.parse(
      readFileSync(referencePath(folder, 'expected_jmckib_10rounds_detail.json'), 'utf8'),
    ) as { rounds: DetailRound[] };
    for (const expected of detail.rounds) {
      const round = run.rounds[expected.round]!;
      input.actors.forEach((actor, k) => {
        expect(round.positions[k]).toBeCloseTo(expected.positions[actor.name]!, 9);
        expect(round.risks[k]).toBeCloseTo(expected.risk_r[actor.name]!, 9);
      });
      expect(round.median).toBeCloseTo(expected.median, 9);
      expect(
        round.moves.map((m) => [input.actors[m.receiver]!.name, m.kind, input.actors[m.sender]!.name]),
      ).toEqual(expected.events.map((e) => [e.actor, e.type, e.from]));
      round.moves.forEach((m, k) => expect(m.newPosition).toBeCloseTo(expected.events[k]!.new_pos, 9));
    }
  });

  it('reproduces the round-1 pairwise probabilities and expected utilities', () => {
    const input = load();
    const run = runBdm(input, BDM_VARIANTS['scholz-code'], { maxRounds: 1 });
    const detail = JSON.parse(
      readFileSync(referencePath(folder, 'expected_jmckib_10rounds_detail.json'), 'utf8'),
    ) as { rounds: DetailRound[] };
    const pairs = detail.rounds[1]!.round1_pairwise_from_actor_perspective!;
    const actors = {
      weights: input.actors.map((a) => a.capability * a.salience),
      positions: input.actors.map((a) => a.position),
      risks: run.rounds[1]!.risks,
      range: run.range,
    };
    const probabilities = winProbabilities(actors, 'all-pairs', true);
    const context = {
      actors,
      saliences: input.actors.map((a) => a.salience),
      probabilities,
      median: run.rounds[0]!.median,
      variant: BDM_VARIANTS['scholz-code'],
    };
    const index = (name: string) => input.actors.findIndex((a) => a.name === name);
    expect(Object.keys(pairs).length).toBeGreaterThan(50);
    for (const [key, expected] of Object.entries(pairs)) {
      const [a, b] = key.split('->') as [string, string];
      const i = index(a);
      const j = index(b);
      expect(probabilities[i]![j]).toBeCloseTo(expected.P_ab, 12);
      if (input.actors[i]!.position === input.actors[j]!.position) continue;
      const { a: euIJ, b: euJI } = receiverExpectedUtilities(i, j, context);
      expect(euIJ).toBeCloseTo(expected.EU_a_of_a_challenging_b, 12);
      expect(euJI).toBeCloseTo(expected.EU_a_est_of_b_challenging_a, 12);
    }
  });
});

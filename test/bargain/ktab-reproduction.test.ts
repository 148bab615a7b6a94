/**
 * Evaluation: our SMP reproduces KTAB smpc's printed output on the shared reference runs —
 * every position of every actor in every turn (%5.1f), the number of turns, the winning
 * probabilities (%.4f) and the convergence log. Skipped by name when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKtabCsv } from '../../src/bargain/smp/csv.ts';
import { positionHistoryRows, winProbabilityRows } from '../../src/bargain/smp/ktab-format.ts';
import { runSmp } from '../../src/bargain/smp/model.ts';
import { referenceExists, referencePath } from './reference-paths.ts';

function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',').map((cell) => cell.trim()));
}

for (const scenario of ['SOE-Pol-Comp', 'dummyData_3Dim']) {
  const exists = referenceExists('ktab', scenario, `input_${scenario}.csv`);
  describe.skipIf(!exists)(`KTAB ${scenario} reproduction (needs ../shared)`, () => {
    const file = (name: string) => referencePath('ktab', scenario, name);
    const input = () =>
      parseKtabCsv(readFileSync(file(`input_${scenario}.csv`), 'utf8'), file(`input_${scenario}.csv`));
    const names = () => input().actors.map((a) => a.name);

    it('prints every position of every actor in every turn exactly as smpc, with as many turns', () => {
      const data = input();
      const run = runSmp(data);
      const expected = csvRows(file('position_history.csv'));
      const actual = positionHistoryRows(run, names(), data.dimensions);
      expect(run.turns.length).toBe(expected[0]!.length - 2);
      expect(actual).toEqual(expected);
      expect(run.stopReason).toBe('converged');
    });

    it('prints the same winning probabilities', () => {
      const run = runSmp(input());
      expect(winProbabilityRows(run, names())).toEqual(csvRows(file('winprob_history.csv')));
    });

    it('logs the same movement per turn and fractional change as the convergence log', () => {
      const run = runSmp(input());
      const log = readFileSync(file('convergence.txt'), 'utf8');
      const distances = [...log.matchAll(/sDist \[\s*(\d+),\s*(\d+)\] = (\S+)/g)]
        .filter((m) => Number(m[2]) === Number(m[1]) + 1)
        .map((m) => ({ t: Number(m[2]), text: m[3]! }));
      const unique = [...new Map(distances.map((d) => [d.t, d.text])).entries()];
      expect(unique.length).toBe(run.turns.length - 1);
      for (const [t, text] of unique) {
        expect(
          run.turns[t]!.movement.toExponential(2)
            .toUpperCase()
            .replace(/E([+-])(\d)$/, 'E$10$2'),
        ).toBe(text);
      }
      const fractions = [...log.matchAll(/Fractional change compared to first step: (\S+)/g)].map(
        (m) => m[1],
      );
      const first = run.turns[1]!.movement;
      expect(run.turns.slice(1).map((turn) => (turn.movement / (first + 1e-4)).toFixed(4))).toEqual(
        fractions,
      );
    });
  });
}

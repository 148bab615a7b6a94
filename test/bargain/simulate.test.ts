/**
 * Integration: the simulate use case and command on files and the built-in scenario — the
 * JSON output contract, format detection, table output, and errors for bad requests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulate.ts';
import { formatSimulation } from '../../src/cli/commands/simulate.ts';
import { NotFoundError, UnprocessableError, ValidationError } from '../../src/errors.ts';
import { referenceExists, referencePath } from './reference-paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'jirga-simulate-'));
const ktab = join(dir, 'tiny.csv');
writeFileSync(
  ktab,
  'Tiny,test,3,1,\nActor,Description,Power,Tax,Tax Sal,\nA,a,100,10,40,\nB,b,50,80,50,\nC,c,70,50,20,\n',
);
const bdm = join(dir, 'actors.csv');
writeFileSync(bdm, 'Actor,Capability,Position,Salience\nA,10,0,0.8\nB,20,50,0.4\nC,30,100,0.6\n');

describe('simulate use case', () => {
  it('returns the output contract for a KTAB CSV', () => {
    const result = simulate({ model: 'smp', input: ktab });
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'model',
        'variant',
        'actors',
        'dimensions',
        'rounds',
        'converged',
        'stopReason',
        'forecast',
      ]),
    );
    expect(result.rounds[0]).toMatchObject({ t: 0, positions: { A: [10], B: [80], C: [50] } });
    expect(result.forecast.baseline.position).toHaveLength(1);
    expect(JSON.parse(formatSimulation(result, 'json'))).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('detects a BDM actor table and runs the requested variant and rounds', () => {
    const result = simulate({ input: bdm, variant: 'scholz-code', rounds: 3 });
    expect(result.model).toBe('bdm');
    expect(result.variant).toBe('scholz-code');
    expect(result.rounds.length).toBeLessThanOrEqual(4);
    expect(formatSimulation(result, 'table')).toMatch(/baseline: /);
    expect(formatSimulation(result, 'csv').split('\r\n')[0]).toBe('t,A,B,C,median,mean');
  });

  it('runs the built-in Pakistan–TTP scenario with levers and Monte Carlo', () => {
    const result = simulate({
      scenario: 'pakistan-ttp/ttp-demands',
      set: ['afghan-taliban.salience=90'],
      runs: 20,
      seed: 7,
    });
    expect('scenario' in result && result.scenario.dimension.low).toMatch(/disarms/);
    expect(result.actors.map((a) => a.name)).toContain('afghan-taliban');
    expect(result.notes[0]).toMatch(/expert judgements/);
    expect('monteCarlo' in result && result.monteCarlo?.zones.map((z) => z.id)).toContain(
      'ceasefire-both-accept',
    );
  });

  it('rejects bad requests with JirgaErrors', () => {
    expect(() => simulate({})).toThrow(ValidationError);
    expect(() => simulate({ input: join(dir, 'missing.csv') })).toThrow(NotFoundError);
    expect(() => simulate({ model: 'smp', input: bdm })).toThrow(UnprocessableError);
    expect(() => simulate({ input: bdm, variant: 'nonsense' })).toThrow(UnprocessableError);
    expect(() => simulate({ scenario: 'pakistan-ttp/none' })).toThrow(NotFoundError);
  });
});

const soe = referenceExists('ktab', 'SOE-Pol-Comp', 'input_SOE-Pol-Comp.csv');
describe.skipIf(!soe)('simulate on the shared KTAB input (needs ../shared)', () => {
  it('ends where KTAB ends, in the same number of turns', () => {
    const result = simulate({
      model: 'smp',
      input: referencePath('ktab', 'SOE-Pol-Comp', 'input_SOE-Pol-Comp.csv'),
    });
    expect(result.rounds).toHaveLength(28);
    expect(result.rounds[27]!.positions.XJ!.map((x) => x.toFixed(1))).toEqual(['43.2', '43.3']);
  });
});

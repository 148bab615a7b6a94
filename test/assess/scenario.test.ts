// `assess --scenario`: the bargaining scenario runs through the simulate use case and feeds the
// bargaining range, which weighs each party's family, prefers the mediated run when the
// scenario's mediator is the assessed one, and says it is conditional on expert inputs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessMediation, scenarioBargaining } from '../../src/app/assess.ts';
import { withStore } from '../../src/app/session.ts';
import { makeContext, type BargainingInput } from '../../src/assess/context.ts';
import { bargainingRange, familyPosition } from '../../src/assess/indicators/bargaining.ts';
import { contextFor } from './snapshot-helpers.ts';
import { noReferenceData } from './no-reference-data.ts';

const input = (extra: Partial<BargainingInput> = {}): BargainingInput => ({
  scenarioId: 's',
  scale: { min: 0, max: 100 },
  finalPositions: { gov: 20, 'gov-army': 0, reb: 80 },
  weights: { gov: 1, 'gov-army': 3, reb: 1 },
  forecast: 30,
  zone: null,
  evidence: ['src-test'],
  ...extra,
});

const withInput = (bargaining: BargainingInput, asOf = '2023-01-01') => {
  const base = contextFor({}, asOf);
  return makeContext(base.snapshot, { mediator: base.mediator, a: base.a, b: base.b }, bargaining);
};

describe('the bargaining range from a scenario result', () => {
  it("weighs a party's family by capability × salience", () => {
    const run = input();
    expect(familyPosition(run, new Set(['gov', 'gov-army']), run.weights)!.position).toBe(5);
    expect(bargainingRange(withInput(run)).value).toBeCloseTo(0.75);
  });

  it("uses the mediated run only when the scenario's mediator is the assessed one", () => {
    const mediation = { mediator: 'med', finalPositions: { gov: 40, reb: 50 }, forecast: 45, zone: null };
    const mediated = bargainingRange(withInput(input({ mediation })));
    expect(mediated.value).toBeCloseTo(0.1);
    expect(mediated.detail!['mediated']).toBe(true);
    const other = bargainingRange(withInput(input({ mediation: { ...mediation, mediator: 'power' } })));
    expect(other.value).toBeCloseTo(0.75);
  });

  it('says it is conditional on expert inputs, and when they were set after the date', () => {
    const result = bargainingRange(withInput(input({ setOn: '2026-01-01' })));
    expect(result.rationale).toMatch(/conditional on expert inputs/);
    expect(result.rationale).toMatch(/after the as-of date/);
  });
});

describe('jirga assess --scenario on the founding case', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jirga-assess-scenario-'));
  const db = join(dir, 'jirga.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs pakistan-ttp/ttp-demands with and without the mediation lever', () => {
    const bargaining = scenarioBargaining('pakistan-ttp/ttp-demands', 'pakistan-ttp');
    expect(bargaining.mediation?.mediator).toBe('afghan-taliban');
    expect(Object.keys(bargaining.finalPositions)).toContain('ttp');
    expect(bargaining.conditional).toMatch(/expert judgements/);
  });

  it('fills the bargaining range and adds the caveat', async () => {
    const { assessment } = await withStore({ db }, (store) =>
      assessMediation(store, {
        caseId: 'pakistan-ttp',
        mediator: 'afghan-taliban',
        parties: ['pakistan', 'ttp'],
        asOf: '2023-05-09',
        scenario: 'pakistan-ttp/ttp-demands',
        referenceData: noReferenceData(dir),
      }),
    );
    const range = assessment.indicators.find((i) => i.id === 'bargaining-range')!;
    expect(range.value).not.toBeNull();
    expect(range.detail!['mediated']).toBe(true);
    expect(range.evidence.sources).toContain('ankasam-2023-taliban-mediation');
    expect(assessment.caveats.some((c) => /conditional on expert inputs/.test(c))).toBe(true);
  });

  it('refuses a scenario of another case, and an unknown one', () => {
    expect(() => scenarioBargaining('pakistan-ttp/ttp-demands', 'other-case')).toThrow(/belongs to case/);
    expect(() => scenarioBargaining('pakistan-ttp/no-such', 'pakistan-ttp')).toThrow();
  });
});

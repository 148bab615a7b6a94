/**
 * Tests of scenarios on small YAML of our own: validation errors with line and field, levers
 * and their difference from the unchanged inputs, the explicit mediation lever, seeded Monte
 * Carlo, and the expert-judgement caveat and baseline in every result.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.ts';
import { analyseScenario, EXPERT_JUDGEMENT_NOTE } from './analyse.ts';
import { applyMediation, parseLever } from './levers.ts';
import { parseScenario } from './load.ts';
import { seededRandom } from './prng.ts';

const actor = (id: string, position: number, salience: number, capability: number) => `
  - id: ${id}
    position: ${position}
    salience: ${salience}
    capability: ${capability}
    rationale: test
    evidence: [test-source]
    setBy: tester
    setOn: 2024-01-01`;

const YAML = `id: test/simple
title: Test
question: Where does it end?
caseId: test
dimension: { name: Issue, low: none, high: all }
scales: { position: 0-100, salience: 0-100, capability: relative }
zones:
  - { id: low, label: Low, from: 0, to: 40 }
  - { id: high, label: High, from: 40, to: 100 }
actors:${actor('gov', 10, 80, 60)}${actor('rebels', 90, 90, 30)}${actor('mediator', 50, 50, 20)}${actor('patron', 20, 40, 40)}
mediation:
  mediator: mediator
  description: The mediator pulls the rebels toward its position.
  effects:
    - { actor: mediator, salience: 80, rationale: invests }
  accommodation:
    - { actor: rebels, toward: mediator, weight: 0.3, rationale: sanctuary }
  evidence: [test-source]
  setBy: tester
  setOn: 2024-01-01
`;

describe('scenario loading', () => {
  it('parses a valid scenario', () => {
    const scenario = parseScenario(YAML);
    expect(scenario.actors.map((a) => a.id)).toEqual(['gov', 'rebels', 'mediator', 'patron']);
    expect(scenario.model).toBe('smp');
  });

  it('names the line and field of a missing salience', () => {
    const broken = YAML.replace('    salience: 90\n', '');
    try {
      parseScenario(broken, 's.yaml');
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const location = (error as ValidationError).location;
      expect(location.field).toBe('actors[1].salience');
      expect(location.line).toBe(YAML.split('\n').findIndex((line) => line.includes('id: rebels')) + 1);
    }
  });

  it('rejects a capability ≤ 0 and unknown mediation actors', () => {
    expect(() => parseScenario(YAML.replace('capability: 30', 'capability: 0'))).toThrow(
      /actors\[1\]\.capability/,
    );
    expect(() => parseScenario(YAML.replace('toward: mediator', 'toward: nobody'))).toThrow(
      /mediation\.accommodation\[0\]\.toward/,
    );
  });
});

describe('levers and mediation', () => {
  it('parses and range-checks --set on the file scales', () => {
    expect(parseLever('gov.salience=55')).toEqual({ actor: 'gov', field: 'salience', value: 55 });
    expect(() => parseLever('gov.mood=3')).toThrow(ValidationError);
    const scenario = parseScenario(YAML);
    expect(() => analyseScenario(scenario, { levers: [parseLever('gov.salience=150')] })).toThrow(/0–100/);
    expect(() => analyseScenario(scenario, { levers: [parseLever('nobody.salience=50')] })).toThrow(
      /not an actor/,
    );
  });

  it('reports the lever, both forecasts and their difference', () => {
    const scenario = parseScenario(YAML);
    const result = analyseScenario(scenario, { levers: [parseLever('rebels.position=60')] });
    expect(result.levers?.applied).toEqual([{ actor: 'rebels', field: 'position', value: 60, from: 90 }]);
    expect(result.levers!.difference.forecast).toBeCloseTo(
      result.levers!.changed.forecast - result.levers!.unchanged.forecast,
      12,
    );
    expect(result.actors.find((a) => a.name === 'rebels')?.position).toEqual([60]);
  });

  it('notes that a position or salience ≤ 1 is on the 0–100 scale, not a fraction', () => {
    const scenario = parseScenario(YAML);
    const result = analyseScenario(scenario, { levers: [parseLever('gov.salience=0.9')] });
    const note = result.notes.find((n) => n.includes('gov.salience=0.9'));
    expect(note).toMatch(/0–100 scale/);
    expect(note).toMatch(/0\.9 means 0\.9 of 100, not 90\b/);
    expect(result.levers?.applied[0]).toMatchObject({ field: 'salience', value: 0.9 });
    const position = analyseScenario(scenario, { levers: [parseLever('rebels.position=1')] });
    expect(position.notes.some((n) => /rebels\.position=1: .*1 of 100, not 100\b/.test(n))).toBe(true);
    // Values above 1, zero (an end of the scale) and capabilities get no such note.
    for (const text of ['gov.salience=55', 'rebels.position=0', 'gov.capability=0.5']) {
      const plain = analyseScenario(scenario, { levers: [parseLever(text)] });
      expect(plain.notes.some((n) => n.includes('0–100 scale'))).toBe(false);
    }
  });

  it('models mediation explicitly as stated effects and an accommodation matrix', () => {
    const scenario = parseScenario(YAML);
    const applied = applyMediation(scenario)!;
    expect(applied.mediation.accommodation[1]).toEqual([0, 0.7, 0.3, 0]);
    expect(applied.scenario.actors[2]!.salience).toBe(80);
    const result = analyseScenario(scenario, { mediation: true });
    expect(result.variant).toContain('accommodation');
    expect(result.levers?.mediation?.mediator).toBe('mediator');
  });

  it('always states that inputs are expert judgements and carries the baseline', () => {
    for (const model of ['smp', 'bdm'] as const) {
      const result = analyseScenario(parseScenario(YAML), { model });
      expect(result.notes[0]).toBe(EXPERT_JUDGEMENT_NOTE);
      expect(result.forecast.baseline.position).toEqual([20]);
      expect(result.rounds[0]!.t).toBe(0);
      expect(result.rounds[0]!.positions.gov).toEqual([10]);
    }
  });
});

describe('Monte Carlo', () => {
  it('is reproducible from the seed and reports a band and zone probabilities', () => {
    const scenario = parseScenario(YAML);
    const a = analyseScenario(scenario, { monteCarlo: { runs: 40, seed: 7 } }).monteCarlo!;
    const b = analyseScenario(scenario, { monteCarlo: { runs: 40, seed: 7 } }).monteCarlo!;
    const c = analyseScenario(scenario, { monteCarlo: { runs: 40, seed: 8 } }).monteCarlo!;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.forecast.p10).toBeLessThanOrEqual(a.forecast.median);
    expect(a.forecast.median).toBeLessThanOrEqual(a.forecast.p90);
    expect(a.zones.reduce((sum, z) => sum + z.probability, 0)).toBeGreaterThanOrEqual(0.999);
  });

  it('draws uniform numbers in [0, 1)', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / 1000).toBeCloseTo(0.5, 1);
  });
});

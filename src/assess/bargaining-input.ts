/**
 * A bargaining scenario's results as the assessment reads them: each actor's final position
 * on the scenario's one-dimensional scale and its weight (capability × salience), for the run
 * with unchanged inputs and, when the scenario states a mediation lever, the run with it. Pure:
 * the use case runs the scenario (src/app/simulate.ts) and hands the results here.
 */
import type { ScenarioResult } from '../bargain/scenario/analyse.ts';
import type { BargainingInput, BargainingRun } from './context.ts';

function runOf(result: ScenarioResult): BargainingRun {
  const last = result.rounds.at(-1);
  const finalPositions: Record<string, number> = {};
  for (const [id, position] of Object.entries(last?.positions ?? {})) {
    const value = position[0];
    if (value !== undefined) finalPositions[id] = value;
  }
  const forecast = result.forecast.model.position[0] ?? result.forecast.baseline.position[0] ?? NaN;
  const zone = result.scenario.zones.find((z) => forecast >= z.from && forecast <= z.to)?.id ?? null;
  return { finalPositions, forecast, zone };
}

/**
 * `plain` is the run with the scenario's inputs as set; `mediated` the run with its mediation
 * lever applied (absent when the scenario states none).
 */
export function bargainingInputFrom(plain: ScenarioResult, mediated?: ScenarioResult): BargainingInput {
  const { scenario } = plain;
  const dimension = plain.dimensions[0];
  const weights: Record<string, number> = {};
  for (const input of scenario.inputs) weights[input.actor] = input.capability * input.salience;
  const mediator = mediated?.levers?.mediation?.mediator;
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    scale: dimension?.scale ?? { min: 0, max: 100 },
    dimension: scenario.dimension.name,
    ...runOf(plain),
    weights,
    ...(mediated === undefined || mediator === undefined
      ? {}
      : { mediation: { mediator, ...runOf(mediated) } }),
    evidence: [...new Set(scenario.inputs.flatMap((input) => input.evidence))].sort(),
    setBy: [...new Set(scenario.inputs.map((input) => input.setBy))].sort(),
    setOn:
      scenario.inputs
        .map((input) => input.setOn)
        .sort()
        .at(-1) ?? null,
    conditional: plain.notes[0] ?? 'The inputs are expert judgements, not measurements.',
  };
}

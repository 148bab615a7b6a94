/**
 * Runs a scenario through a bargaining model: converts its actors to the model's input
 * (SMP on KTAB's scales, or BDM with salience/100 on a fixed 0–100 range) and returns the
 * common simulation result with actors keyed by registry id.
 */
import { runBdm } from '../bdm/model.ts';
import { bdmResult } from '../bdm/result.ts';
import type { BdmInput } from '../bdm/types.ts';
import { bdmVariant, DEFAULT_BDM_VARIANT } from '../bdm/variants.ts';
import type { SimulationResult } from '../result.ts';
import { runSmp } from '../smp/model.ts';
import { smpResult } from '../smp/result.ts';
import type { SmpInput } from '../smp/types.ts';
import type { Scenario } from './schema.ts';

export interface ScenarioModelOptions {
  model?: 'smp' | 'bdm';
  /** BDM variant name (paper, scholz-code, net). */
  variant?: string;
  rounds?: number;
  /** SMP accommodation matrix (from the mediation lever). */
  accommodation?: number[][];
}

export function scenarioSmpInput(scenario: Scenario, accommodation?: number[][]): SmpInput {
  return {
    scenarioName: scenario.id,
    description: scenario.title,
    dimensions: [scenario.dimension.name],
    actors: scenario.actors.map((a) => ({
      name: a.id,
      description: a.rationale,
      capability: a.capability,
      positions: [a.position],
      saliences: [a.salience],
    })),
    ...(accommodation === undefined ? {} : { accommodation }),
  };
}

export function scenarioBdmInput(scenario: Scenario): BdmInput {
  return {
    actors: scenario.actors.map((a) => ({
      name: a.id,
      capability: a.capability,
      position: a.position,
      salience: a.salience / 100,
    })),
    positionRange: { min: 0, max: 100 },
  };
}

export function runScenarioModel(scenario: Scenario, options: ScenarioModelOptions = {}): SimulationResult {
  const model = options.model ?? scenario.model;
  const result =
    model === 'smp'
      ? runScenarioSmp(scenario, options)
      : (() => {
          const input = scenarioBdmInput(scenario);
          const variant = bdmVariant(options.variant ?? DEFAULT_BDM_VARIANT);
          const run = runBdm(
            input,
            variant,
            options.rounds === undefined ? {} : { maxRounds: options.rounds },
          );
          const converted = bdmResult(input, run, scenario.dimension.name);
          if (options.accommodation !== undefined) {
            converted.notes.push(
              'The BDM model has no accommodation hook: the mediation accommodation is ignored; only its effects apply.',
            );
          }
          return converted;
        })();
  result.dimensions = result.dimensions.map((d) => ({
    ...d,
    scale: { min: 0, max: 100 },
    ends: { low: scenario.dimension.low, high: scenario.dimension.high },
  }));
  return result;
}

function runScenarioSmp(scenario: Scenario, options: ScenarioModelOptions): SimulationResult {
  const input = scenarioSmpInput(scenario, options.accommodation);
  const run = runSmp(input, options.rounds === undefined ? {} : { maxTurns: options.rounds });
  return smpResult(
    input,
    run,
    options.accommodation === undefined ? 'ktab-deterministic' : 'ktab-deterministic+accommodation',
  );
}

/** The model's forecast on the (single) scenario dimension. */
export function forecastValue(result: SimulationResult): number {
  return result.forecast.model.position[0]!;
}

/** The weighted-median baseline on the scenario dimension. */
export function baselineValue(result: SimulationResult): number {
  return result.forecast.baseline.position[0]!;
}

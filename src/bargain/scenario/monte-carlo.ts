/**
 * Monte Carlo sensitivity of a scenario: each run perturbs every actor's inputs uniformly
 * within its stated uncertainty (or the scenario's default ± per cent), seeded and
 * reproducible, and the distribution of model forecasts is summarised: median, 10–90% band,
 * and the share of runs that end in each named zone.
 */
import { seededRandom, uniform, type Random } from './prng.ts';
import { baselineValue, forecastValue, runScenarioModel, type ScenarioModelOptions } from './run.ts';
import type { Scenario, ScenarioActor } from './schema.ts';

export interface MonteCarloOptions extends ScenarioModelOptions {
  runs: number;
  seed: number;
  /** Overrides the scenario's default ± per cent for actors without their own uncertainty. */
  perturbPercent?: number;
}

export interface Distribution {
  median: number;
  p10: number;
  p90: number;
  mean: number;
}

export interface MonteCarloSummary {
  runs: number;
  seed: number;
  /** How inputs were perturbed. */
  perturbation: string;
  /** Distribution of the model's forecast. */
  forecast: Distribution;
  /** Distribution of the weighted-median baseline under the same perturbations. */
  baseline: Distribution;
  /** Share of runs whose model forecast falls in each zone (a model frequency, not a measured probability). */
  zones: { id: string; label: string; from: number; to: number; probability: number }[];
  /** Share of runs that stopped by convergence. */
  convergedShare: number;
}

export function perturbScenario(scenario: Scenario, random: Random, defaultPercent: number): Scenario {
  return { ...scenario, actors: scenario.actors.map((actor) => perturbActor(actor, random, defaultPercent)) };
}

function perturbActor(actor: ScenarioActor, random: Random, defaultPercent: number): ScenarioActor {
  const u = actor.uncertainty;
  const positionSpread = u?.position ?? defaultPercent;
  const salienceSpread = u?.salience ?? defaultPercent;
  const capabilitySpread = (u?.capabilityPercent ?? defaultPercent) / 100;
  return {
    ...actor,
    position: clamp(
      uniform(random, actor.position - positionSpread, actor.position + positionSpread),
      0,
      100,
    ),
    // Salience stays strictly positive: a party with no stake at all is not in the model.
    salience: clamp(
      uniform(random, actor.salience - salienceSpread, actor.salience + salienceSpread),
      0.01,
      100,
    ),
    capability:
      actor.capability * Math.max(0.01, uniform(random, 1 - capabilitySpread, 1 + capabilitySpread)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function describe(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}

export function monteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloSummary {
  const random = seededRandom(options.seed);
  const percent = options.perturbPercent ?? scenario.defaultUncertaintyPercent;
  const forecasts: number[] = [];
  const baselines: number[] = [];
  let converged = 0;
  for (let run = 0; run < options.runs; run++) {
    const result = runScenarioModel(perturbScenario(scenario, random, percent), options);
    forecasts.push(forecastValue(result));
    baselines.push(baselineValue(result));
    if (result.converged) converged++;
  }
  return {
    runs: options.runs,
    seed: options.seed,
    perturbation: `uniform within each actor's stated uncertainty, else ±${percent} points (position, salience) and ±${percent}% (capability)`,
    forecast: describe(forecasts),
    baseline: describe(baselines),
    zones: scenario.zones.map((zone) => ({
      ...zone,
      probability: forecasts.filter((f) => f >= zone.from && f <= zone.to).length / options.runs,
    })),
    convergedShare: converged / options.runs,
  };
}

/**
 * A scenario analysis: the model run on the scenario's inputs, with levers and the mediation
 * lever applied when asked and their difference from the unchanged inputs reported, and an
 * optional Monte Carlo summary. The result always states that the inputs are expert
 * judgements and carries the weighted-median baseline.
 */
import type { SimulationResult } from '../result.ts';
import {
  applyLevers,
  applyMediation,
  type AppliedLever,
  type AppliedMediation,
  type Lever,
  leverScaleNotes,
} from './levers.ts';
import { monteCarlo, type MonteCarloSummary } from './monte-carlo.ts';
import { baselineValue, forecastValue, runScenarioModel, type ScenarioModelOptions } from './run.ts';
import type { Scenario } from './schema.ts';

export const EXPERT_JUDGEMENT_NOTE =
  'The inputs (positions, saliences, capabilities) are expert judgements set by the analysts named in the scenario, not measurements; model probabilities are model outputs, not measured frequencies.';

export interface ScenarioAnalysisOptions extends Omit<ScenarioModelOptions, 'accommodation'> {
  levers?: Lever[];
  /** Apply the scenario's mediation lever. */
  mediation?: boolean;
  monteCarlo?: { runs: number; seed: number; perturbPercent?: number };
}

export interface ScenarioResult extends SimulationResult {
  scenario: {
    id: string;
    title: string;
    question: string;
    caseId: string;
    dimension: { name: string; low: string; high: string };
    inputs: {
      actor: string;
      position: number;
      salience: number;
      capability: number;
      rationale: string;
      evidence: string[];
      setBy: string;
      setOn: string;
    }[];
    zones: { id: string; label: string; from: number; to: number }[];
  };
  /** Present when levers or mediation changed the inputs. */
  levers?: {
    applied: AppliedLever[];
    mediation?: AppliedMediation;
    /** Forecasts with the unchanged inputs. */
    unchanged: { forecast: number; baseline: number; zone: string | null };
    changed: { forecast: number; baseline: number; zone: string | null };
    difference: { forecast: number; baseline: number };
  };
  monteCarlo?: MonteCarloSummary;
}

export function zoneOf(scenario: Scenario, value: number): string | null {
  return scenario.zones.find((zone) => value >= zone.from && value <= zone.to)?.id ?? null;
}

export function analyseScenario(scenario: Scenario, options: ScenarioAnalysisOptions = {}): ScenarioResult {
  const modelOptions: ScenarioModelOptions = {
    ...(options.model === undefined ? {} : { model: options.model }),
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
  };
  let adjusted = scenario;
  let mediation: AppliedMediation | undefined;
  if (options.mediation === true) {
    const applied = applyMediation(scenario);
    if (applied !== null) {
      adjusted = applied.scenario;
      mediation = applied.mediation;
      modelOptions.accommodation = applied.mediation.accommodation;
    }
  }
  const { scenario: withLevers, applied } = applyLevers(adjusted, options.levers ?? []);
  adjusted = withLevers;

  const result = runScenarioModel(adjusted, modelOptions);
  const changed = mediation !== undefined || applied.length > 0;
  const output: ScenarioResult = {
    ...result,
    notes: [EXPERT_JUDGEMENT_NOTE, ...leverScaleNotes(options.levers ?? []), ...result.notes],
    scenario: {
      id: scenario.id,
      title: scenario.title,
      question: scenario.question,
      caseId: scenario.caseId,
      dimension: scenario.dimension,
      inputs: adjusted.actors.map((a) => ({
        actor: a.id,
        position: a.position,
        salience: a.salience,
        capability: a.capability,
        rationale: a.rationale,
        evidence: a.evidence,
        setBy: a.setBy,
        setOn: a.setOn,
      })),
      zones: scenario.zones,
    },
  };
  if (changed) {
    const unchangedResult = runScenarioModel(scenario, { ...modelOptions, accommodation: undefined });
    const before = { forecast: forecastValue(unchangedResult), baseline: baselineValue(unchangedResult) };
    const after = { forecast: forecastValue(result), baseline: baselineValue(result) };
    output.levers = {
      applied,
      ...(mediation === undefined ? {} : { mediation }),
      unchanged: { ...before, zone: zoneOf(scenario, before.forecast) },
      changed: { ...after, zone: zoneOf(scenario, after.forecast) },
      difference: { forecast: after.forecast - before.forecast, baseline: after.baseline - before.baseline },
    };
  }
  if (options.monteCarlo !== undefined) {
    output.monteCarlo = monteCarlo(adjusted, { ...modelOptions, ...options.monteCarlo });
  }
  return output;
}

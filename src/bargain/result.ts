/**
 * The one output contract of every bargaining simulation (SMP, BDM, scenario runs): actors,
 * dimensions, rounds from the initial state (t = 0), whether and why it stopped, and a
 * forecast that always carries the capability×salience-weighted median as a baseline.
 * Positions are on the input's own scale.
 */

export type SimulationModel = 'smp' | 'bdm';
export type SimulationStopReason = 'converged' | 'cycle' | 'max-rounds';

export interface SimulationActor {
  /** Name in the input file, or registry id in a scenario run. */
  name: string;
  capability: number;
  /** Initial position per dimension. */
  position: number[];
  /** Salience per dimension, on the input's scale. */
  salience: number[];
}

export interface SimulationDimension {
  name: string;
  /** The scale positions are reported on. */
  scale: { min: number; max: number };
  /** What the low and high ends mean, when the input says so. */
  ends?: { low: string; high: string };
}

export interface SimulationRound {
  t: number;
  positions: Record<string, number[]>;
  /** BDM: median-voter position; SMP: absent. */
  median?: number;
  /** BDM: c·s-weighted mean position. */
  mean?: number;
  /** BDM: risk exponents r_i (0.5–2) used in the round; SMP: risk attitudes R_i (−1…1) of the state. */
  risk?: Record<string, number>;
  /** SMP: the winning probability KTAB prints for each actor's position. */
  winProbabilities?: Record<string, number>;
  /** SMP: Σ_i ||x_i(t) − x_i(t−1)|| on the 0–1 scale. */
  movement?: number;
  /** Who moved and why. */
  moves?: SimulationMove[];
}

export interface SimulationMove {
  actor: string;
  /** BDM: confrontation | compromise | capitulation; SMP: bargain. */
  kind: string;
  /** The other party of the offer or bargain. */
  with: string;
  to: number[];
}

export interface ForecastPoint {
  method: string;
  position: number[];
}

export interface SimulationForecast {
  /** Always present: the capability×salience-weighted median of the initial positions. */
  baseline: ForecastPoint;
  /** The model's own forecast from its final state. */
  model: ForecastPoint;
  /** Further indicators (weighted mean, probability-weighted mean, cycle average). */
  secondary: ForecastPoint[];
  /** SMP: probability of each distinct final position (a model probability, not a measured one). */
  distribution?: { position: number[]; probability: number; actors: string[] }[];
}

export interface SimulationResult {
  model: SimulationModel;
  variant: string;
  actors: SimulationActor[];
  dimensions: SimulationDimension[];
  rounds: SimulationRound[];
  converged: boolean;
  stopReason: SimulationStopReason;
  forecast: SimulationForecast;
  /** BDM: the repeating stretch when a cycle stopped the run. */
  cycle?: { from: number; length: number; averagePositions: Record<string, number> };
  /** BDM: direction reversals per actor and of the median. */
  oscillation?: { oscillating: boolean; actorReversals: Record<string, number>; medianReversals: number };
  /** Caveats the reader must see (the inputs are expert judgements, …). */
  notes: string[];
}

/** Removes binary noise (43.230000000000004 → 43.23) from values shown on the input's scale. */
export function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

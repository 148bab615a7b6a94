/**
 * Input of the Spatial Model of Politics on KTAB's own scales: positions and saliences 0–100,
 * capability raw and positive, an optional accommodation ("ideal adjustment") matrix.
 */
import type { SmpParameters } from './params.ts';

export interface SmpActorInput {
  name: string;
  description: string;
  /** Raw capability ("power", "influence"), > 0. */
  capability: number;
  /** One position per dimension, 0–100. */
  positions: number[];
  /** One salience per dimension, 0–100, summing to at most 100. */
  saliences: number[];
}

export interface SmpInput {
  scenarioName: string;
  description: string;
  dimensions: string[];
  actors: SmpActorInput[];
  /** Row i = adjusting actor, column j = reference actor; identity when absent. */
  accommodation?: number[][];
  /** Model parameters; KTAB's CSV defaults when absent. */
  parameters?: Partial<SmpParameters>;
}

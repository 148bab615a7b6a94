/**
 * Input and variant switches of the Bueno de Mesquita expected-utility model as reconstructed
 * by Scholz, Calbert & Smith (2011) (SPEC Part A). Positions on any 1-D scale, capability any
 * positive scale, salience 0–1.
 */

export interface BdmActorInput {
  name: string;
  capability: number;
  position: number;
  /** 0–1: the probability that the actor resists a challenge. */
  salience: number;
}

export interface BdmInput {
  actors: BdmActorInput[];
  /** Scale of the issue; the initial min and max positions when absent (Scholz, jmckib). */
  positionRange?: { min: number; max: number };
}

/** How P(i beats j) is computed (SPEC §A.4). */
export type BdmProbabilityForm =
  /** Paper: Σ positive votes / Σ |votes| over all voters. */
  | 'paper'
  /** dmasad: max(0, Σ votes) / Σ |votes|. */
  | 'net'
  /** Scholz code (jmckib): Σ positive votes / Σ over voters and ALL ordered pairs of |votes|. */
  | 'all-pairs';

/** Which offer a receiver accepts when several are on the table (SPEC §A.7). */
export type BdmOfferSelection =
  /** Paper / BDM text: the smallest change of position, ties to the first actor in input order. */
  | 'smallest-move'
  /** Scholz code: confrontation first (closest), then compromise (lowest weighted position), then capitulation. */
  | 'scholz-code';

export interface BdmVariant {
  name: string;
  probability: BdmProbabilityForm;
  /** Votes use each voter's risk exponent (Scholz code) instead of risk-neutral distances. */
  riskAdjustedVotes: boolean;
  offerSelection: BdmOfferSelection;
  /** Capitulation offers are made (false in the Scholz code, where the test is mistyped). */
  capitulation: boolean;
  /** Probability the status quo persists without a challenge. */
  q: number;
  /** Probability that a changing status quo moves in the challenger's favour. */
  t: number;
}

export interface BdmOptions {
  /** Maximum rounds (Scholz: 10). */
  maxRounds?: number;
  /** Convergence threshold, as a fraction of the position range, on μ and on max |Δx|. */
  epsilon?: number;
}

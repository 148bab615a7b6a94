/**
 * The nine model parameters of KTAB's Spatial Model of Politics (SPEC §B.2), their allowed
 * values, and the defaults KTAB uses for CSV input (deterministic mode).
 */

export const VICTORY_PROB_MODELS = ['Linear', 'Square', 'Quartic', 'Octic', 'Binary'] as const;
export const PCE_MODELS = ['Conditional', 'MarkovIncentive', 'MarkovUniform'] as const;
export const STATE_TRANSITIONS = ['Deterministic', 'Stochastic'] as const;
export const VOTING_RULES = ['Binary', 'PropBin', 'Prop', 'PropCbc', 'Cubic', 'ASymProsp'] as const;
export const BIG_R_ADJUSTS = ['None', 'OneThird', 'Half', 'TwoThirds', 'Full'] as const;
export const BIG_R_RANGES = ['Min', 'Mid', 'Max'] as const;
export const THIRD_PARTY_COMMITS = ['NoCommit', 'SemiCommit', 'FullCommit'] as const;
export const INTER_VEC_BARGAINS = ['S1P1', 'S2P2', 'S2PMax'] as const;
export const BARGAIN_MODELS = ['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'] as const;

export type VictoryProbModel = (typeof VICTORY_PROB_MODELS)[number];
export type PceModel = (typeof PCE_MODELS)[number];
export type StateTransition = (typeof STATE_TRANSITIONS)[number];
export type VotingRule = (typeof VOTING_RULES)[number];
export type BigRAdjust = (typeof BIG_R_ADJUSTS)[number];
export type BigRRange = (typeof BIG_R_RANGES)[number];
export type ThirdPartyCommit = (typeof THIRD_PARTY_COMMITS)[number];
export type InterVecBargain = (typeof INTER_VEC_BARGAINS)[number];
export type BargainModel = (typeof BARGAIN_MODELS)[number];

export interface SmpParameters {
  victoryProbModel: VictoryProbModel;
  pceModel: PceModel;
  stateTransition: StateTransition;
  votingRule: VotingRule;
  bigRAdjust: BigRAdjust;
  bigRRange: BigRRange;
  thirdPartyCommit: ThirdPartyCommit;
  interVecBargain: InterVecBargain;
  bargainModel: BargainModel;
}

/** KTAB's defaults for CSV input: the parameters printed by `smpc` on both reference runs. */
export const DEFAULT_SMP_PARAMETERS: Readonly<SmpParameters> = Object.freeze({
  victoryProbModel: 'Linear',
  pceModel: 'Conditional',
  stateTransition: 'Deterministic',
  votingRule: 'Prop',
  bigRAdjust: 'OneThird',
  bigRRange: 'Mid',
  thirdPartyCommit: 'SemiCommit',
  interVecBargain: 'S2P2',
  bargainModel: 'InitOnlyInterp',
});

/** KTAB's hard limit on the number of turns. */
export const SMP_MAX_TURNS = 100;
/** Stop when a turn's movement falls below this fraction of the first turn's. */
export const SMP_STOP_FRACTION = 0.02;

/** Every indicator of the mediation assessment, in the order they are reported. */
import type { AssessmentContext } from '../context.ts';
import type { Indicator } from '../indicator.ts';
import { bargainingRange } from './bargaining.ts';
import { recognitionCost, sanctuary, spoilers, thirdPartyStakes } from './environment.ts';
import { agreementStrength, episodeAge, failedAgreements } from './history.ts';
import {
  mediationRecord,
  mediatorBias,
  mediatorHostility,
  mediatorLeverage,
  mediatorTies,
} from './mediator.ts';
import { intensity, intensityTrend, rebelStrength, stalemate } from './violence.ts';

export type IndicatorFunction = (context: AssessmentContext) => Indicator;

export const INDICATORS: readonly IndicatorFunction[] = [
  intensity,
  intensityTrend,
  stalemate,
  rebelStrength,
  episodeAge,
  failedAgreements,
  mediatorTies,
  mediatorBias,
  mediatorLeverage,
  mediatorHostility,
  mediationRecord,
  spoilers,
  sanctuary,
  thirdPartyStakes,
  recognitionCost,
  agreementStrength,
  bargainingRange,
];

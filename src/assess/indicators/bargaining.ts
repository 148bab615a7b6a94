/**
 * The bargaining range from a simulation, when one was run: how far apart the two parties end
 * on the scenario's scale. Optional: without a scenario result the value is null.
 */
import type { AssessmentContext } from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';

export const BARGAINING_RANGE: IndicatorSpec = {
  id: 'bargaining-range',
  name: 'Bargaining range (simulation)',
  unit: "gap between A's and B's final positions, share of the scale",
  effect: 'agreement',
  literature: ['Bueno de Mesquita 1994', 'Wise et al. (KTAB SMP)'],
};

export function bargainingRange(context: AssessmentContext): Indicator {
  const result = context.bargaining;
  if (result === undefined)
    return nullIndicator(BARGAINING_RANGE, 'no bargaining scenario was given (--scenario)');
  const position = (family: ReadonlySet<string>) =>
    Object.entries(result.finalPositions).find(([id]) => family.has(id))?.[1];
  const pa = position(context.a.family);
  const pb = position(context.b.family);
  if (pa === undefined || pb === undefined) {
    return nullIndicator(
      BARGAINING_RANGE,
      `scenario ${result.scenarioId} has no actor of ${pa === undefined ? context.a.id : context.b.id}`,
    );
  }
  const gap = Math.abs(pa - pb) / Math.max(1e-9, result.scale.max - result.scale.min);
  return measured(BARGAINING_RANGE, {
    value: gap,
    score: 1 - 2 * Math.min(1, gap * 2),
    rationale: `In scenario ${result.scenarioId} the parties end ${(gap * 100).toFixed(0)}% of the scale apart (forecast ${result.forecast.toFixed(1)}${result.zone === null ? '' : `, zone ${result.zone}`}): ${gap < 0.25 ? 'a range both could accept exists' : 'no overlap in what they would accept'}.`,
    evidence: evidenceOf({ sources: result.evidence }),
    confidence: 0.3,
    coverage: 'thin',
    detail: {
      scenario: result.scenarioId,
      finalA: pa,
      finalB: pb,
      forecast: result.forecast,
      zone: result.zone,
    },
  });
}

/**
 * The bargaining range from a simulation, when one was run (`--scenario`): how far apart the
 * two parties end on the scenario's scale. A party's position is the capability × salience
 * weighted mean of the final positions of its family's actors in the scenario. When the
 * scenario states a mediation lever by the assessed mediator, the mediated run is the one
 * measured and the unmediated gap is reported beside it. Every number is conditional on the
 * scenario's expert inputs, and the rationale says so. Without a scenario the value is null.
 */
import type { AssessmentContext, BargainingInput, BargainingRun } from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';
import { phrase } from '../phrases-en.ts';

export const BARGAINING_RANGE: IndicatorSpec = {
  id: 'bargaining-range',
  name: 'Bargaining range (simulation)',
  unit: "gap between A's and B's final positions, share of the scale",
  effect: 'agreement',
  literature: ['Bueno de Mesquita 1994', 'Wise et al. (KTAB SMP)'],
};

/** A gap below this share of the scale leaves a range both parties could accept. */
export const RANGE_EXISTS_BELOW = 0.25;

/** The weighted mean final position of a family's actors in a run; undefined when none takes part. */
export function familyPosition(
  run: BargainingRun,
  family: ReadonlySet<string>,
  weights: Readonly<Record<string, number>> = {},
): { position: number; actors: string[] } | undefined {
  let sum = 0;
  let total = 0;
  const actors: string[] = [];
  for (const [id, position] of Object.entries(run.finalPositions)) {
    if (!family.has(id)) continue;
    const weight = weights[id] ?? 1;
    sum += weight * position;
    total += weight;
    actors.push(id);
  }
  if (actors.length === 0) return undefined;
  return { position: total > 0 ? sum / total : NaN, actors: actors.sort() };
}

function gapIn(run: BargainingRun, context: AssessmentContext, input: BargainingInput) {
  const pa = familyPosition(run, context.a.family, input.weights);
  const pb = familyPosition(run, context.b.family, input.weights);
  if (pa === undefined || pb === undefined) return { pa, pb, gap: undefined };
  const width = Math.max(1e-9, input.scale.max - input.scale.min);
  return { pa, pb, gap: Math.abs(pa.position - pb.position) / width };
}

const CONDITIONAL = 'conditional on expert inputs, not measurements';

export function bargainingRange(context: AssessmentContext): Indicator {
  const input = context.bargaining;
  if (input === undefined) return nullIndicator(BARGAINING_RANGE, phrase('reason.no-scenario'));
  const plain = gapIn(input, context, input);
  if (plain.gap === undefined) {
    return nullIndicator(
      BARGAINING_RANGE,
      phrase('reason.scenario-lacks-actor', {
        scenario: input.scenarioId,
        party: plain.pa === undefined ? context.a.id : context.b.id,
      }),
    );
  }
  const mediation =
    input.mediation !== undefined && context.mediator.family.has(input.mediation.mediator)
      ? input.mediation
      : undefined;
  const mediated = mediation === undefined ? undefined : gapIn(mediation, context, input);
  const measuredRun = mediation !== undefined && mediated?.gap !== undefined ? mediation : input;
  const chosen = measuredRun === input ? plain : mediated!;
  const gap = chosen.gap!;
  const setOn = input.setOn ?? null;
  const hindsight = setOn !== null && setOn > context.snapshot.asOf;
  return measured(BARGAINING_RANGE, {
    value: gap,
    score: 1 - 2 * Math.min(1, gap * 2),
    rationale: phrase('rationale.bargaining-range', {
      scenario: input.scenarioId,
      mediator: measuredRun === input ? null : mediation!.mediator,
      gapWithout: plain.gap * 100,
      gap: gap * 100,
      forecast: measuredRun.forecast,
      zone: measuredRun.zone,
      rangeExists: gap < RANGE_EXISTS_BELOW,
      setOn: hindsight ? setOn : null,
    }),
    evidence: evidenceOf({ sources: input.evidence }),
    confidence: 0.3,
    coverage: 'thin',
    detail: {
      scenario: input.scenarioId,
      conditional: input.conditional ?? CONDITIONAL,
      setBy: input.setBy ?? [],
      setOn,
      mediated: measuredRun !== input,
      positionA: chosen.pa!.position,
      positionB: chosen.pb!.position,
      actorsA: chosen.pa!.actors,
      actorsB: chosen.pb!.actors,
      forecast: measuredRun.forecast,
      zone: measuredRun.zone,
      withoutMediation: { gap: plain.gap, forecast: input.forecast, zone: input.zone },
    },
  });
}

/**
 * Indicators of the fighting between the parties: intensity, its trend, stalemate (ripeness,
 * including the parties' own statements) and rebel strength. Rows of datasets that record two
 * sides rather than an attacker and its target (UCDP GED, ACLED) count as fighting between the
 * parties, never as one party hurting the other.
 */
import { isMaterialConflict } from '../../analysis/tone.ts';
import type { Event } from '../../model/index.ts';
import {
  between,
  coverageOf,
  describeSeries,
  fatalitiesOf,
  ids,
  inWindow,
  isUndirected,
  runsFrom,
  seriesOf,
  UNDIRECTED_DATASETS,
  type AssessmentContext,
} from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';
import { phrase } from '../phrases-en.ts';

const fightingBetween = (context: AssessmentContext) => (event: Event) =>
  isMaterialConflict(event) && between(event, context.a.family, context.b.family);

export const INTENSITY: IndicatorSpec = {
  id: 'intensity',
  name: 'Conflict intensity',
  unit: 'deaths (best) in the last 180 days',
  effect: 'onset',
  literature: ['DeRouen, Bercovitch & Pospieszna 2011', 'Ruhe 2015', 'Clayton et al. 2022'],
};

export function intensity(context: AssessmentContext): Indicator {
  const fighting = fightingBetween(context);
  if (!context.snapshot.events.some(fighting)) return nullIndicator(INTENSITY, phrase('reason.no-fighting'));
  const series = seriesOf(
    context.yearEvents,
    (e) => fighting(e) && inWindow(e, context.recent),
    context.partialSources,
  );
  const deaths = fatalitiesOf(series.events);
  const n = series.events.length;
  return measured(INTENSITY, {
    value: deaths.best,
    score: n === 0 ? -0.2 : Math.tanh((n + deaths.best / 10) / 10),
    rationale:
      n === 0
        ? phrase('rationale.intensity-none')
        : phrase('rationale.intensity', {
            series: describeSeries(series),
            deaths: deaths.best,
            unknown: deaths.unknown,
          }),
    evidence: evidenceOf({ events: ids(series.events) }),
    confidence: 0.7,
    coverage: coverageOf(series),
    detail: { events: n, deathsUnknown: deaths.unknown, series: series.origin },
  });
}

export const INTENSITY_TREND: IndicatorSpec = {
  id: 'intensity-trend',
  name: 'Trend of the fighting',
  unit: 'relative change, last 180 days vs the 180 before',
  effect: 'agreement',
  literature: ['Bercovitch & Langley 1993', 'DeRouen, Bercovitch & Pospieszna 2011'],
};

export function intensityTrend(context: AssessmentContext): Indicator {
  const fighting = fightingBetween(context);
  const recent = seriesOf(
    context.yearEvents,
    (e) => fighting(e) && inWindow(e, context.recent),
    context.partialSources,
  );
  const previous = seriesOf(
    context.yearEvents,
    (e) => fighting(e) && inWindow(e, context.previous),
    context.partialSources,
  );
  if (recent.events.length === 0 && previous.events.length === 0) {
    return nullIndicator(INTENSITY_TREND, phrase('reason.no-fighting-360'));
  }
  const size = (events: Event[]) => events.length + fatalitiesOf(events).best / 10;
  const now = size(recent.events);
  const before = size(previous.events);
  const change = (now - before) / Math.max(1, before);
  const thin = coverageOf(recent) === 'thin' || coverageOf(previous) === 'thin';
  return measured(INTENSITY_TREND, {
    value: change,
    score: -0.6 * Math.tanh(change),
    rationale: phrase(change > 0 ? 'rationale.trend-rose' : 'rationale.trend-fell', {
      recent: describeSeries(recent),
      previous: describeSeries(previous),
    }),
    evidence: evidenceOf({ events: [...ids(recent.events), ...ids(previous.events)] }),
    confidence: 0.6,
    coverage: thin ? 'thin' : 'good',
    detail: { recent: recent.events.length, previous: previous.events.length },
  });
}

export const STALEMATE: IndicatorSpec = {
  id: 'stalemate',
  name: 'Stalemate and ripeness',
  unit: 'index −1…+1',
  effect: 'onset',
  literature: ['Zartman 2000', 'Ruhe 2015'],
};

const PRO_TALKS = new Set(['REQUEST', 'AGREE', 'CONSULT', 'RETREAT', 'CONCEDE']);
const AGAINST_TALKS = new Set(['REJECT', 'THREATEN']);

export function stalemate(context: AssessmentContext): Indicator {
  const { a, b, year } = context;
  const events = context.yearEvents.filter((e) => inWindow(e, year) && between(e, a.family, b.family));
  const fighting = events.filter(isMaterialConflict);
  const directed = fighting.filter((e) => !isUndirected(e));
  const aHurtsB = directed.filter((e) => runsFrom(e, a.family, b.family));
  const bHurtsA = directed.filter((e) => runsFrom(e, b.family, a.family));
  const undirected = fighting.length - directed.length;
  const statements = events.filter(
    (e) =>
      between(e, a.family, b.family) &&
      (PRO_TALKS.has(e.type) || AGAINST_TALKS.has(e.type)) &&
      !isMaterialConflict(e),
  );
  if (aHurtsB.length + bHurtsA.length === 0 && statements.length === 0) {
    return nullIndicator(
      STALEMATE,
      undirected > 0
        ? phrase('reason.stalemate-undirected', { count: undirected })
        : phrase('reason.no-fighting-or-statements'),
      { undirected },
    );
  }
  const cost = (list: Event[]) => list.length + fatalitiesOf(list).best / 10;
  const [x, y] = [cost(aHurtsB), cost(bHurtsA)];
  const mutual = x > 0 && y > 0 ? Math.min(x, y) / Math.max(x, y) : 0;
  const hurting =
    aHurtsB.length + bHurtsA.length === 0 && undirected > 0
      ? phrase('hurting.unknown', { undirected })
      : mutual > 0
        ? phrase('hurting.yes', { parity: mutual })
        : phrase('hurting.no');
  const pro = statements.filter((e) => PRO_TALKS.has(e.type)).length;
  const against = statements.filter((e) => AGAINST_TALKS.has(e.type)).length;
  const voice = statements.length === 0 ? 0 : (pro - against) / statements.length;
  const value = 0.5 * mutual + 0.5 * voice;
  return measured(STALEMATE, {
    value,
    score: value,
    rationale: phrase('rationale.stalemate', { hurting, pro, against, ripe: value > 0 }),
    evidence: evidenceOf({ events: ids([...aHurtsB, ...bHurtsA, ...statements]) }),
    confidence: 0.5,
    coverage: aHurtsB.length + bHurtsA.length + statements.length < 10 ? 'thin' : 'good',
    detail: {
      aHurtsB: aHurtsB.length,
      bHurtsA: bHurtsA.length,
      parity: mutual,
      statementsFor: pro,
      statementsAgainst: against,
      undirected,
    },
  });
}

export const REBEL_STRENGTH: IndicatorSpec = {
  id: 'rebel-strength',
  name: 'Rebel strength',
  unit: "B's share of the fighting in the last year",
  effect: 'agreement',
  literature: ['Clayton 2013'],
};

export function rebelStrength(context: AssessmentContext): Indicator {
  const { a, b } = context;
  const series = seriesOf(
    context.yearEvents,
    (e) => isMaterialConflict(e) && inWindow(e, context.year) && between(e, a.family, b.family),
    context.partialSources,
  );
  if (series.events.length === 0) return nullIndicator(REBEL_STRENGTH, phrase('reason.no-fighting-year'));
  const directed = series.events.filter((e) => !isUndirected(e));
  if (directed.length === 0) {
    return nullIndicator(
      REBEL_STRENGTH,
      phrase('reason.rebel-undirected', { count: series.events.length, datasets: [...UNDIRECTED_DATASETS] }),
      { undirected: series.events.length },
    );
  }
  const byB = directed.filter((e) => runsFrom(e, b.family, a.family));
  const share = byB.length / directed.length;
  const places = new Set(byB.map((e) => e.location.admin1 ?? e.location.name).filter((p) => p !== null)).size;
  return measured(REBEL_STRENGTH, {
    value: share,
    score: 1.2 * (share - 0.5),
    rationale: phrase('rationale.rebel-strength', {
      a: a.id,
      b: b.id,
      byB: byB.length,
      total: directed.length,
      places,
      strong: share >= 0.5,
    }),
    evidence: evidenceOf({ events: ids(series.events) }),
    confidence: 0.5,
    coverage: coverageOf(series),
    detail: {
      byB: byB.length,
      total: directed.length,
      undirectedSetAside: series.events.length - directed.length,
      places,
    },
  });
}

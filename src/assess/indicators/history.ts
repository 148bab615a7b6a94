/**
 * Indicators of the history between the parties: the age of the current episode, the deals
 * that failed and who ended them, and the strength of the last agreement.
 */
import { daysBetween } from '../../analysis/time.ts';
import { isMaterialConflict } from '../../analysis/tone.ts';
import type { Agreement } from '../../model/index.ts';
import { endEarliest, endingText } from '../agreement-dates.ts';
import { between, ids, isNonStateArmed, type AssessmentContext } from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';
import { phrase } from '../phrases-en.ts';

/** Agreements with a member of each family among the parties. */
export function agreementsBetween(
  agreements: readonly Agreement[],
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
): Agreement[] {
  return agreements.filter((g) => g.parties.some((p) => x.has(p)) && g.parties.some((p) => y.has(p)));
}

export const EPISODE_AGE: IndicatorSpec = {
  id: 'episode-age',
  name: 'Age of the episode',
  unit: 'months',
  effect: 'onset',
  literature: ['DeRouen, Bercovitch & Pospieszna 2011'],
};

export function episodeAge(context: AssessmentContext): Indicator {
  const { a, b, snapshot } = context;
  const lastEnded = agreementsBetween(snapshot.agreements, a.family, b.family)
    .map(endEarliest)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const fighting = snapshot.events.filter((e) => isMaterialConflict(e) && between(e, a.family, b.family));
  if (fighting.length === 0) return nullIndicator(EPISODE_AGE, phrase('reason.no-fighting'));
  const sinceEnd = lastEnded === undefined ? fighting : fighting.filter((e) => e.date >= lastEnded);
  const start = lastEnded ?? fighting[0]!.date;
  const months = daysBetween(start, snapshot.asOf) / 30.44;
  return measured(EPISODE_AGE, {
    value: Math.round(months * 10) / 10,
    score: 0.5 * Math.tanh(months / 24),
    rationale:
      lastEnded === undefined
        ? phrase('rationale.episode-age-fighting', { start, months })
        : phrase('rationale.episode-age-ended', { ended: lastEnded, months }),
    evidence: evidenceOf({ events: ids(sinceEnd.slice(0, 1)), agreements: [] }),
    confidence: 0.6,
    coverage: lastEnded === undefined ? 'thin' : 'good',
    detail: { start, lastAgreementEnded: lastEnded ?? null },
  });
}

export const FAILED_AGREEMENTS: IndicatorSpec = {
  id: 'failed-agreements',
  name: 'Failed ceasefires and deals',
  unit: 'share of past deals with armed groups that ended',
  effect: 'durability',
  literature: ['Fortna 2003', 'Clayton, Nathan & Wiehler 2022'],
};

export function failedAgreements(context: AssessmentContext): Indicator {
  const { a, b, snapshot, actorsById } = context;
  const deals = snapshot.agreements.filter(
    (g) =>
      g.parties.some((p) => a.family.has(p)) &&
      g.parties.some(
        (p) => b.family.has(p) || isNonStateArmed(actorsById.get(p)) || actorsById.get(p)?.kind === 'person',
      ),
  );
  if (deals.length === 0)
    return nullIndicator(FAILED_AGREEMENTS, phrase('reason.no-agreement-with-armed', { a: a.id }));
  const ended = deals.filter((g) => g.ended !== null);
  const brokenByB = ended.filter((g) => g.ended!.by.some((id) => b.family.has(id)));
  const share = ended.length / deals.length;
  return measured(FAILED_AGREEMENTS, {
    value: share,
    score: -share * Math.min(1, deals.length / 3),
    rationale: phrase('rationale.failed-agreements', {
      ended: ended.length,
      deals: deals.length,
      a: a.id,
      endedByB: brokenByB.length,
      b: b.id,
      someEndsUnknown: ended.some((g) => g.ended!.date === null),
    }),
    evidence: evidenceOf({ agreements: ids(deals) }),
    confidence: 0.7,
    coverage: deals.length < 3 ? 'thin' : 'good',
    detail: {
      deals: deals.map((g) => ({
        id: g.id,
        name: g.name,
        signed: g.signed,
        ended: g.ended?.date ?? (g.ended === null ? null : 'unknown'),
        endedPrecision: g.ended === null || g.ended.date === null ? null : (g.ended.datePrecision ?? 'day'),
        outcome: endingText(g),
        how: g.ended?.how ?? null,
        by: g.ended?.by ?? [],
      })),
    },
  });
}

export const AGREEMENT_STRENGTH: IndicatorSpec = {
  id: 'agreement-strength',
  name: 'Strength of the last agreement',
  unit: 'index 0…1 (written, guarantors or monitors, provisions)',
  effect: 'durability',
  literature: ['Fortna 2003, 2008', 'Clayton & Sticher 2021'],
};

const MONITORING = /monitor|verif|guarant|commission|observer/i;

export function agreementStrength(context: AssessmentContext): Indicator {
  const { a, b, snapshot } = context;
  const last = agreementsBetween(snapshot.agreements, a.family, b.family)
    .filter((g) => g.signed !== null)
    .sort((x, y) => (x.signed! < y.signed! ? -1 : 1))
    .at(-1);
  if (last === undefined)
    return nullIndicator(AGREEMENT_STRENGTH, phrase('reason.no-agreement-between', { a: a.id, b: b.id }));
  const guarantors = last.thirdParties.filter((t) => t.role === 'guarantor' || t.role === 'witness').length;
  const monitored = guarantors > 0 || last.provisions.some((p) => MONITORING.test(p));
  const value =
    0.4 * (last.written ? 1 : 0) + 0.3 * (monitored ? 1 : 0) + 0.3 * Math.min(1, last.provisions.length / 5);
  return measured(AGREEMENT_STRENGTH, {
    value,
    score: 2 * value - 1,
    rationale: phrase('rationale.agreement-strength', {
      name: last.name,
      signed: last.signed,
      written: last.written,
      monitored,
      provisions: last.provisions.length,
      weak: value < 0.5,
    }),
    evidence: evidenceOf({ agreements: [last.id] }),
    confidence: 0.7,
    coverage: 'good',
    detail: {
      agreement: last.id,
      written: last.written,
      monitored,
      provisions: last.provisions.length,
      daysSinceSigned: daysBetween(last.signed!, snapshot.asOf),
    },
  });
}

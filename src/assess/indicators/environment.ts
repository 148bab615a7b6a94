/**
 * Indicators of the parties' surroundings: spoilers and fragmentation, sanctuary for the
 * armed party on the mediator's territory, the stakes of outside powers, and the cost to the
 * government of recognising the rebels by talking to them.
 */
import { isMaterialConflict } from '../../analysis/tone.ts';
import {
  countriesOf,
  ids,
  inWindow,
  isNonStateArmed,
  runsFrom,
  touches,
  type AssessmentContext,
} from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';
import { phrase } from '../phrases-en.ts';
import { relationsBetween, relationWeightOn } from '../ties.ts';

export const SPOILERS: IndicatorSpec = {
  id: 'spoilers',
  name: 'Spoilers and fragmentation',
  unit: 'armed groups outside the talks that split from B or attacked A in the last year',
  effect: 'durability',
  literature: ['Kydd & Walter 2002', 'Findley & Young 2015'],
};

export function spoilers(context: AssessmentContext): Indicator {
  const { a, b, mediator, snapshot, actorsById } = context;
  if (actorsById.size === 0) return nullIndicator(SPOILERS, phrase('reason.no-registry'));
  const splinters = snapshot.relations.filter(
    (r) =>
      r.predicate === 'splinter-of' &&
      r.stance !== 'disputed' &&
      (b.family.has(r.objectId) || b.family.has(r.subjectId)),
  );
  const outside = (id: string) => !b.family.has(id) && !mediator.family.has(id) && !a.family.has(id);
  const attacks = context.yearEvents.filter(
    (e) =>
      inWindow(e, context.year) &&
      isMaterialConflict(e) &&
      e.targetActors.some((t) => a.family.has(t)) &&
      e.sourceActors.some((s) => outside(s) && isNonStateArmed(actorsById.get(s))),
  );
  const attacksOnA = context.yearEvents.filter(
    (e) => inWindow(e, context.year) && isMaterialConflict(e) && e.targetActors.some((t) => a.family.has(t)),
  );
  if (attacksOnA.length === 0 && splinters.length === 0) {
    return nullIndicator(SPOILERS, phrase('reason.no-spoiler-record', { a: a.id, b: b.id }));
  }
  const groups = new Set([
    ...attacks.flatMap((e) => e.sourceActors.filter((s) => outside(s) && isNonStateArmed(actorsById.get(s)))),
    ...splinters
      .filter((r) => r.to === null || r.to >= context.year.from)
      .map((r) => r.subjectId)
      .filter(outside),
  ]);
  return measured(SPOILERS, {
    value: groups.size,
    score: -Math.tanh(groups.size / 3),
    rationale: phrase('rationale.spoilers', {
      count: groups.size,
      groups: [...groups].sort(),
      a: a.id,
      b: b.id,
    }),
    evidence: evidenceOf({ events: ids(attacks), relations: ids(splinters) }),
    confidence: 0.6,
    coverage: attacks.length < 10 ? 'thin' : 'good',
    detail: { groups: [...groups].sort() },
  });
}

export const SANCTUARY: IndicatorSpec = {
  id: 'sanctuary',
  name: "Sanctuary on the mediator's territory",
  unit: 'index 0…1',
  effect: 'durability',
  literature: ['Salehyan 2007'],
};

export function sanctuary(context: AssessmentContext): Indicator {
  const { mediator, b, snapshot } = context;
  const harbours = relationsBetween(snapshot.relations, mediator.family, b.family).filter(
    (r) => r.predicate === 'harbours' && mediator.family.has(r.subjectId),
  );
  const facts = harbours.filter((r) => r.stance !== 'disputed');
  const claims = harbours.filter((r) => r.stance === 'disputed');
  const countries = countriesOf(context, mediator.family);
  const onTerritory = context.yearEvents.filter(
    (e) =>
      inWindow(e, context.year) &&
      e.location.country !== null &&
      countries.has(e.location.country) &&
      touches(e, b.family),
  );
  if (harbours.length === 0 && onTerritory.length === 0) {
    return nullIndicator(SANCTUARY, phrase('reason.no-sanctuary-record', { b: b.id }));
  }
  const fromRelations = Math.min(
    1,
    harbours.reduce((s, r) => s + Math.abs(relationWeightOn(r, snapshot.asOf)), 0),
  );
  const value = Math.min(1, fromRelations + 0.2 * onTerritory.length);
  const claimants = [...new Set(claims.map((r) => r.claimedBy ?? 'unknown'))];
  return measured(SANCTUARY, {
    value,
    score: -value,
    rationale: phrase('rationale.sanctuary', {
      facts: facts.length,
      claims: claims.length,
      claimants,
      onTerritory: onTerritory.length,
      b: b.id,
    }),
    evidence: evidenceOf({ relations: ids(harbours), events: ids(onTerritory) }),
    confidence: facts.length > 0 ? 0.7 : 0.4,
    coverage: facts.length > 0 ? 'good' : 'thin',
    detail: {
      established: ids(facts),
      claims: claims.map((r) => ({ relation: r.id, claimedBy: r.claimedBy })),
      eventsOnTerritory: onTerritory.length,
    },
  });
}

export const THIRD_PARTY_STAKES: IndicatorSpec = {
  id: 'third-party-stakes',
  name: 'Third-party stakes',
  unit: 'outside powers acting on the parties or the mediator in the last year',
  effect: 'onset',
  literature: ['Beardsley 2010', 'DeRouen, Bercovitch & Pospieszna 2011'],
};

export function thirdPartyStakes(context: AssessmentContext): Indicator {
  const { a, b, mediator, snapshot, actorsById } = context;
  const inside = (id: string) => a.family.has(id) || b.family.has(id) || mediator.family.has(id);
  const isPower = (id: string) => {
    const kind = actorsById.get(id)?.kind;
    return (
      kind !== undefined &&
      ['state', 'government', 'military', 'intelligence', 'igo', 'office', 'person'].includes(kind)
    );
  };
  const acts = context.yearEvents.filter(
    (e) =>
      inWindow(e, context.year) &&
      e.sourceActors.some((s) => !inside(s) && isPower(s)) &&
      e.targetActors.some(inside),
  );
  const aCountries = countriesOf(context, a.family);
  const stakes = snapshot.relations.filter(
    (r) =>
      (r.predicate === 'funds' || r.predicate === 'supports' || r.predicate === 'allied-with') &&
      r.stance !== 'disputed' &&
      !inside(r.subjectId) &&
      isPower(r.subjectId) &&
      (inside(r.objectId) ||
        (actorsById.get(r.objectId)?.kind === 'project' &&
          aCountries.has(actorsById.get(r.objectId)?.country ?? ''))),
  );
  const powers = new Set([
    ...acts.flatMap((e) => e.sourceActors.filter((s) => !inside(s) && isPower(s))),
    ...stakes.map((r) => r.subjectId),
  ]);
  const topLevel = new Set([...powers].map((id) => rootOf(context, id)));
  if (topLevel.size === 0) return nullIndicator(THIRD_PARTY_STAKES, phrase('reason.no-outside-power'));
  return measured(THIRD_PARTY_STAKES, {
    value: topLevel.size,
    score: 0.6 * Math.tanh(topLevel.size / 2),
    rationale: phrase('rationale.third-party-stakes', {
      powers: [...topLevel].sort(),
      acts: acts.length,
      stakes: stakes.length,
    }),
    evidence: evidenceOf({ events: ids(acts), relations: ids(stakes) }),
    confidence: 0.5,
    coverage: acts.length < 10 ? 'thin' : 'good',
    detail: { powers: [...topLevel].sort() },
  });
}

/** The top of an actor's chain of parents, or of the offices a person holds on the date. */
function rootOf(context: AssessmentContext, id: string): string {
  const day = context.snapshot.asOf;
  let current = context.actorsById.get(id);
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    const role = current.roles.find(
      (r) => (r.from === null || r.from <= day) && (r.to === null || r.to >= day),
    );
    const nextId = current.parentId ?? role?.actorId ?? null;
    const next = nextId === null ? undefined : context.actorsById.get(nextId);
    if (next === undefined) break;
    current = next;
  }
  return current?.id ?? id;
}

export const RECOGNITION_COST: IndicatorSpec = {
  id: 'recognition-cost',
  name: 'Cost of recognition',
  unit: "A's designations of B in force and A's refusals to talk in the last year",
  effect: 'onset',
  literature: ['Melin & Svensson 2009', 'Svensson 2007'],
};

export function recognitionCost(context: AssessmentContext): Indicator {
  const { a, b, snapshot, actorsById } = context;
  const asOf = snapshot.asOf;
  const designations = [...b.family].flatMap((id) =>
    (actorsById.get(id)?.designations ?? [])
      .filter(
        (d) => a.family.has(d.by) && (d.from === null || d.from <= asOf) && (d.to === null || d.to >= asOf),
      )
      .map((d) => ({ actor: id, by: d.by, list: d.list, sources: d.evidence.map((e) => e.sourceId) })),
  );
  const designates = snapshot.relations.filter(
    (r) =>
      r.predicate === 'designates' &&
      a.family.has(r.subjectId) &&
      b.family.has(r.objectId) &&
      r.stance !== 'disputed',
  );
  const refusals = context.yearEvents.filter(
    (e) => inWindow(e, context.year) && e.type === 'REJECT' && runsFrom(e, a.family, b.family),
  );
  if (!b.family.has(b.id) || actorsById.get(b.id) === undefined) {
    return nullIndicator(RECOGNITION_COST, phrase('reason.not-in-registry', { b: b.id }));
  }
  const count = Math.max(designations.length, designates.length) + refusals.length;
  return measured(RECOGNITION_COST, {
    value: count,
    score: -0.6 * Math.tanh(count / 2),
    rationale: phrase('rationale.recognition-cost', {
      designations: designations.length,
      a: a.id,
      b: b.id,
      refusals: refusals.length,
      barred: count > 0,
    }),
    evidence: evidenceOf({
      events: ids(refusals),
      relations: ids(designates),
      sources: designations.flatMap((d) => d.sources),
    }),
    confidence: 0.7,
    coverage: 'good',
    detail: { designations },
  });
}

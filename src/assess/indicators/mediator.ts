/**
 * Indicators of the mediator: its ties with each party (information), its bias (which side it
 * leans to), its leverage (sanctuary, ideology, trade, border), hostility with a party, and
 * its record of mediation. Ties and bias rest on curated relations first (see ../ties.ts).
 */
import { isConflict } from '../../analysis/tone.ts';
import {
  between,
  countriesOf,
  ids,
  inWindow,
  isStateSide,
  touches,
  type AssessmentContext,
} from '../context.ts';
import { evidenceOf, measured, nullIndicator, type Indicator, type IndicatorSpec } from '../indicator.ts';
import { phrase } from '../phrases-en.ts';
import { relationsBetween, relationWeightOn, tieBetween, type Tie } from '../ties.ts';

function tieDetail(tie: Tie) {
  return {
    value: tie.value,
    relations: tie.relations,
    events: tie.events,
    restsOn: tie.restsOn,
    claims: tie.claims,
  };
}

function tieConfidence(tie: Tie): number {
  return tie.restsOn === 'nothing'
    ? 0
    : tie.restsOn === 'events'
      ? 0.4
      : tie.restsOn === 'relations'
        ? 0.7
        : 0.8;
}

export const MEDIATOR_TIES: IndicatorSpec = {
  id: 'mediator-ties',
  name: "Mediator's ties with the parties",
  unit: 'tie(M,A) + tie(M,B), −2…+2',
  effect: 'agreement',
  literature: ['Savun 2008', 'Greig & Regan 2008'],
};

export function mediatorTies(context: AssessmentContext): Indicator {
  const withA = tieBetween(context, context.mediator.family, context.a.family);
  const withB = tieBetween(context, context.mediator.family, context.b.family);
  if (withA.value === null && withB.value === null) {
    return nullIndicator(MEDIATOR_TIES, phrase('reason.no-mediator-link'));
  }
  const value = (withA.value ?? 0) + (withB.value ?? 0);
  const restsOnRelations = withA.restsOn.startsWith('relations') || withB.restsOn.startsWith('relations');
  return measured(MEDIATOR_TIES, {
    value,
    score: value / 2,
    rationale: phrase('rationale.mediator-ties', {
      a: context.a.id,
      tieA: withA.value,
      restsOnA: phrase(`tie.${withA.restsOn}`),
      b: context.b.id,
      tieB: withB.value,
      restsOnB: phrase(`tie.${withB.restsOn}`),
      close: value > 0,
    }),
    evidence: evidenceOf({
      relations: [
        ...withA.relationIds,
        ...withB.relationIds,
        ...withA.claims.map((c) => c.relationId),
        ...withB.claims.map((c) => c.relationId),
      ],
      events: [...withA.eventIds, ...withB.eventIds],
    }),
    confidence: Math.min(tieConfidence(withA), tieConfidence(withB)) || 0.3,
    coverage: restsOnRelations ? 'good' : 'thin',
    detail: {
      withA: tieDetail(withA),
      withB: tieDetail(withB),
      restsOn: restsOnRelations ? 'curated relations' : 'event counts',
    },
  });
}

export const MEDIATOR_BIAS: IndicatorSpec = {
  id: 'mediator-bias',
  name: "Mediator's bias",
  unit: 'tie(M,B) − tie(M,A), −2…+2 (positive leans to B)',
  effect: 'agreement',
  literature: ['Svensson 2007, 2009', 'Kydd 2003'],
};

export function mediatorBias(context: AssessmentContext): Indicator {
  const withA = tieBetween(context, context.mediator.family, context.a.family);
  const withB = tieBetween(context, context.mediator.family, context.b.family);
  if (withA.value === null || withB.value === null) {
    return nullIndicator(
      MEDIATOR_BIAS,
      phrase('reason.mediator-tie-unknown', { party: withA.value === null ? context.a.id : context.b.id }),
    );
  }
  const bias = withB.value - withA.value;
  const aIsState = isStateSide(context, context.a);
  const bIsState = isStateSide(context, context.b);
  // Svensson: government-leaning mediators do better than rebel-leaning ones; neutral ones no different.
  const towardRebels = aIsState && !bIsState ? bias : bIsState && !aIsState ? -bias : 0;
  const leans = bias > 0.1 ? context.b.id : bias < -0.1 ? context.a.id : null;
  const onRelations = [withA.restsOn, withB.restsOn].every((r) => r.startsWith('relations'));
  return measured(MEDIATOR_BIAS, {
    value: bias,
    score: -0.8 * Math.max(-1, Math.min(1, towardRebels)),
    rationale: phrase('rationale.mediator-bias', {
      leans,
      bias,
      onRelations,
      toward: towardRebels > 0.1 ? 'rebels' : towardRebels < -0.1 ? 'government' : 'neither',
    }),
    evidence: evidenceOf({
      relations: [...withA.relationIds, ...withB.relationIds],
      events: [...withA.eventIds, ...withB.eventIds],
    }),
    confidence: Math.min(tieConfidence(withA), tieConfidence(withB)),
    coverage: onRelations ? 'good' : 'thin',
    detail: {
      withA: tieDetail(withA),
      withB: tieDetail(withB),
      restsOn: onRelations ? 'curated relations' : 'partly event counts',
      governmentSide: aIsState && !bIsState ? context.a.id : bIsState && !aIsState ? context.b.id : null,
      claimsKeptApart: [...withA.claims, ...withB.claims],
    },
  });
}

export const MEDIATOR_LEVERAGE: IndicatorSpec = {
  id: 'mediator-leverage',
  name: "Mediator's leverage",
  unit: 'index 0…1 (sanctuary, ideology, trade, border)',
  effect: 'agreement',
  literature: ['Beardsley 2006, 2011', 'Salehyan 2007'],
};

const IDEOLOGY = new Set(['allied-with', 'influences', 'member-of', 'supports']);

export function mediatorLeverage(context: AssessmentContext): Indicator {
  const { mediator, a, b, snapshot } = context;
  const asOf = snapshot.asOf;
  const withB = relationsBetween(snapshot.relations, mediator.family, b.family);
  const harbours = withB.filter((r) => r.predicate === 'harbours' && mediator.family.has(r.subjectId));
  const sanctuary = Math.min(
    1,
    harbours.reduce((s, r) => s + Math.abs(relationWeightOn(r, asOf)), 0),
  );
  const ideologyRelations = withB.filter((r) => IDEOLOGY.has(r.predicate) && r.stance !== 'disputed');
  const ideology = Math.min(
    1,
    ideologyRelations.reduce((s, r) => s + Math.max(0, relationWeightOn(r, asOf)), 0),
  );
  const aCountries = countriesOf(context, a.family);
  const tradeRelations = snapshot.relations.filter(
    (r) =>
      mediator.family.has(r.subjectId) &&
      (r.predicate === 'supports' || r.predicate === 'funds') &&
      r.stance !== 'disputed' &&
      (a.family.has(r.objectId) || aCountries.has(context.actorsById.get(r.objectId)?.country ?? '')),
  );
  const tradeEvents = context.yearEvents.filter(
    (e) =>
      inWindow(e, context.year) &&
      e.context.includes('economic') &&
      !isConflict(e) &&
      between(e, mediator.family, a.family),
  );
  const trade = Math.min(1, 0.5 * tradeRelations.length + 0.25 * tradeEvents.length);
  const mCountries = countriesOf(context, mediator.family);
  const borderEvents = context.yearEvents.filter(
    (e) =>
      inWindow(e, context.year) &&
      ((e.location.country !== null && mCountries.has(e.location.country) && touches(e, b.family)) ||
        ((e.context.includes('territory') || e.context.includes('sovereignty')) &&
          between(e, mediator.family, a.family))),
  );
  const border = Math.min(1, 0.25 * borderEvents.length);
  const components = { sanctuary, ideology, trade, border };
  const evidenceCount =
    harbours.length +
    ideologyRelations.length +
    tradeRelations.length +
    tradeEvents.length +
    borderEvents.length;
  if (evidenceCount === 0) return nullIndicator(MEDIATOR_LEVERAGE, phrase('reason.no-leverage'));
  const value = (sanctuary + ideology + trade + border) / 4;
  const onlyClaims = harbours.every((r) => r.stance === 'disputed');
  return measured(MEDIATOR_LEVERAGE, {
    value,
    score: value,
    rationale: phrase('rationale.mediator-leverage', {
      sanctuary,
      claimsOnly: harbours.length > 0 && onlyClaims,
      ideology,
      trade,
      border,
    }),
    evidence: evidenceOf({
      relations: ids([...harbours, ...ideologyRelations, ...tradeRelations]),
      events: ids([...tradeEvents, ...borderEvents]),
    }),
    confidence: 0.5,
    coverage: evidenceCount < 4 ? 'thin' : 'good',
    detail: { components, sanctuaryRestsOnClaims: harbours.length > 0 && onlyClaims },
  });
}

export const MEDIATOR_HOSTILITY: IndicatorSpec = {
  id: 'mediator-hostility',
  name: 'Hostility between the mediator and a party',
  unit: 'conflict events and hostile relations in the last year',
  effect: 'onset',
  literature: ['Böhmelt 2011', 'Greig & Regan 2008'],
};

export function mediatorHostility(context: AssessmentContext): Indicator {
  const { mediator, a, b, snapshot } = context;
  const involving = context.yearEvents.filter(
    (e) => inWindow(e, context.year) && touches(e, mediator.family),
  );
  const hostileEvents = involving.filter(
    (e) => isConflict(e) && (between(e, mediator.family, a.family) || between(e, mediator.family, b.family)),
  );
  const hostileRelations = [
    ...relationsBetween(snapshot.relations, mediator.family, a.family),
    ...relationsBetween(snapshot.relations, mediator.family, b.family),
  ].filter(
    (r) =>
      r.stance !== 'disputed' && r.predicate === 'hostile-to' && (r.to === null || r.to >= context.year.from),
  );
  if (involving.length === 0 && hostileRelations.length === 0) {
    return nullIndicator(MEDIATOR_HOSTILITY, phrase('reason.no-mediator-events'));
  }
  const weight = hostileEvents.length + 2 * hostileRelations.length;
  const towardA = hostileEvents.filter((e) => between(e, mediator.family, a.family)).length;
  return measured(MEDIATOR_HOSTILITY, {
    value: hostileEvents.length + hostileRelations.length,
    score: -Math.tanh(weight / 4),
    rationale: phrase('rationale.mediator-hostility', {
      events: hostileEvents.length,
      towardA,
      a: a.id,
      relations: hostileRelations.length,
      hostile: weight > 0,
    }),
    evidence: evidenceOf({ events: ids(hostileEvents), relations: ids(hostileRelations) }),
    confidence: 0.6,
    coverage: involving.length < 10 ? 'thin' : 'good',
    detail: { towardA, towardB: hostileEvents.length - towardA, eventsInvolvingMediator: involving.length },
  });
}

export const MEDIATION_RECORD: IndicatorSpec = {
  id: 'mediation-record',
  name: "Mediator's record",
  unit: 'mediation processes on record',
  effect: 'onset',
  literature: ['Greig & Regan 2008', 'Bara & Clayton 2022'],
};

export function mediationRecord(context: AssessmentContext): Indicator {
  const { mediator, snapshot } = context;
  const m = mediator.family;
  const negotiations = snapshot.negotiations.filter(
    (n) => n.mediators.some((id) => m.has(id)) || n.rounds.some((r) => r.mediators.some((id) => m.has(id))),
  );
  const relations = snapshot.relations.filter(
    (r) => r.predicate === 'mediates-between' && m.has(r.subjectId) && r.stance !== 'disputed',
  );
  const brokered = snapshot.agreements.filter((g) =>
    g.thirdParties.some(
      (t) => m.has(t.actorId) && (t.role === 'mediator' || t.role === 'host' || t.role === 'guarantor'),
    ),
  );
  const processes = new Set([
    ...negotiations.map((n) => [...n.parties].sort().join('+')),
    ...relations.map((r) => [r.objectId, r.secondObjectId ?? ''].sort().join('+')),
  ]).size;
  if (processes === 0 && brokered.length === 0)
    return nullIndicator(MEDIATION_RECORD, phrase('reason.no-mediation-record'));
  const held = brokered.filter((g) => g.ended === null).length;
  const heldShare = brokered.length === 0 ? 0.5 : held / brokered.length;
  return measured(MEDIATION_RECORD, {
    value: processes,
    score: Math.tanh(Math.max(processes, 1) / 2) * (0.4 + 0.6 * heldShare),
    rationale: phrase('rationale.mediation-record', {
      processes,
      brokered: brokered.length,
      held,
      poor: heldShare < 0.5,
    }),
    evidence: evidenceOf({
      negotiations: ids(negotiations),
      relations: ids(relations),
      agreements: ids(brokered),
    }),
    confidence: 0.7,
    coverage: processes + brokered.length < 2 ? 'thin' : 'good',
    detail: {
      brokered: brokered.map((g) => ({
        id: g.id,
        name: g.name,
        ended:
          g.ended === null
            ? null
            : {
                date: g.ended.date,
                precision: g.ended.datePrecision ?? 'day',
                how: g.ended.how,
                by: g.ended.by,
              },
      })),
    },
  });
}

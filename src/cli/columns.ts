/** The table and CSV columns of each entity (JSON output prints the entities whole). */
import type { Actor, Agreement, Case, Event, Negotiation, Relation, Source } from '../model/index.ts';
import type { Column } from './output.ts';

export const caseColumns: Column<Case>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'title', value: (c) => c.title },
  { header: 'from', value: (c) => c.scope.from },
  { header: 'to', value: (c) => c.scope.to },
  { header: 'actors', value: (c) => c.scope.actors.length },
];

export const actorColumns: Column<Actor>[] = [
  { header: 'id', value: (a) => a.id },
  { header: 'name', value: (a) => a.name },
  { header: 'kind', value: (a) => a.kind },
  { header: 'country', value: (a) => a.country },
  { header: 'parent', value: (a) => a.parentId },
  { header: 'ucdp', value: (a) => a.externalIds.ucdp },
];

export const eventColumns: Column<Event>[] = [
  { header: 'id', value: (e) => e.id },
  { header: 'date', value: (e) => e.date },
  { header: 'precision', value: (e) => e.datePrecision },
  { header: 'type', value: (e) => e.type },
  { header: 'mode', value: (e) => e.mode },
  { header: 'source_actors', value: (e) => e.sourceActors },
  { header: 'target_actors', value: (e) => e.targetActors },
  { header: 'place', value: (e) => e.location.name },
  { header: 'country', value: (e) => e.location.country },
  { header: 'lat', value: (e) => e.location.lat },
  { header: 'lon', value: (e) => e.location.lon },
  { header: 'fatalities_low', value: (e) => e.fatalities.low },
  { header: 'fatalities_best', value: (e) => e.fatalities.best },
  { header: 'fatalities_high', value: (e) => e.fatalities.high },
  { header: 'cameo', value: (e) => e.cameo },
  { header: 'intensity', value: (e) => e.intensity },
  { header: 'status', value: (e) => e.status },
  { header: 'sources', value: (e) => [...new Set(e.evidence.map((item) => item.sourceId))] },
  { header: 'summary', value: (e) => e.summary },
];

export const relationColumns: Column<Relation>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'subject', value: (r) => r.subjectId },
  { header: 'predicate', value: (r) => r.predicate },
  { header: 'object', value: (r) => (r.secondObjectId ? `${r.objectId} & ${r.secondObjectId}` : r.objectId) },
  { header: 'sign', value: (r) => r.sign },
  { header: 'from', value: (r) => r.from },
  { header: 'to', value: (r) => r.to },
  { header: 'stance', value: (r) => r.stance },
  { header: 'claimed_by', value: (r) => r.claimedBy },
  { header: 'sources', value: (r) => [...new Set(r.evidence.map((item) => item.sourceId))] },
];

export const agreementColumns: Column<Agreement>[] = [
  { header: 'id', value: (g) => g.id },
  { header: 'name', value: (g) => g.name },
  { header: 'kind', value: (g) => g.kind },
  { header: 'signed', value: (g) => g.signed },
  { header: 'written', value: (g) => g.written },
  { header: 'parties', value: (g) => g.parties },
  {
    header: 'mediators',
    value: (g) => g.thirdParties.filter((t) => t.role === 'mediator').map((t) => t.actorId),
  },
  { header: 'ended', value: (g) => g.ended?.date ?? (g.ended ? 'yes' : null) },
  { header: 'how', value: (g) => g.ended?.how },
];

export const negotiationColumns: Column<Negotiation>[] = [
  { header: 'id', value: (n) => n.id },
  { header: 'name', value: (n) => n.name },
  { header: 'parties', value: (n) => n.parties },
  { header: 'mediators', value: (n) => n.mediators },
  { header: 'from', value: (n) => n.from },
  { header: 'to', value: (n) => n.to },
  { header: 'rounds', value: (n) => n.rounds.length },
  { header: 'outcome', value: (n) => n.outcome },
];

export const sourceColumns: Column<Source>[] = [
  { header: 'id', value: (s) => s.id },
  { header: 'kind', value: (s) => s.kind },
  { header: 'title', value: (s) => s.title },
  { header: 'publisher', value: (s) => s.publisher },
  { header: 'published', value: (s) => s.published },
  { header: 'accessed', value: (s) => s.accessed },
  { header: 'grade', value: (s) => (s.reliability ?? '?') + (s.credibility ?? '?') },
  { header: 'url', value: (s) => s.url },
];

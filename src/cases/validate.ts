/**
 * Checks a built-in case before it is loaded: every item parses with its schema, ids are
 * unique, and every reference (actors, sources, citations, editions) points at an item the
 * case ships. Returns the problems as readable lines; an empty list means the case is sound.
 */
import type { z } from 'zod';
import {
  Actor,
  Agreement,
  Case,
  Citation,
  Event,
  Negotiation,
  Relation,
  Source,
  type Evidence,
} from '../model/index.ts';
import type { BuiltinCase } from './builtin-case.ts';

export function problemsOf(builtin: BuiltinCase): string[] {
  const problems: string[] = [];
  const where = (kind: string, id: string) => `${builtin.case.id}: ${kind} '${id}'`;

  const parse = (kind: string, id: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${where(kind, id)}: ${issue.path.join('.') || '(item)'}: ${issue.message}`);
      }
    }
  };
  parse('case', builtin.case.id, Case, builtin.case);
  for (const a of builtin.actors) parse('actor', a.id, Actor, a);
  for (const s of builtin.sources) parse('source', s.id, Source, s);
  for (const c of builtin.citations) parse('citation', `${c.fromSourceId}→${c.toSourceId}`, Citation, c);
  for (const e of builtin.events) parse('event', e.id, Event, e);
  for (const r of builtin.relations) parse('relation', r.id, Relation, r);
  for (const n of builtin.negotiations) parse('negotiation', n.id, Negotiation, n);
  for (const g of builtin.agreements) parse('agreement', g.id, Agreement, g);

  const duplicates = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${where(kind, id)}: duplicate id`);
      seen.add(id);
    }
  };
  duplicates(
    'actor',
    builtin.actors.map((a) => a.id),
  );
  duplicates(
    'source',
    builtin.sources.map((s) => s.id),
  );
  duplicates(
    'event',
    builtin.events.map((e) => e.id),
  );
  duplicates(
    'relation',
    builtin.relations.map((r) => r.id),
  );
  duplicates(
    'negotiation',
    builtin.negotiations.map((n) => n.id),
  );
  duplicates(
    'agreement',
    builtin.agreements.map((g) => g.id),
  );

  const actorIds = new Set(builtin.actors.map((a) => a.id));
  const sourceIds = new Set(builtin.sources.map((s) => s.id));
  const actor = (kind: string, id: string, field: string, ref: string | null | undefined) => {
    if (ref !== null && ref !== undefined && !actorIds.has(ref)) {
      problems.push(`${where(kind, id)}: ${field} names unknown actor '${ref}'`);
    }
  };
  const actorOrSource = (kind: string, id: string, field: string, ref: string | null | undefined) => {
    if (ref !== null && ref !== undefined && !actorIds.has(ref) && !sourceIds.has(ref)) {
      problems.push(`${where(kind, id)}: ${field} names neither an actor nor a source: '${ref}'`);
    }
  };
  const evidence = (kind: string, id: string, field: string, list: readonly Evidence[] | undefined) => {
    for (const item of list ?? []) {
      if (!sourceIds.has(item.sourceId)) {
        problems.push(`${where(kind, id)}: ${field} cites unknown source '${item.sourceId}'`);
      }
      actorOrSource(kind, id, `${field}.claimedBy`, item.claimedBy);
    }
  };

  for (const ref of builtin.case.scope.actors) actor('case', builtin.case.id, 'scope.actors', ref);
  for (const a of builtin.actors) {
    actor('actor', a.id, 'parentId', a.parentId);
    for (const role of a.roles) actor('actor', a.id, 'roles.actorId', role.actorId);
    for (const d of a.designations) {
      actor('actor', a.id, 'designations.by', d.by);
      evidence('actor', a.id, 'designations.evidence', d.evidence);
    }
  }
  for (const s of builtin.sources) {
    if (s.editionOf !== null && !sourceIds.has(s.editionOf)) {
      problems.push(`${where('source', s.id)}: editionOf names unknown source '${s.editionOf}'`);
    }
  }
  for (const c of builtin.citations) {
    for (const ref of [c.fromSourceId, c.toSourceId]) {
      if (!sourceIds.has(ref)) problems.push(`${where('citation', c.marker)}: unknown source '${ref}'`);
    }
  }
  for (const e of builtin.events) {
    for (const ref of [...e.sourceActors, ...e.targetActors]) actor('event', e.id, 'actors', ref);
    evidence('event', e.id, 'evidence', e.evidence);
    for (const claim of e.claims) {
      actorOrSource('event', e.id, 'claims.by', claim.by);
      actor('event', e.id, 'claims.about', claim.about);
      evidence('event', e.id, 'claims.evidence', claim.evidence);
    }
    for (const dispute of e.disputes ?? []) {
      for (const value of dispute.values)
        evidence('event', e.id, `disputes.${dispute.field}`, value.evidence);
    }
  }
  for (const r of builtin.relations) {
    actor('relation', r.id, 'subjectId', r.subjectId);
    actor('relation', r.id, 'objectId', r.objectId);
    actor('relation', r.id, 'secondObjectId', r.secondObjectId);
    actorOrSource('relation', r.id, 'claimedBy', r.claimedBy);
    evidence('relation', r.id, 'evidence', r.evidence);
  }
  for (const n of builtin.negotiations) {
    for (const ref of [...n.parties, ...n.mediators]) actor('negotiation', n.id, 'parties/mediators', ref);
    evidence('negotiation', n.id, 'evidence', n.evidence);
    for (const round of n.rounds) {
      for (const ref of [...round.hosts, ...round.mediators])
        actor('negotiation', n.id, `round ${round.date}`, ref);
      for (const d of round.delegations)
        actor('negotiation', n.id, `round ${round.date} delegation`, d.actorId);
      for (const d of round.demands) {
        actor('negotiation', n.id, `round ${round.date} demand`, d.by);
        evidence('negotiation', n.id, `round ${round.date} demand`, d.evidence);
      }
      evidence('negotiation', n.id, `round ${round.date}`, round.evidence);
    }
  }
  for (const g of builtin.agreements) {
    for (const ref of g.parties) actor('agreement', g.id, 'parties', ref);
    for (const t of g.thirdParties) actor('agreement', g.id, 'thirdParties', t.actorId);
    for (const ref of g.ended?.by ?? []) actor('agreement', g.id, 'ended.by', ref);
    evidence('agreement', g.id, 'evidence', g.evidence);
  }
  return problems;
}

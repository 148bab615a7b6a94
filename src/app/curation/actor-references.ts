/**
 * Where items name actors, and rewriting those names from one actor id to another (for a
 * merge of duplicate actors): event sides, claims and evidence attributions; relation places;
 * negotiation parties, mediators, hosts, delegations and demands; agreement parties, third
 * parties and who ended it; an actor's parent, roles and designations; a case's scope. Lists
 * keep their order and lose the duplicate a rename may make. Pure.
 */
import type { Actor, Agreement, Case, Event, Evidence, Negotiation, Relation } from '../../model/index.ts';

type Rename = (id: string) => string;

const renamer =
  (from: string, to: string): Rename =>
  (id) =>
    id === from ? to : id;

function list(ids: readonly string[], rename: Rename): string[] {
  return [...new Set(ids.map(rename))];
}

function evidence(items: readonly Evidence[], rename: Rename): Evidence[] {
  return items.map((e) => (e.claimedBy === undefined ? e : { ...e, claimedBy: rename(e.claimedBy) }));
}

export function renameInEvent(event: Event, from: string, to: string): Event {
  const r = renamer(from, to);
  return {
    ...event,
    sourceActors: list(event.sourceActors, r),
    targetActors: list(event.targetActors, r),
    claims: event.claims.map((claim) => ({
      ...claim,
      by: r(claim.by),
      ...(claim.about === undefined ? {} : { about: r(claim.about) }),
      evidence: evidence(claim.evidence, r),
    })),
    evidence: evidence(event.evidence, r),
  };
}

export function renameInRelation(relation: Relation, from: string, to: string): Relation {
  const r = renamer(from, to);
  return {
    ...relation,
    subjectId: r(relation.subjectId),
    objectId: r(relation.objectId),
    ...(relation.secondObjectId === undefined ? {} : { secondObjectId: r(relation.secondObjectId) }),
    claimedBy: relation.claimedBy === null ? null : r(relation.claimedBy),
    evidence: evidence(relation.evidence, r),
  };
}

export function renameInNegotiation(negotiation: Negotiation, from: string, to: string): Negotiation {
  const r = renamer(from, to);
  return {
    ...negotiation,
    parties: list(negotiation.parties, r),
    mediators: list(negotiation.mediators, r),
    rounds: negotiation.rounds.map((round) => ({
      ...round,
      hosts: list(round.hosts, r),
      mediators: list(round.mediators, r),
      delegations: round.delegations.map((d) => ({
        ...d,
        actorId: r(d.actorId),
        members: list(d.members, r),
      })),
      demands: round.demands.map((d) => ({
        ...d,
        by: r(d.by),
        ...(d.evidence === undefined ? {} : { evidence: evidence(d.evidence, r) }),
      })),
      evidence: evidence(round.evidence, r),
    })),
    evidence: evidence(negotiation.evidence, r),
  };
}

export function renameInAgreement(agreement: Agreement, from: string, to: string): Agreement {
  const r = renamer(from, to);
  return {
    ...agreement,
    parties: list(agreement.parties, r),
    thirdParties: agreement.thirdParties.map((t) => ({ ...t, actorId: r(t.actorId) })),
    ended: agreement.ended === null ? null : { ...agreement.ended, by: list(agreement.ended.by, r) },
    evidence: evidence(agreement.evidence, r),
  };
}

export function renameInActor(actor: Actor, from: string, to: string): Actor {
  const r = renamer(from, to);
  const parent = actor.parentId === null ? null : r(actor.parentId);
  return {
    ...actor,
    // An actor cannot be its own parent: the duplicate of an actor's parent is dropped.
    parentId: parent === actor.id ? null : parent,
    roles: actor.roles.map((role) => ({ ...role, actorId: r(role.actorId) })),
    designations: actor.designations.map((d) => ({ ...d, by: r(d.by), evidence: evidence(d.evidence, r) })),
  };
}

export function renameInCase(kase: Case, from: string, to: string): Case {
  return { ...kase, scope: { ...kase.scope, actors: list(kase.scope.actors, renamer(from, to)) } };
}

/** Whether a rename changed the item (the same JSON means untouched). */
export function changed<T>(before: T, after: T): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

/**
 * The surviving actor after absorbing a duplicate: the duplicate's name, id and aliases
 * become aliases (the id kept so that it still resolves), missing external ids are filled
 * in, roles and designations are added, and a missing country or parent is taken over.
 */
export function absorbActor(keep: Actor, merged: Actor): Actor {
  const aliases: Record<string, string[]> = Object.fromEntries(
    Object.entries(keep.aliases).map(([language, names]) => [language, [...names]]),
  );
  const add = (language: string, name: string) => {
    const names = (aliases[language] ??= []);
    if (name !== keep.name && !names.includes(name)) names.push(name);
  };
  for (const [language, names] of Object.entries(merged.aliases))
    for (const name of names) add(language, name);
  add('en', merged.name);
  add('en', merged.id);
  const unique = <T>(items: readonly T[]) => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const key = JSON.stringify(item);
      return seen.has(key) ? false : (seen.add(key), true);
    });
  };
  const parent = keep.parentId ?? (merged.parentId === keep.id ? null : merged.parentId);
  return {
    ...keep,
    country: keep.country ?? merged.country,
    parentId: parent,
    aliases,
    externalIds: { ...merged.externalIds, ...keep.externalIds },
    roles: unique([...keep.roles, ...merged.roles]),
    designations: unique([...keep.designations, ...merged.designations]),
  };
}

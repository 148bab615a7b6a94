/**
 * Case membership as SQL conditions. An item belongs to a case when it is linked explicitly
 * (`case_items`) or falls inside the case's scope:
 * - events: dated within scope.from..scope.to (a null bound is open) and with any actor in
 *   scope.actors or located in one of scope.countries;
 * - actors: listed in scope.actors;
 * - relations: subject, object or second object in scope.actors;
 * - negotiations and agreements: any party in scope.actors;
 * - sources: explicit links only (a source is not scoped by actors or places).
 *
 * Membership tests on events are correlated `EXISTS` subqueries rather than `id IN (subquery)`:
 * with a date filter the planner then walks the date index and probes `case_items` and
 * `event_actors` by key for each candidate, instead of first collecting every event id of every
 * scoped actor (on 1,000,000 events and a one-year window: 0.7 s against 3.1 s for the IN
 * form; see bench/assess.ts).
 */
import { expressionBuilder, sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';
import type { Case, CaseItemKind } from '../../model/index.ts';
import type { Database } from './tables.ts';

function linkedIds(caseId: string, kind: CaseItemKind) {
  return expressionBuilder<Database, never>()
    .selectFrom('case_items')
    .select('case_items.item_id')
    .where('case_items.case_id', '=', caseId)
    .where('case_items.item_kind', '=', kind);
}

/** The event is linked to the case explicitly. */
function eventLinked(caseId: string): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'events'>();
  return eb.exists(
    eb
      .selectFrom('case_items')
      .select('case_items.item_id')
      .where('case_items.case_id', '=', caseId)
      .where('case_items.item_kind', '=', 'event')
      .whereRef('case_items.item_id', '=', 'events.id'),
  );
}

/**
 * The event has at least one of `actorIds` in any role. The actor column is compared as
 * `actor_id || ''` (the same value) so that SQLite probes `event_actors` by its primary key
 * (event, role, actor: two or three rows an event) instead of once per scoped actor through
 * the actor index; on 1,000,000 events and 50 scoped actors that is 0.7 s instead of 2.4 s.
 */
function eventHasActor(actorIds: readonly string[]): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'events'>();
  const actorValue = sql<string>`(${sql.ref('event_actors.actor_id')} || '')`;
  return eb.exists(
    eb
      .selectFrom('event_actors')
      .select('event_actors.event_id')
      .whereRef('event_actors.event_id', '=', 'events.id')
      .where(actorValue, 'in', actorIds),
  );
}

export function eventInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'events'>();
  const linked = eventLinked(kase.id);
  const { actors, countries, from, to } = kase.scope;
  const who: Expression<SqlBool>[] = [];
  if (actors.length > 0) who.push(eventHasActor(actors));
  if (countries.length > 0) who.push(eb('events.country', 'in', countries));
  if (who.length === 0) return linked;
  const inScope = [eb.or(who)];
  if (from !== null) inScope.push(eb('events.date', '>=', from));
  if (to !== null) inScope.push(eb('events.date', '<=', to));
  return eb.or([linked, eb.and(inScope)]);
}

export function actorInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'actors'>();
  const linked = eb('actors.id', 'in', linkedIds(kase.id, 'actor'));
  const { actors } = kase.scope;
  return actors.length === 0 ? linked : eb.or([linked, eb('actors.id', 'in', actors)]);
}

export function sourceInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'sources'>();
  return eb('sources.id', 'in', linkedIds(kase.id, 'source'));
}

export function relationInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'relations'>();
  const linked = eb('relations.id', 'in', linkedIds(kase.id, 'relation'));
  const { actors } = kase.scope;
  if (actors.length === 0) return linked;
  return eb.or([linked, relationInvolves(actors)]);
}

/** Relations whose subject, object or second object is one of `actorIds`. */
export function relationInvolves(actorIds: readonly string[]): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'relations'>();
  return eb.or([
    eb('relations.subject_id', 'in', actorIds),
    eb('relations.object_id', 'in', actorIds),
    eb('relations.second_object_id', 'in', actorIds),
  ]);
}

export function negotiationInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'negotiations'>();
  const linked = eb('negotiations.id', 'in', linkedIds(kase.id, 'negotiation'));
  const { actors } = kase.scope;
  if (actors.length === 0) return linked;
  const withParty = eb
    .selectFrom('negotiation_parties')
    .select('negotiation_parties.owner_id')
    .where('negotiation_parties.actor_id', 'in', actors);
  return eb.or([linked, eb('negotiations.id', 'in', withParty)]);
}

export function agreementInCase(kase: Case): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'agreements'>();
  const linked = eb('agreements.id', 'in', linkedIds(kase.id, 'agreement'));
  const { actors } = kase.scope;
  if (actors.length === 0) return linked;
  const withParty = eb
    .selectFrom('agreement_parties')
    .select('agreement_parties.owner_id')
    .where('agreement_parties.actor_id', 'in', actors);
  return eb.or([linked, eb('agreements.id', 'in', withParty)]);
}

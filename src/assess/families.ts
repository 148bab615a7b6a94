/**
 * An actor's family on a date: the actor, everything below it (by `parentId` or by a role held
 * on the date), organisations joined to it by shared leadership (one person leading both), and
 * groups that merged into it. States are never pulled in from below. See docs/indicators.md.
 */
import type { Actor, Relation } from '../model/index.ts';

/** Role titles that make their holder the leader of an organisation ("deputy leader" does not). */
const LEADERSHIP = /\b(leader|emir)\b/i;
const DEPUTY = /\bdeputy\b/i;

function heldOn(from: string | null, to: string | null, day: string): boolean {
  return (from === null || from <= day) && (to === null || to >= day);
}

/** What each actor belongs to on `day`: its parent, the actors of its open roles, what it merged into. */
function parentsOn(
  actors: readonly Actor[],
  relations: readonly Relation[],
  day: string,
): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  const link = (child: string, parent: string) => {
    if (!parents.has(child)) parents.set(child, new Set());
    parents.get(child)!.add(parent);
  };
  for (const actor of actors) {
    if (actor.parentId !== null) link(actor.id, actor.parentId);
    for (const role of actor.roles) if (heldOn(role.from, role.to, day)) link(actor.id, role.actorId);
  }
  for (const relation of relations) {
    if (
      relation.predicate === 'merged-into' &&
      relation.stance !== 'disputed' &&
      heldOn(relation.from, null, day)
    ) {
      link(relation.subjectId, relation.objectId);
    }
  }
  return parents;
}

/** Organisations one person leads on `day`, grouped: each group is one family core. */
function coLedGroups(actors: readonly Actor[], day: string): Map<string, Set<string>> {
  const groupOf = new Map<string, Set<string>>();
  for (const actor of actors) {
    const led = actor.roles
      .filter(
        (role) => heldOn(role.from, role.to, day) && LEADERSHIP.test(role.role) && !DEPUTY.test(role.role),
      )
      .map((role) => role.actorId);
    if (led.length < 2) continue;
    const merged = new Set<string>(led);
    for (const id of led) for (const other of groupOf.get(id) ?? []) merged.add(other);
    for (const id of merged) groupOf.set(id, merged);
  }
  return groupOf;
}

/** The ids in `root`'s family on `day` (always including `root`). */
export function familyOf(
  actors: readonly Actor[],
  relations: readonly Relation[],
  root: string,
  day: string,
): Set<string> {
  const parents = parentsOn(actors, relations, day);
  const core = coLedGroups(actors, day).get(root) ?? new Set([root]);
  core.add(root);
  const family = new Set<string>(core);
  const memo = new Map<string, boolean>();
  const belongs = (id: string, seen: Set<string>): boolean => {
    if (core.has(id)) return true;
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false;
    seen.add(id);
    const result = [...(parents.get(id) ?? [])].some((parent) => belongs(parent, seen));
    memo.set(id, result);
    return result;
  };
  for (const actor of actors) if (belongs(actor.id, new Set())) family.add(actor.id);
  return family;
}

/**
 * Loading the built-in curated cases into a store: validated first (a broken case never
 * reaches the store), then written in one transaction together with the explicit links that
 * tie every item to its case.
 */
import { isDeepStrictEqual } from 'node:util';
import { BUILTIN_CASES, type BuiltinCase } from '../cases/index.ts';
import { problemsOf } from '../cases/validate.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { CaseItemKind } from '../model/index.ts';
import type { Store } from '../store/store.ts';

/** Loads every built-in case the store does not hold yet; returns the ids loaded. */
export async function ensureBuiltinCases(store: Store): Promise<string[]> {
  const loaded: string[] = [];
  for (const builtin of BUILTIN_CASES.values()) {
    if ((await store.getCase(builtin.case.id)) === undefined) {
      await loadBuiltinCase(store, builtin);
      loaded.push(builtin.case.id);
    }
  }
  return loaded;
}

/** How far a stored built-in case is from this version's data: items changed and items missing. */
export interface BuiltinDrift {
  caseId: string;
  changed: number;
  missing: number;
}

/**
 * Compares the stored items of a built-in case with the data shipped with this version: an
 * item stored by an earlier version (or edited since) counts as changed, one never stored as
 * missing. Zero for both when the store holds exactly this version's case.
 */
export async function builtinCaseDrift(store: Store, id: string): Promise<BuiltinDrift | undefined> {
  const builtin = BUILTIN_CASES.get(id);
  if (builtin === undefined || (await store.getCase(id)) === undefined) return undefined;
  const drift: BuiltinDrift = { caseId: id, changed: 0, missing: 0 };
  const compare = (shipped: readonly { id: string }[], stored: readonly ({ id: string } | undefined)[]) => {
    const byId = new Map(stored.filter((item) => item !== undefined).map((item) => [item.id, item]));
    for (const item of shipped) {
      const found = byId.get(item.id);
      if (found === undefined) drift.missing++;
      else if (!isDeepStrictEqual(asJson(found), asJson(item))) drift.changed++;
    }
  };
  compare(builtin.actors, await Promise.all(builtin.actors.map((a) => store.getActor(a.id))));
  compare(builtin.sources, await Promise.all(builtin.sources.map((s) => store.getSource(s.id))));
  compare(builtin.events, await store.getEvents(builtin.events.map((e) => e.id)));
  compare(builtin.relations, await Promise.all(builtin.relations.map((r) => store.getRelation(r.id))));
  compare(builtin.agreements, await Promise.all(builtin.agreements.map((a) => store.getAgreement(a.id))));
  compare(
    builtin.negotiations,
    await Promise.all(builtin.negotiations.map((n) => store.getNegotiation(n.id))),
  );
  return drift;
}

/** The value as JSON would keep it (undefined members dropped), for comparing shipped and stored items. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/**
 * Rewrites a built-in case from the data shipped with this version of Jirga (after an
 * upgrade, or to undo edits); items of other cases and imported data are left alone.
 */
export async function reloadBuiltinCase(store: Store, id: string): Promise<BuiltinCase> {
  const builtin = BUILTIN_CASES.get(id);
  if (builtin === undefined) throw new NotFoundError('built-in case', id, [...BUILTIN_CASES.keys()]);
  await loadBuiltinCase(store, builtin);
  return builtin;
}

/** Writes (or rewrites) one built-in case, all or nothing. */
export async function loadBuiltinCase(store: Store, builtin: BuiltinCase): Promise<void> {
  const problems = problemsOf(builtin);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : '';
    throw new ValidationError(`built-in case is invalid: ${shown}${more}`, {
      file: `src/cases/${builtin.case.id}`,
    });
  }
  const links: { kind: CaseItemKind; id: string }[] = [
    ...builtin.actors.map((item) => ({ kind: 'actor' as const, id: item.id })),
    ...builtin.sources.map((item) => ({ kind: 'source' as const, id: item.id })),
    ...builtin.events.map((item) => ({ kind: 'event' as const, id: item.id })),
    ...builtin.relations.map((item) => ({ kind: 'relation' as const, id: item.id })),
    ...builtin.negotiations.map((item) => ({ kind: 'negotiation' as const, id: item.id })),
    ...builtin.agreements.map((item) => ({ kind: 'agreement' as const, id: item.id })),
  ];
  await store.transaction(async (tx) => {
    await tx.putActors(builtin.actors);
    await tx.putSources(builtin.sources);
    await tx.putCitations(builtin.citations);
    await tx.putEvents(builtin.events);
    await tx.putRelations(builtin.relations);
    await tx.putNegotiations(builtin.negotiations);
    await tx.putAgreements(builtin.agreements);
    await tx.putCase(builtin.case);
    await tx.linkToCase(builtin.case.id, links);
  });
}

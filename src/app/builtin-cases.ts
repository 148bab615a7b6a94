/**
 * Loading the built-in curated cases into a store: validated first (a broken case never
 * reaches the store), then written in one transaction together with the explicit links that
 * tie every item to its case.
 */
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

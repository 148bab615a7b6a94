/**
 * The dataset actor names that the registry did not resolve, with how many imported items
 * carry each and why each stayed unresolved (`ingest/unresolved-reason.ts`): the work list for
 * linking dataset actors to the registry.
 */
import { UnresolvedExplainer } from '../ingest/unresolved-reason.ts';
import type { Store, UnresolvedNameCount } from '../store/store.ts';
import { loadRegistry } from './actors.ts';
import { requireCase } from './cases.ts';

export interface UnresolvedQuery {
  caseId?: string;
  dataset?: string;
  limit?: number;
}

/** An unresolved name with the reason it stayed unresolved, in words. */
export interface UnresolvedName extends UnresolvedNameCount {
  why: string;
}

export async function listUnresolved(store: Store, query: UnresolvedQuery = {}): Promise<UnresolvedName[]> {
  if (query.caseId !== undefined) await requireCase(store, query.caseId);
  const counted = await store.listUnresolvedNames({
    ...(query.caseId === undefined ? {} : { caseId: query.caseId }),
    ...(query.dataset === undefined ? {} : { dataset: query.dataset }),
  });
  const names = query.limit === undefined ? counted : counted.slice(0, query.limit);
  if (names.length === 0) return [];
  const registry = await loadRegistry(store);
  const links = await store.listDatasetActorLinks(query.dataset);
  const explainer = new UnresolvedExplainer(registry, links);
  return names.map((name) => ({ ...name, why: explainer.why(name) }));
}

/**
 * The dataset actor names that the registry did not resolve, with how many imported items
 * carry each: the work list for linking dataset actors to the registry.
 */
import type { Store, UnresolvedNameCount } from '../store/store.ts';
import { requireCase } from './cases.ts';

export interface UnresolvedQuery {
  caseId?: string;
  dataset?: string;
  limit?: number;
}

export async function listUnresolved(
  store: Store,
  query: UnresolvedQuery = {},
): Promise<UnresolvedNameCount[]> {
  if (query.caseId !== undefined) await requireCase(store, query.caseId);
  const names = await store.listUnresolvedNames({
    ...(query.caseId === undefined ? {} : { caseId: query.caseId }),
    ...(query.dataset === undefined ? {} : { dataset: query.dataset }),
  });
  return query.limit === undefined ? names : names.slice(0, query.limit);
}

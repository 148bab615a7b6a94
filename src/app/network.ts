/**
 * The `network` use case: the signed, weighted actor graph of a case for a date window, in
 * GraphML, GEXF or graphology JSON.
 */
import { toGEXF } from '../analysis/export/gexf.ts';
import { toGraphML } from '../analysis/export/graphml.ts';
import { toGraphologyJSON } from '../analysis/export/graphology.ts';
import { buildActorGraph, type ActorGraph } from '../analysis/graph.ts';
import { takeSnapshot } from '../assess/snapshot.ts';
import { ValidationError } from '../errors.ts';
import { IsoDate } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { loadCaseItems } from './assess.ts';

export const NETWORK_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export interface NetworkRequest {
  caseId: string;
  from: string;
  to: string;
  includeDrafts?: boolean;
}

function checkDate(value: string, field: string): string {
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success) throw new ValidationError(`${parsed.error.issues[0]?.message}: '${value}'`, { field });
  return parsed.data;
}

export async function caseNetwork(store: Store, request: NetworkRequest): Promise<ActorGraph> {
  const from = checkDate(request.from, '--from');
  const to = checkDate(request.to, '--to');
  if (to < from) throw new ValidationError(`--to ${to} is before --from ${from}`, { field: '--to' });
  const items = await loadCaseItems(store, request.caseId);
  const snapshot = takeSnapshot(items, to, { includeDrafts: request.includeDrafts === true });
  return buildActorGraph(snapshot, { from, to }, { actors: snapshot.actors });
}

export function serialiseNetwork(graph: ActorGraph, format: NetworkFormat): string {
  switch (format) {
    case 'graphml':
      return toGraphML(graph);
    case 'gexf':
      return toGEXF(graph);
    case 'json':
      return JSON.stringify(toGraphologyJSON(graph), null, 2) + '\n';
  }
}

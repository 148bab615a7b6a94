/**
 * The signed, weighted actor graph of a time window, built from events, relations and
 * agreements. Edges are undirected dyads, one per layer, and keep the ids of every item that
 * moved them. Disputed relations are a separate `claims` layer under their claimant's name and
 * never mix with the other layers. Pure: the caller passes the items already loaded.
 */
import type { Actor, Agreement, Event, Relation } from '../model/index.ts';
import { clamp } from './numbers.ts';
import { dayNumber, daysBetween, decayWeight, inWindow, type DateWindow } from './time.ts';
import { eventTone, relationTone } from './tone.ts';

export type EdgeLayer = 'events' | 'relations' | 'agreements' | 'claims';

export interface EdgeEvidence {
  events: string[];
  relations: string[];
  agreements: string[];
}

export interface GraphEdge {
  /** `source|target|layer` (and `|claimant` for claims); source < target. */
  key: string;
  source: string;
  target: string;
  layer: EdgeLayer;
  /** Who makes the claim (claims layer only). */
  claimedBy: string | null;
  /** Sum of positive decayed weights. */
  cooperation: number;
  /** Sum of the magnitudes of negative decayed weights. */
  conflict: number;
  /** Net tie of this layer, bounded to [−1, 1]. */
  weight: number;
  /** Items that moved the edge. */
  count: number;
  evidence: EdgeEvidence;
}

export interface GraphNode {
  id: string;
  label: string;
  kind: string | null;
}

export interface ActorGraph {
  window: DateWindow;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** Half-life of event weights in days (default 180). */
  eventHalfLifeDays?: number;
  /** Half-life of an ended relation or agreement after its end, in days (default 365). */
  relationHalfLifeDays?: number;
  /** Maps an actor id to the node it is drawn as (to fold a family into one node). */
  nodeOf?: (actorId: string) => string;
  /** Actors for labels and kinds. */
  actors?: readonly Actor[];
}

export interface GraphInput {
  events: readonly Event[];
  relations: readonly Relation[];
  agreements: readonly Agreement[];
}

/** Scale of the event layer: a net decayed weight of this size gives a tie of tanh(1) ≈ 0.76. */
export const EVENT_LAYER_SCALE = 3;
/** Tie between the parties of an agreement in force; third parties get `THIRD_PARTY_TIE`. */
export const AGREEMENT_TIE = 0.5;
export const THIRD_PARTY_TIE = 0.3;

interface EdgeAccumulator extends GraphEdge {
  net: number;
}

export function buildActorGraph(
  input: GraphInput,
  window: DateWindow,
  options: GraphOptions = {},
): ActorGraph {
  const eventHalfLife = options.eventHalfLifeDays ?? 180;
  const relationHalfLife = options.relationHalfLifeDays ?? 365;
  const nodeOf = options.nodeOf ?? ((id: string) => id);
  const edges = new Map<string, EdgeAccumulator>();
  /** Evidence ids already on each edge (a set, so that long event series stay linear). */
  const evidenceSeen = new Map<string, Set<string>>();
  const toDay = dayNumber(window.to);
  /** Day numbers by date: a year of events has at most 366 distinct dates. */
  const dayOf = new Map<string, number>();

  const add = (
    a: string,
    b: string,
    layer: EdgeLayer,
    claimedBy: string | null,
    amount: number,
    kind: keyof EdgeEvidence,
    id: string,
  ): void => {
    const [na, nb] = [nodeOf(a), nodeOf(b)];
    if (na === nb) return;
    const [source, target] = na < nb ? [na, nb] : [nb, na];
    const key =
      claimedBy === null ? `${source}|${target}|${layer}` : `${source}|${target}|${layer}|${claimedBy}`;
    let edge = edges.get(key);
    if (edge === undefined) {
      edge = {
        key,
        source,
        target,
        layer,
        claimedBy,
        cooperation: 0,
        conflict: 0,
        weight: 0,
        count: 0,
        net: 0,
        evidence: { events: [], relations: [], agreements: [] },
      };
      edges.set(key, edge);
    }
    if (amount >= 0) edge.cooperation += amount;
    else edge.conflict += -amount;
    edge.net += amount;
    edge.count += 1;
    const seen = evidenceSeen.get(key) ?? new Set<string>();
    evidenceSeen.set(key, seen);
    const mark = `${kind}:${id}`;
    if (!seen.has(mark)) {
      seen.add(mark);
      edge.evidence[kind].push(id);
    }
  };

  for (const event of input.events) {
    if (!inWindow(event.date, window) || event.status === 'rejected') continue;
    let day = dayOf.get(event.date);
    if (day === undefined) {
      day = dayNumber(event.date);
      dayOf.set(event.date, day);
    }
    const amount = eventTone(event) * decayWeight(toDay - day, eventHalfLife);
    for (const s of event.sourceActors)
      for (const t of event.targetActors) add(s, t, 'events', null, amount, 'events', event.id);
  }

  for (const relation of input.relations) {
    if (relation.status === 'rejected') continue;
    if (relation.from !== null && relation.from > window.to) continue;
    if (relation.to !== null && relation.to < window.from) continue;
    const age = relation.to !== null && relation.to < window.to ? daysBetween(relation.to, window.to) : 0;
    const amount = relationTone(relation) * decayWeight(age, relationHalfLife);
    const disputed = relation.stance === 'disputed';
    const claimant = disputed ? (relation.claimedBy ?? relation.evidence[0]?.claimedBy ?? 'unknown') : null;
    const layer: EdgeLayer = disputed ? 'claims' : 'relations';
    const objects = [
      relation.objectId,
      ...(relation.secondObjectId === undefined ? [] : [relation.secondObjectId]),
    ];
    for (const object of objects)
      add(relation.subjectId, object, layer, claimant, amount, 'relations', relation.id);
  }

  for (const agreement of input.agreements) {
    if (agreement.status === 'rejected' || agreement.signed === null || agreement.signed > window.to)
      continue;
    const endDate = agreement.ended?.date ?? null;
    if (agreement.ended !== null && endDate !== null && endDate < window.from) continue;
    const ended = agreement.ended !== null && (endDate === null || endDate <= window.to);
    const factor = ended
      ? endDate === null
        ? 0
        : decayWeight(daysBetween(endDate, window.to), relationHalfLife)
      : 1;
    const parties = agreement.parties;
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++)
        add(parties[i]!, parties[j]!, 'agreements', null, AGREEMENT_TIE * factor, 'agreements', agreement.id);
    for (const third of agreement.thirdParties)
      for (const party of parties)
        add(third.actorId, party, 'agreements', null, THIRD_PARTY_TIE * factor, 'agreements', agreement.id);
  }

  const finished: GraphEdge[] = [...edges.values()]
    .map(({ net, ...edge }) => ({
      ...edge,
      weight: edge.layer === 'events' ? Math.tanh(net / EVENT_LAYER_SCALE) : clamp(net, -1, 1),
    }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));

  const actorsById = new Map((options.actors ?? []).map((actor) => [actor.id, actor]));
  const nodeIds = new Set<string>();
  for (const edge of finished) {
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  const nodes = [...nodeIds].sort().map((id) => {
    const actor = actorsById.get(id);
    return { id, label: actor?.name ?? id, kind: actor?.kind ?? null };
  });
  return { window, nodes, edges: finished };
}

/** Layer weights for the combined dyad tie: curated relations weigh most (observability). */
export const DEFAULT_LAYER_WEIGHTS: Readonly<Record<Exclude<EdgeLayer, 'claims'>, number>> = {
  relations: 3,
  events: 1,
  agreements: 1,
};

/** One tie per dyad from the non-claim layers: the layer-weighted mean of the layers present. */
export interface DyadTie {
  source: string;
  target: string;
  weight: number;
  layers: Partial<Record<EdgeLayer, number>>;
  evidence: EdgeEvidence;
}

export function dyadTies(
  graph: ActorGraph,
  layerWeights: Readonly<Record<Exclude<EdgeLayer, 'claims'>, number>> = DEFAULT_LAYER_WEIGHTS,
): DyadTie[] {
  const byDyad = new Map<string, { ties: DyadTie; sum: number; total: number }>();
  for (const edge of graph.edges) {
    if (edge.layer === 'claims') continue;
    const key = `${edge.source}|${edge.target}`;
    let entry = byDyad.get(key);
    if (entry === undefined) {
      entry = {
        ties: {
          source: edge.source,
          target: edge.target,
          weight: 0,
          layers: {},
          evidence: { events: [], relations: [], agreements: [] },
        },
        sum: 0,
        total: 0,
      };
      byDyad.set(key, entry);
    }
    const w = layerWeights[edge.layer];
    entry.sum += w * edge.weight;
    entry.total += w;
    entry.ties.layers[edge.layer] = edge.weight;
    for (const kind of ['events', 'relations', 'agreements'] as const)
      entry.ties.evidence[kind].push(...edge.evidence[kind]);
  }
  return [...byDyad.values()].map(({ ties, sum, total }) => ({
    ...ties,
    weight: total === 0 ? 0 : sum / total,
  }));
}

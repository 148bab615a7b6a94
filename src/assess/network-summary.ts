/**
 * The network part of an assessment: the year's actor graph with the mediator's and parties'
 * families folded into one node each, the three ties, whether the mediation triangle is
 * balanced, the brokers between the parties, and the most central actors.
 */
import { triadOf, type Triad } from '../analysis/balance.ts';
import { brokerage, type Broker } from '../analysis/brokerage.ts';
import { centrality, type Centrality } from '../analysis/centrality.ts';
import { buildActorGraph, dyadTies, type DyadTie } from '../analysis/graph.ts';
import type { AssessmentContext } from './context.ts';

export interface NetworkSummary {
  window: { from: string; to: string };
  nodes: number;
  edges: number;
  ties: { pair: [string, string]; weight: number | null; evidence: DyadTie['evidence'] | null }[];
  triad: (Triad & { reading: string }) | null;
  brokers: Broker[];
  central: Centrality[];
}

export function networkSummary(context: AssessmentContext): NetworkSummary {
  const { mediator, a, b, snapshot } = context;
  const nodeOf = (id: string) =>
    mediator.family.has(id) ? mediator.id : a.family.has(id) ? a.id : b.family.has(id) ? b.id : id;
  const graph = buildActorGraph(snapshot, context.year, { nodeOf, actors: snapshot.actors });
  const ties = dyadTies(graph);
  const tie = (x: string, y: string) =>
    ties.find((t) => (t.source === x && t.target === y) || (t.source === y && t.target === x));
  const pairs: [string, string][] = [
    [mediator.id, a.id],
    [mediator.id, b.id],
    [a.id, b.id],
  ];
  const triad = triadOf(ties, [mediator.id, a.id, b.id]);
  return {
    window: context.year,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    ties: pairs.map((pair) => {
      const found = tie(...pair);
      return { pair, weight: found?.weight ?? null, evidence: found?.evidence ?? null };
    }),
    triad:
      triad === null
        ? null
        : {
            ...triad,
            reading: triad.balanced
              ? 'balanced: the three ties are consistent'
              : 'unbalanced: the mediator is friendly with one side of a hostile pair, or hostile to both sides of a friendly one; such triangles tend to change',
          },
    brokers: brokerage(
      ties.filter((t) => !(tie(a.id, b.id) === t)),
      a.id,
      b.id,
    ).brokers.slice(0, 5),
    central: centrality(ties).slice(0, 5),
  };
}

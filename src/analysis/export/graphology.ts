/**
 * The actor graph in graphology's JSON serialisation (`graph.import()` reads it):
 * `{attributes, options, nodes: [{key, attributes}], edges: [{key, source, target, attributes}]}`.
 * Parallel edges (one per layer) make it a multigraph; edges are undirected.
 */
import type { ActorGraph, EdgeEvidence, EdgeLayer } from '../graph.ts';

export interface GraphologyJSON {
  attributes: { window: { from: string; to: string } };
  options: { type: 'undirected'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: { label: string; kind: string | null } }[];
  edges: {
    key: string;
    source: string;
    target: string;
    undirected: true;
    attributes: {
      layer: EdgeLayer;
      claimedBy: string | null;
      weight: number;
      cooperation: number;
      conflict: number;
      count: number;
      evidence: EdgeEvidence;
    };
  }[];
}

export function toGraphologyJSON(graph: ActorGraph): GraphologyJSON {
  return {
    attributes: { window: { ...graph.window } },
    options: { type: 'undirected', multi: true, allowSelfLoops: false },
    nodes: graph.nodes.map((node) => ({ key: node.id, attributes: { label: node.label, kind: node.kind } })),
    edges: graph.edges.map((edge) => ({
      key: edge.key,
      source: edge.source,
      target: edge.target,
      undirected: true,
      attributes: {
        layer: edge.layer,
        claimedBy: edge.claimedBy,
        weight: edge.weight,
        cooperation: edge.cooperation,
        conflict: edge.conflict,
        count: edge.count,
        evidence: edge.evidence,
      },
    })),
  };
}

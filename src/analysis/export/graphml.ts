/**
 * GraphML export of an actor graph: nodes with label and kind, undirected edges with layer,
 * claimant, weight, cooperation, conflict, count and evidence ids (space-separated).
 */
import type { ActorGraph } from '../graph.ts';
import { xmlEscape } from './xml.ts';

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
] as const;
const EDGE_KEYS = [
  ['layer', 'string'],
  ['claimedBy', 'string'],
  ['weight', 'double'],
  ['cooperation', 'double'],
  ['conflict', 'double'],
  ['count', 'int'],
  ['events', 'string'],
  ['relations', 'string'],
  ['agreements', 'string'],
] as const;

export function toGraphML(graph: ActorGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(
      ([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    `  <graph id="jirga" edgedefault="undirected">`,
    `    <desc>${xmlEscape(`${graph.window.from}..${graph.window.to}`)}</desc>`,
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(`      <data key="n_label">${xmlEscape(node.label)}</data>`);
    if (node.kind !== null) lines.push(`      <data key="n_kind">${xmlEscape(node.kind)}</data>`);
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`,
    );
    const values: Record<string, string | null> = {
      layer: edge.layer,
      claimedBy: edge.claimedBy,
      weight: String(edge.weight),
      cooperation: String(edge.cooperation),
      conflict: String(edge.conflict),
      count: String(edge.count),
      events: edge.evidence.events.join(' '),
      relations: edge.evidence.relations.join(' '),
      agreements: edge.evidence.agreements.join(' '),
    };
    for (const [name] of EDGE_KEYS) {
      const value = values[name];
      if (value !== null && value !== undefined && value !== '')
        lines.push(`      <data key="e_${name}">${xmlEscape(value)}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

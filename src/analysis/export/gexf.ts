/**
 * GEXF 1.3 export (Gephi) of an actor graph: the same attributes as GraphML, with the edge
 * weight in GEXF's own `weight` attribute.
 */
import type { ActorGraph } from '../graph.ts';
import { xmlEscape } from './xml.ts';

const EDGE_ATTRIBUTES = [
  'layer',
  'claimedBy',
  'cooperation',
  'conflict',
  'count',
  'events',
  'relations',
  'agreements',
] as const;
const EDGE_TYPES: Record<(typeof EDGE_ATTRIBUTES)[number], string> = {
  layer: 'string',
  claimedBy: 'string',
  cooperation: 'double',
  conflict: 'double',
  count: 'integer',
  events: 'string',
  relations: 'string',
  agreements: 'string',
};

export function toGEXF(graph: ActorGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Jirga</creator><description>${xmlEscape(`${graph.window.from}..${graph.window.to}`)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(
      (name) => `      <attribute id="${name}" title="${name}" type="${EDGE_TYPES[name]}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`);
    lines.push(`        <attvalues><attvalue for="kind" value="${xmlEscape(node.kind ?? '')}"/></attvalues>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const values: Record<(typeof EDGE_ATTRIBUTES)[number], string> = {
      layer: edge.layer,
      claimedBy: edge.claimedBy ?? '',
      cooperation: String(edge.cooperation),
      conflict: String(edge.conflict),
      count: String(edge.count),
      events: edge.evidence.events.join(' '),
      relations: edge.evidence.relations.join(' '),
      agreements: edge.evidence.agreements.join(' '),
    };
    lines.push(
      `      <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${edge.weight}">`,
    );
    lines.push(
      `        <attvalues>${EDGE_ATTRIBUTES.map((name) => `<attvalue for="${name}" value="${xmlEscape(values[name])}"/>`).join('')}</attvalues>`,
    );
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return lines.join('\n') + '\n';
}

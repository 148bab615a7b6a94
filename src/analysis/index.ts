/** The conflict-system network: graph building, balance, centrality, brokerage and exports (pure). */
export * from './time.ts';
export * from './numbers.ts';
export * from './tone.ts';
export * from './graph.ts';
export * from './balance.ts';
export * from './centrality.ts';
export * from './brokerage.ts';
export { toGraphML } from './export/graphml.ts';
export { toGEXF } from './export/gexf.ts';
export { toGraphologyJSON, type GraphologyJSON } from './export/graphology.ts';

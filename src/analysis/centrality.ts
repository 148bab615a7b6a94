/**
 * Degree and strength centrality on dyad ties: how many actors each one is tied to, and the
 * summed size of its positive and negative ties.
 */
import type { DyadTie } from './graph.ts';

export interface Centrality {
  id: string;
  degree: number;
  /** Σ |tie|. */
  strength: number;
  positive: number;
  negative: number;
}

export function centrality(ties: readonly DyadTie[]): Centrality[] {
  const byId = new Map<string, Centrality>();
  const entry = (id: string): Centrality => {
    let found = byId.get(id);
    if (found === undefined) {
      found = { id, degree: 0, strength: 0, positive: 0, negative: 0 };
      byId.set(id, found);
    }
    return found;
  };
  for (const tie of ties) {
    if (tie.weight === 0) continue;
    for (const id of [tie.source, tie.target]) {
      const c = entry(id);
      c.degree += 1;
      c.strength += Math.abs(tie.weight);
      if (tie.weight > 0) c.positive += tie.weight;
      else c.negative += -tie.weight;
    }
  }
  return [...byId.values()].sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1));
}

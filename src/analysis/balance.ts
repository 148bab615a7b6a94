/**
 * Cooperation/conflict balance per dyad and structural balance of triads (Heider, Cartwright
 * and Harary): a triangle is balanced when the product of its three tie signs is positive
 * ("the friend of my friend"), unbalanced otherwise (Pakistan–Taliban–TTP: two friendly ties
 * and one hostile one).
 */
import type { ActorGraph, DyadTie, EdgeEvidence } from './graph.ts';

export interface DyadBalance {
  a: string;
  b: string;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / (cooperation + conflict), in [−1, 1]; null when nothing links them. */
  balance: number | null;
  evidence: EdgeEvidence;
}

/** Balance of the non-claim layers between `a` and `b` (order does not matter). */
export function dyadBalance(graph: ActorGraph, a: string, b: string): DyadBalance {
  const evidence: EdgeEvidence = { events: [], relations: [], agreements: [] };
  let cooperation = 0;
  let conflict = 0;
  for (const edge of graph.edges) {
    if (edge.layer === 'claims') continue;
    const matches = (edge.source === a && edge.target === b) || (edge.source === b && edge.target === a);
    if (!matches) continue;
    cooperation += edge.cooperation;
    conflict += edge.conflict;
    for (const kind of ['events', 'relations', 'agreements'] as const)
      evidence[kind].push(...edge.evidence[kind]);
  }
  const total = cooperation + conflict;
  return {
    a,
    b,
    cooperation,
    conflict,
    balance: total === 0 ? null : (cooperation - conflict) / total,
    evidence,
  };
}

export interface Triad {
  nodes: [string, string, string];
  /** Signs of the ties ab, bc, ca. */
  signs: [1 | -1, 1 | -1, 1 | -1];
  balanced: boolean;
}

/** Ties weaker than this are treated as absent when looking for triangles. */
export const TIE_THRESHOLD = 0.05;

/** Every triangle of ties stronger than `threshold`, with whether it is balanced. */
export function triads(ties: readonly DyadTie[], threshold = TIE_THRESHOLD): Triad[] {
  const sign = new Map<string, 1 | -1>();
  const neighbours = new Map<string, Set<string>>();
  for (const tie of ties) {
    if (Math.abs(tie.weight) < threshold) continue;
    const s: 1 | -1 = tie.weight > 0 ? 1 : -1;
    sign.set(`${tie.source}|${tie.target}`, s);
    sign.set(`${tie.target}|${tie.source}`, s);
    for (const [x, y] of [
      [tie.source, tie.target],
      [tie.target, tie.source],
    ] as const) {
      if (!neighbours.has(x)) neighbours.set(x, new Set());
      neighbours.get(x)!.add(y);
    }
  }
  const found: Triad[] = [];
  const nodes = [...neighbours.keys()].sort();
  for (const a of nodes) {
    const na = [...neighbours.get(a)!].filter((n) => n > a).sort();
    for (let i = 0; i < na.length; i++) {
      for (let j = i + 1; j < na.length; j++) {
        const b = na[i]!;
        const c = na[j]!;
        const bc = sign.get(`${b}|${c}`);
        if (bc === undefined) continue;
        const signs: [1 | -1, 1 | -1, 1 | -1] = [sign.get(`${a}|${b}`)!, bc, sign.get(`${c}|${a}`)!];
        found.push({ nodes: [a, b, c], signs, balanced: signs[0] * signs[1] * signs[2] > 0 });
      }
    }
  }
  return found;
}

/** The triangle on exactly these three nodes, if all three ties exist. */
export function triadOf(
  ties: readonly DyadTie[],
  nodes: [string, string, string],
  threshold = TIE_THRESHOLD,
): Triad | null {
  const wanted = [...nodes].sort().join('|');
  const relevant = ties.filter((tie) => nodes.includes(tie.source) && nodes.includes(tie.target));
  return triads(relevant, threshold).find((triad) => [...triad.nodes].sort().join('|') === wanted) ?? null;
}

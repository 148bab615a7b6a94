/**
 * Brokerage between two parties: betweenness restricted to the shortest paths (in hops, over
 * ties of any sign stronger than a threshold) from `a` to `b`. A node's score is the share of
 * those paths that pass through it (1 = every shortest path runs through it).
 */
import { TIE_THRESHOLD } from './balance.ts';
import type { DyadTie } from './graph.ts';

export interface Broker {
  id: string;
  /** Share of shortest a–b paths through this node, 0…1. */
  share: number;
}

export interface Brokerage {
  a: string;
  b: string;
  /** Hops on the shortest path; null when a and b are not connected. */
  distance: number | null;
  paths: number;
  brokers: Broker[];
}

function adjacency(ties: readonly DyadTie[], threshold: number): Map<string, string[]> {
  const adjacent = new Map<string, string[]>();
  for (const tie of ties) {
    if (Math.abs(tie.weight) < threshold) continue;
    for (const [x, y] of [
      [tie.source, tie.target],
      [tie.target, tie.source],
    ] as const) {
      if (!adjacent.has(x)) adjacent.set(x, []);
      adjacent.get(x)!.push(y);
    }
  }
  return adjacent;
}

/** Breadth-first distances and shortest-path counts from `start`. */
function shortestPaths(
  adjacent: Map<string, string[]>,
  start: string,
): { distance: Map<string, number>; count: Map<string, number> } {
  const distance = new Map([[start, 0]]);
  const count = new Map([[start, 1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of adjacent.get(node) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, distance.get(node)! + 1);
        count.set(next, 0);
        queue.push(next);
      }
      if (distance.get(next) === distance.get(node)! + 1)
        count.set(next, count.get(next)! + count.get(node)!);
    }
  }
  return { distance, count };
}

export function brokerage(
  ties: readonly DyadTie[],
  a: string,
  b: string,
  threshold = TIE_THRESHOLD,
): Brokerage {
  const adjacent = adjacency(ties, threshold);
  const fromA = shortestPaths(adjacent, a);
  const fromB = shortestPaths(adjacent, b);
  const d = fromA.distance.get(b);
  if (d === undefined) return { a, b, distance: null, paths: 0, brokers: [] };
  const total = fromA.count.get(b)!;
  const brokers: Broker[] = [];
  for (const [node, da] of fromA.distance) {
    if (node === a || node === b) continue;
    const db = fromB.distance.get(node);
    if (db === undefined || da + db !== d) continue;
    brokers.push({ id: node, share: (fromA.count.get(node)! * fromB.count.get(node)!) / total });
  }
  brokers.sort((x, y) => y.share - x.share || (x.id < y.id ? -1 : 1));
  return { a, b, distance: d, paths: total, brokers };
}

/** Map clustering in screen space: who joins whom, and that every point is kept exactly once. */
import { describe, expect, it } from 'vitest';
import { clusterPoints, type ScreenPoint } from '../../web/src/lib/clusters.ts';

const point = (id: string, x: number, y: number, weight = 0): ScreenPoint => ({ id, x, y, weight });

describe('clusterPoints', () => {
  it('groups points within the radius of the heaviest, and leaves distant points alone', () => {
    const clusters = clusterPoints(
      [point('a', 100, 100, 1), point('b', 110, 100, 9), point('c', 100, 115), point('far', 300, 300)],
      20,
    );
    expect(clusters.map((c) => c.members.map((m) => m.id).sort())).toEqual([['a', 'b', 'c'], ['far']]);
    // Drawn at the seed: the heaviest point.
    expect([clusters[0]!.x, clusters[0]!.y]).toEqual([110, 100]);
  });

  it('finds neighbours across grid cells', () => {
    // 19.5 and 20.5 sit in different cells of a 20 px grid but only 1 px apart.
    const clusters = clusterPoints([point('a', 19.5, 5, 1), point('b', 20.5, 5)], 20);
    expect(clusters).toHaveLength(1);
  });

  it('joins the nearest seed when two are in reach', () => {
    const clusters = clusterPoints(
      [point('left', 0, 0, 5), point('right', 30, 0, 4), point('near-right', 22, 0)],
      20,
    );
    const right = clusters.find((c) => c.members[0]!.id === 'right')!;
    expect(right.members.map((m) => m.id)).toEqual(['right', 'near-right']);
  });

  it('keeps every point exactly once, whatever the input order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const points = Array.from({ length: 2000 }, (_, i) =>
      point(`p${i}`, random() * 960, random() * 600, random() * 10),
    );
    const forward = clusterPoints(points, 22);
    const backward = clusterPoints([...points].reverse(), 22);
    const ids = forward.flatMap((c) => c.members.map((m) => m.id)).sort();
    expect(ids).toEqual(points.map((p) => p.id).sort());
    expect(backward.map((c) => c.members.length)).toEqual(forward.map((c) => c.members.length));
    for (const cluster of forward) {
      for (const member of cluster.members) {
        expect(Math.hypot(member.x - cluster.x, member.y - cluster.y)).toBeLessThanOrEqual(22);
      }
    }
  });
});

/**
 * Clustering map points in screen space at the current zoom: greedy by weight (the heaviest
 * point seeds a cluster, every point within `radius` pixels of a seed joins it), with a grid
 * of seeds so each point checks only its neighbouring cells. A group of one stays a point.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** Seeds are taken heaviest first (on the map: deaths); ties by id for a stable result. */
  weight: number;
}

export interface Cluster<P extends ScreenPoint> {
  /** The seed's position, where the cluster is drawn. */
  x: number;
  y: number;
  members: P[];
}

export function clusterPoints<P extends ScreenPoint>(points: readonly P[], radius: number): Cluster<P>[] {
  const ordered = [...points].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const cells = new Map<string, Cluster<P>[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / radius), Math.floor(y / radius)] as const;
  const clusters: Cluster<P>[] = [];
  for (const point of ordered) {
    const [cx, cy] = cellOf(point.x, point.y);
    let home: Cluster<P> | undefined;
    let best = radius * radius;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const cluster of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d2 = (cluster.x - point.x) ** 2 + (cluster.y - point.y) ** 2;
          if (d2 <= best) [home, best] = [cluster, d2];
        }
      }
    }
    if (home !== undefined) {
      home.members.push(point);
      continue;
    }
    const seeded: Cluster<P> = { x: point.x, y: point.y, members: [point] };
    clusters.push(seeded);
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) ?? []), seeded]);
  }
  return clusters;
}

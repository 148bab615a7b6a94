/**
 * A small deterministic force-directed layout (Fruchterman–Reingold): nodes start on a
 * circle, repel each other and are pulled along edges; the result fits a width × height box.
 */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
}

export function forceLayout(
  ids: readonly string[],
  edges: readonly (readonly [string, string])[],
  width: number,
  height: number,
  iterations = 300,
): Map<string, LayoutNode> {
  const n = ids.length;
  const nodes = ids.map((id, i) => ({
    id,
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.flatMap(([a, b]) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined || i === j ? [] : [[i, j] as const];
  });
  const k = Math.sqrt((width * height) / Math.max(n, 1));
  let temperature = width / 8;
  for (let step = 0; step < iterations; step++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const x = a.x - b.x || 0.01;
        const y = a.y - b.y || 0.01;
        const d2 = x * x + y * y;
        const force = (k * k) / d2;
        dx[i]! += x * force;
        dy[i]! += y * force;
        dx[j]! -= x * force;
        dy[j]! -= y * force;
      }
    }
    for (const [i, j] of links) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const x = a.x - b.x;
      const y = a.y - b.y;
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const force = d / k;
      dx[i]! -= x * force;
      dy[i]! -= y * force;
      dx[j]! += x * force;
      dy[j]! += y * force;
    }
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      // A weak pull to the centre keeps unconnected nodes in view.
      dx[i]! += (width / 2 - node.x) * 0.05;
      dy[i]! += (height / 2 - node.y) * 0.05;
      const length = Math.sqrt(dx[i]! ** 2 + dy[i]! ** 2) || 1;
      node.x += (dx[i]! / length) * Math.min(length, temperature);
      node.y += (dy[i]! / length) * Math.min(length, temperature);
    }
    temperature *= 0.98;
  }
  return fitToBox(nodes, width, height);
}

function fitToBox(nodes: LayoutNode[], width: number, height: number): Map<string, LayoutNode> {
  // Labels run to the right of their node: leave room for them.
  const [left, right, vertical] = [30, 190, 30];
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - left - right) / Math.max(maxX - minX, 1);
  const sy = (height - 2 * vertical) / Math.max(maxY - minY, 1);
  return new Map(
    nodes.map((node) => [
      node.id,
      { id: node.id, x: left + (node.x - minX) * sx, y: vertical + (node.y - minY) * sy },
    ]),
  );
}

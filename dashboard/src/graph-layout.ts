// A deterministic force-directed layout (Fruchterman–Reingold with a pull to the centre) for the actor network, so the
// graph is laid out once, fits its box, and looks the same on every load.

export interface LayoutEdge {
  a: string;
  b: string;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Positions for `ids` inside the box `width` × `height` (every node within it), linked nodes near each other.
 * Nodes start on a circle in the order given, so the same graph always gets the same picture.
 * @example forceLayout(['AZE', 'RUS', 'ARM'], [{ a: 'AZE', b: 'RUS' }], 800, 500).get('AZE') // { x: …, y: … }
 */
export function forceLayout(ids: readonly string[], edges: readonly LayoutEdge[], width: number, height: number, iterations = 300): Map<string, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const pos = ids.map((_, i) => ({ x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / n), y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / n) }));
  const links = edges.map((e) => [index.get(e.a), index.get(e.b)]).filter((l): l is [number, number] => l[0] !== undefined && l[1] !== undefined && l[0] !== l[1]);
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.75;
  // Strong enough that the repulsion of all other nodes is balanced well inside the box.
  const gravity = (n * k * k) / (Math.min(width, height) / 2) ** 2 / 2;
  for (let it = 0; it < iterations && n > 1; it++) {
    const temp = (Math.min(width, height) / 8) * (1 - it / iterations);
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i]!.x - pos[j]!.x || 0.01;
        const dy = pos[i]!.y - pos[j]!.y;
        const d2 = Math.max(dx * dx + dy * dy, 0.01);
        const f = (k * k) / d2;
        disp[i]!.x += dx * f; disp[i]!.y += dy * f;
        disp[j]!.x -= dx * f; disp[j]!.y -= dy * f;
      }
    }
    for (const [i, j] of links) {
      const dx = pos[i]!.x - pos[j]!.x;
      const dy = pos[i]!.y - pos[j]!.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      disp[i]!.x -= dx * f; disp[i]!.y -= dy * f;
      disp[j]!.x += dx * f; disp[j]!.y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // The pull to the centre keeps unlinked actors from drifting to the edges.
      const p = pos[i]!;
      const dv = disp[i]!;
      dv.x += (width / 2 - p.x) * gravity;
      dv.y += (height / 2 - p.y) * gravity;
      const len = Math.sqrt(dv.x * dv.x + dv.y * dv.y) || 1;
      p.x += (dv.x / len) * Math.min(len, temp);
      p.y += (dv.y / len) * Math.min(len, temp);
    }
  }
  const fitted = fit(pos, width, height);
  return new Map(ids.map((id, i) => [id, fitted[i]!]));
}

/**
 * Stretch the positions to fill the box exactly. The layout ran in the box's proportions, so the stretch is slight, and
 * a drawing area of the same proportions then maps it with one scale for both axes (circles stay round).
 */
function fit(pos: Point[], width: number, height: number): Point[] {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return pos.map((p) => ({
    x: x1 > x0 ? ((p.x - x0) / (x1 - x0)) * width : width / 2,
    y: y1 > y0 ? ((p.y - y0) / (y1 - y0)) * height : height / 2,
  }));
}

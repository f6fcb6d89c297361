// The network page's layout (dashboard/src/graph-layout.ts): every actor inside the box, linked actors near each
// other, and the same picture on every load.
import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../dashboard/src/graph-layout.ts';

const IDS = ['AZE', 'RUS', 'USA', 'ARM', 'CHN', 'IND', 'PAK', 'UKR', 'KAZ', 'IGO', 'UNK', 'SWE', 'IRN'];
const EDGES = [['AZE', 'RUS'], ['USA', 'CHN'], ['IND', 'PAK'], ['AZE', 'ARM'], ['ARM', 'USA'], ['AZE', 'UKR'], ['KAZ', 'RUS'], ['AZE', 'IGO'],
  ['RUS', 'UNK'], ['UNK', 'IND'], ['SWE', 'IRN']].map(([a, b]) => ({ a: a!, b: b! }));
const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('forceLayout', () => {
  it.each([[900, 560], [320, 420], [1200, 300]])('keeps every actor inside a %d × %d box and uses all of it', (width, height) => {
    const at = forceLayout(IDS, EDGES, width, height);
    expect([...at.keys()]).toEqual(IDS);
    for (const p of at.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(height);
    }
    const xs = [...at.values()].map((p) => p.x);
    const ys = [...at.values()].map((p) => p.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(width);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(height);
  });

  it('puts linked actors closer together than unlinked ones, on average', () => {
    const at = forceLayout(IDS, EDGES, 900, 560);
    const linked = new Set(EDGES.map((e) => `${e.a}|${e.b}`));
    const pairs = IDS.flatMap((a, i) => IDS.slice(i + 1).map((b) => ({ a, b, d: dist(at.get(a)!, at.get(b)!), linked: linked.has(`${a}|${b}`) || linked.has(`${b}|${a}`) })));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(pairs.filter((p) => p.linked).map((p) => p.d))).toBeLessThan(mean(pairs.filter((p) => !p.linked).map((p) => p.d)) * 0.7);
  });

  it('gives the same positions every time, and centres a lone actor', () => {
    expect(forceLayout(IDS, EDGES, 900, 560)).toEqual(forceLayout(IDS, EDGES, 900, 560));
    expect(forceLayout(['AZE'], [], 800, 400).get('AZE')).toEqual({ x: 400, y: 200 });
  });
});

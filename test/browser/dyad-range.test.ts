// The dyad page's default window (dashboard/src/range.ts): trims a lone old event and long empty stretches, keeps short gaps.
import { describe, expect, it } from 'vitest';
import { recentWindow } from '../../dashboard/src/range.ts';

const series = (counts: number[]) => counts.map((total) => ({ total }));
const zeros = (n: number) => Array<number>(n).fill(0);

describe('recentWindow', () => {
  it.each([
    ['a lone old event before years of nothing', [1, ...zeros(60), 2, 0, 3, 1], 61, 1],
    ['gaps of up to six empty periods stay inside the window', [4, ...zeros(6), 2, ...zeros(5), 1], 0, 0],
    ['a gap of seven empty periods splits', [4, 1, ...zeros(7), 2, 3], 9, 5],
    ['only the last of several long gaps counts', [1, ...zeros(10), 2, ...zeros(8), 5], 20, 3],
    ['continuous activity is shown whole', [1, 2, 3], 0, 0],
    ['no periods', [], 0, 0],
  ])('%s', (_name, counts, start, hiddenEvents) => {
    const w = recentWindow(series(counts));
    expect(w.start).toBe(start);
    expect(w.hiddenPeriods).toBe(start);
    expect(w.hiddenEvents).toBe(hiddenEvents);
  });
});

import { describe, expect, it } from 'vitest';
import { dyadSeries } from './dyad-series.ts';
import { ev } from './event-fixture.ts';
import { dyadBaseline, tension } from './tension.ts';

const monthly = (events: Parameters<typeof dyadSeries>[0]) => dyadSeries(events, 'AZE', 'RUS', { by: 'month' });

describe('tension', () => {
  it('shrinks each period toward the dyad baseline and smooths, an empty month drifting to the baseline', () => {
    const points = tension(monthly([ev(1, '2025-01-10', 'AZE>RUS', '036', 4), ev(2, '2025-03-05', 'RUS>AZE', '173', -5)]));
    // baseline (5 + 10·0.5) / (9 + 10) = 0.526
    expect(points.map((p) => p.tension)).toEqual([45.1, 48.9, 58.6]);
    expect(points.map((p) => p.share)).toEqual([0, null, 1]);
    expect(points[1]!.shrunk).toBe(0.526);
    expect(points[2]).toMatchObject({ baseline: 52.6, delta: 6 });
  });

  it('does not give 100 for a single conflict event', () => {
    const [p] = tension(monthly([ev(1, '2025-02-01', 'RUS>AZE', '173', -5)]));
    expect(p!.tension).toBe(72.2);
    expect(p!.share).toBe(1);
  });

  it('gives the raw share without shrinkage or smoothing', () => {
    const [p] = tension(monthly([ev(1, '2025-02-01', 'RUS>AZE', '173', -5), ev(2, '2025-02-02', 'AZE>RUS', '036', 4)]), {
      strength: 0,
      alpha: 1,
    });
    expect(p!.tension).toBe(55.6);
  });

  it('stays near 0 for an all-cooperative dyad', () => {
    const events = Array.from({ length: 18 }, (_, i) => ev(i + 1, `2025-0${1 + (i % 6)}-1${i % 3}`, 'AZE>RUS', '057', 5));
    const points = tension(monthly(events));
    // baseline 5 / (90 + 10) = 0.05; each month (0 + 10·0.05) / (15 + 10) = 0.02, smoothed from 0.05
    expect(points.map((p) => p.tension)).toEqual([3.5, 2.8, 2.4, 2.2, 2.1, 2]);
    expect(Math.max(...points.map((p) => p.tension))).toBeLessThan(5);
  });

  it('weighs material conflict more than verbal conflict', () => {
    const coop = ev(1, '2025-02-01', 'AZE>RUS', '036', 4);
    const verbal = tension(monthly([coop, ev(2, '2025-02-02', 'RUS>AZE', '111', -2)]), { alpha: 1, strength: 0 });
    const material = tension(monthly([coop, ev(2, '2025-02-02', 'RUS>AZE', '190', -10)]), { alpha: 1, strength: 0 });
    expect([verbal[0]!.tension, material[0]!.tension]).toEqual([33.3, 71.4]);
  });

  it('uses the prior as baseline for an empty series and honours an override', () => {
    expect(dyadBaseline([])).toBe(0.5);
    expect(dyadBaseline([], { prior: 0.2 })).toBe(0.2);
    const [p] = tension(monthly([ev(1, '2025-02-01', 'RUS>AZE', '173', -5)]), { baseline: 0.1 });
    expect(p!.baseline).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { dyadSeries } from './dyad-series.ts';
import { ev } from './event-fixture.ts';

const events = [
  ev(1, '2025-01-10', 'AZE>RUS', '036', 4),
  ev(2, '2025-01-20', 'RUS>AZE', '111', -2, { article_id: 'a1' }),
  ev(3, '2025-03-05', 'RUS>AZE', '173', -5),
  ev(4, '2025-03-06', 'RUS>AZE', '190', -10, { negated: true }),
  ev(5, '2025-03-07', 'AZE>ARM', '111', -2),
  ev(6, '2025-03', 'AZE>RUS', '161', -4),
  ev(7, null, 'AZE>RUS', '042', 1.9, { published: '2025-03-20' }),
];

describe('dyadSeries', () => {
  const series = dyadSeries(events, 'AZE', 'RUS', { by: 'month' });

  it('has every month in range, the empty one with zero counts and a null mean', () => {
    expect(series.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(series[1]).toMatchObject({ total: 0, q1: 0, q3: 0, goldsteinSum: 0, goldsteinMean: null, articles: 0, eventIds: [] });
  });

  it('counts QuadClasses, Goldstein and distinct articles', () => {
    expect(series[0]).toMatchObject({ q1: 1, q3: 1, total: 2, goldsteinSum: 2, goldsteinMean: 1, articles: 1 });
    expect(series[0]!.conflictWeight).toBe(2);
    expect(series[0]!.cooperationWeight).toBe(4);
  });

  it('leaves out negated events and other dyads, keeps a month-only date and an undated event at its publication', () => {
    expect(series[2]!.eventIds).toEqual([3, 6, 7]);
    expect(series[2]).toMatchObject({ q1: 1, q3: 0, q4: 2, total: 3, goldsteinSum: -7.1, articles: 3 });
  });

  it('ranks driving events, most conflictual first', () => {
    expect(series[2]!.topConflict).toEqual([3, 6]);
    expect(series[2]!.topCooperation).toEqual([7]);
  });

  it('lists each happening once among the driving events, counting every report', () => {
    const reports = [
      ev(1, '2025-06-27', 'RUS>AZE', '173', -5),
      ev(2, '2025-06-27', 'RUS>AZE', '173', -5, { article_id: 'other' }),
      ev(3, '2025-06-28', 'RUS>AZE', '180', -9, { cluster_id: 4 }),
      ev(4, '2025-06-29', 'RUS>AZE', '181', -9, { cluster_id: 4 }),
      ev(5, '2025-06-30', 'AZE>RUS', '161', -4),
    ];
    const [p] = dyadSeries(reports, 'AZE', 'RUS', { by: 'month' });
    expect(p!.total).toBe(5);
    expect(p!.topConflict).toEqual([3, 1, 5]);
  });

  it('drops a month-only date from a week series', () => {
    const weeks = dyadSeries(events, 'AZE', 'RUS', { by: 'week', from: '2025-03-01', to: '2025-03-31' });
    expect(weeks.flatMap((p) => p.eventIds)).toEqual([3, 7]);
    expect(weeks.map((p) => p.period)).toEqual(['2025-W09', '2025-W10', '2025-W11', '2025-W12', '2025-W13', '2025-W14']);
  });

  it('follows one direction only when directed', () => {
    const directed = dyadSeries(events, 'RUS', 'AZE', { by: 'month', directed: true });
    expect(directed.flatMap((p) => p.eventIds)).toEqual([2, 3]);
  });

  it('gives one point for a single event', () => {
    const one = dyadSeries([ev(9, '2025-05-02', 'TUR>AZE', '057', 8)], 'AZE', 'TUR', { by: 'day' });
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ period: '2025-05-02', q1: 1, total: 1, goldsteinMean: 8 });
  });

  it('is empty with no events and no range, and all zero with a range', () => {
    expect(dyadSeries([], 'AZE', 'RUS', { by: 'month' })).toEqual([]);
    const quiet = dyadSeries([], 'AZE', 'RUS', { by: 'day', from: '2025-01-01', to: '2025-01-03' });
    expect(quiet.map((p) => p.total)).toEqual([0, 0, 0]);
  });
});

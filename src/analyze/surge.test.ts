import { describe, expect, it } from 'vitest';
import { dyadSeries } from './dyad-series.ts';
import { ev } from './event-fixture.ts';
import type { AnalysisEvent } from './events.ts';
import { surge } from './surge.ts';
import { tension } from './tension.ts';

const monthly = (events: AnalysisEvent[]) => dyadSeries(events, 'AZE', 'RUS', { by: 'month' });
let id = 0;
/** `n` events of one code on the 10th of a month. */
const month = (m: string, n: number, cameo: string, goldstein: number, dyad = 'RUS>AZE') =>
  Array.from({ length: n }, () => ev(++id, `${m}-10`, dyad, cameo, goldstein));
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `2025-${String(from + i).padStart(2, '0')}`);

describe('surge', () => {
  it('stays near 0 through calm months and jumps in a month of raids', () => {
    const points = surge(monthly([...month('2025-01', 1, '036', 4), ...month('2025-06', 4, '180', -9)]));
    expect(points.map((p) => p.surge)).toEqual([null, 0.8, 0.4, 0, 0, 7.2]);
    expect(points[5]).toMatchObject({ hostility: 36, hostilityBaseline: 0 });
  });

  it('moves for a dyad that is always mostly conflictual, where the tension share barely does', () => {
    // A year of monthly rebukes, then a month of clashes and arrests.
    const quarrels = months(1, 11).flatMap((m) => month(m, 2, '111', -2));
    const series = monthly([...quarrels, ...month('2025-12', 6, '173', -5), ...month('2025-12', 3, '190', -10)]);
    const [before, crisis] = [tension(series)[10]!, tension(series)[11]!];
    expect(crisis.tension - before.tension).toBeLessThan(10);
    const points = surge(series);
    expect(points.slice(1, 11).every((p) => p.surge === 0)).toBe(true);
    expect(points[11]).toMatchObject({ hostility: 60, hostilityBaseline: 4, surge: 11.2 });
  });

  it('keeps a second crisis month high: one crisis month does not become the baseline', () => {
    const events = [...months(1, 6).flatMap((m) => month(m, 1, '111', -2)), ...month('2025-07', 5, '180', -9), ...month('2025-08', 4, '180', -9)];
    const points = surge(monthly(events));
    expect(points[6]!.surge).toBeGreaterThan(5);
    expect(points[7]!.surge).toBeGreaterThan(5);
  });

  it('goes below 0 when cooperation replaces the usual conflict', () => {
    const events = [...months(1, 6).flatMap((m) => month(m, 2, '173', -5)), ...month('2025-07', 3, '057', 8, 'AZE>RUS')];
    const points = surge(monthly(events));
    expect(points[6]!.hostility).toBe(-24);
    expect(points[6]!.surge).toBeLessThan(-5);
  });

  it('looks back only `window` periods', () => {
    // Half a year of fighting, a quiet quarter, then fighting again.
    const events = [...months(1, 6).flatMap((m) => month(m, 10, '190', -10)), ...month('2025-10', 10, '190', -10)];
    const series = monthly(events);
    expect(surge(series, { window: 3 })[9]).toMatchObject({ hostilityBaseline: 0, surge: 20 });
    expect(surge(series, { window: 12 })[9]).toMatchObject({ hostilityBaseline: 100, surge: 0 });
  });

  it('counts a spread of at least minSpread, so one rebuke after silence is no crisis', () => {
    const events = [...month('2025-01', 1, '036', 4), ...month('2025-04', 1, '111', -2)];
    expect(surge(monthly(events)).map((p) => p.surge)).toEqual([null, 0.8, 0.4, 0.4]);
    expect(surge(monthly(events), { minSpread: 1 })[3]!.surge).toBe(2);
  });
});

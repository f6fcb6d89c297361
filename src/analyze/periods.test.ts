import { describe, expect, it } from 'vitest';
import { boundDay, dateSpan, daysBetween, periodBounds, periodOf, periodRange } from './periods.ts';

describe('periodOf', () => {
  it.each([
    ['2025-06-27', 'day', '2025-06-27'],
    ['2025-06-27', 'week', '2025-W26'],
    ['2025-06-27', 'month', '2025-06'],
    ['2024-12-30', 'week', '2025-W01'],
    ['2021-01-03', 'week', '2020-W53'],
    ['2025-W27', 'week', '2025-W27'],
    ['2025-W27', 'month', '2025-07'],
    ['2025-W27', 'day', null],
    ['2025-07', 'month', '2025-07'],
    ['2025-07', 'week', null],
    ['2025-07', 'day', null],
    ['2025', 'month', null],
    ['2025-SU', 'month', null],
    ['2025-02-30', 'day', null],
    [null, 'month', null],
  ] as const)('places %s in a %s series at %s', (date, unit, expected) => {
    expect(periodOf(date, unit)).toBe(expected);
  });
});

describe('period ranges', () => {
  it('gives month bounds including leap February', () => {
    expect(periodBounds('2024-02', 'month')).toEqual({ key: '2024-02', start: '2024-02-01', end: '2024-02-29' });
  });
  it('gives ISO week bounds across a year end', () => {
    expect(periodBounds('2025-W01', 'week')).toEqual({ key: '2025-W01', start: '2024-12-30', end: '2025-01-05' });
  });
  it('lists every month in range, across a year', () => {
    expect(periodRange('2024-11-15', '2025-02-02', 'month').map((p) => p.key)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
  it('lists weeks across a year end', () => {
    expect(periodRange('2024-12-20', '2025-01-07', 'week').map((p) => p.key)).toEqual(['2024-W51', '2024-W52', '2025-W01', '2025-W02']);
  });
  it('is empty when the range is reversed', () => {
    expect(periodRange('2025-03-01', '2025-02-01', 'day')).toEqual([]);
  });
  it('widens coarse bounds to whole days', () => {
    expect([boundDay('2025-02', 'end'), boundDay('2025', 'start')]).toEqual(['2025-02-28', '2025-01-01']);
    expect(() => boundDay('July', 'start')).toThrow(/expected YYYY/);
  });
  it('counts days and spans', () => {
    expect(daysBetween('2025-06-27', '2025-07-03')).toBe(6);
    expect(daysBetween('2025-06', '2025-07-03')).toBeNull();
    expect(dateSpan('2025-07')).toEqual({ start: '2025-07-01', end: '2025-07-31' });
    expect(dateSpan('199X')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDay, gregorianToHijri, hijriToGregorian, isoWeek, nearestYear, resolveSeason, resolveWeekday } from './calendar.ts';

describe('calendar arithmetic', () => {
  it('converts Hijri dates with the tabular calendar, both ways', () => {
    expect(formatDay(hijriToGregorian(1446, 9, 1))).toBe('2025-03-01');
    expect(formatDay(hijriToGregorian(1445, 10, 1))).toBe('2024-04-10');
    expect(gregorianToHijri({ y: 2025, m: 3, d: 1 })).toEqual({ y: 1446, m: 9, d: 1 });
  });

  it('gives ISO weeks across year boundaries', () => {
    expect(isoWeek({ y: 2025, m: 9, d: 8 })).toBe('2025-W37');
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toBe('2020-W53');
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toBe('2025-W01');
  });

  it('resolves weekdays on or before, strictly before and strictly after a reference day', () => {
    const thursday = { y: 2023, m: 8, d: 31 };
    expect(formatDay(resolveWeekday(thursday, 4, null))).toBe('2023-08-31');
    expect(formatDay(resolveWeekday(thursday, 4, -1))).toBe('2023-08-24');
    expect(formatDay(resolveWeekday(thursday, 1, null))).toBe('2023-08-28');
    expect(formatDay(resolveWeekday(thursday, 1, 1))).toBe('2023-09-04');
  });

  it('resolves seasons, winter counting in the year of its December', () => {
    expect(resolveSeason({ y: 2025, m: 7, d: 25 }, 'FA', 1)).toBe('2025-FA');
    expect(resolveSeason({ y: 2025, m: 7, d: 25 }, 'SU', 1)).toBe('2026-SU');
    expect(resolveSeason({ y: 2025, m: 7, d: 25 }, 'WI', -1)).toBe('2024-WI');
    expect(resolveSeason({ y: 2025, m: 1, d: 10 }, 'WI', 0)).toBe('2024-WI');
  });

  it('puts a month named without a year at its nearest occurrence', () => {
    expect(nearestYear({ y: 2025, m: 1, d: 5 }, 12)).toBe(2024);
    expect(nearestYear({ y: 2025, m: 12, d: 5 }, 1)).toBe(2026);
    expect(nearestYear({ y: 2025, m: 7, d: 5 }, 6)).toBe(2025);
  });
});

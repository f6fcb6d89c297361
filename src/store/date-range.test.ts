// Day ranges of every date value form the pipeline produces.
import { describe, expect, it } from 'vitest';
import { dateRange, isCalendarDate } from './date-range.ts';

describe('dateRange', () => {
  const cases: [string | null, [string, string] | null][] = [
    ['2025-07-20', ['2025-07-20', '2025-07-20']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025-W01', ['2024-12-30', '2025-01-05']],
    ['2025-W37', ['2025-09-08', '2025-09-14']],
    ['2025-SU', ['2025-06-01', '2025-08-31']],
    ['2025-WI', ['2024-12-01', '2025-02-28']],
    ['2025', ['2025-01-01', '2025-12-31']],
    ['199X', ['1990-01-01', '1999-12-31']],
    ['2025-02-30', null],
    ['2025-13', null],
    ['next week', null],
    [null, null],
  ];
  for (const [value, want] of cases) {
    it(`reads ${value} as ${want ? want.join('..') : 'no range'}`, () => {
      expect(dateRange(value)).toEqual(want ? { start: want[0], end: want[1] } : null);
    });
  }
});

describe('isCalendarDate', () => {
  const cases: [string, boolean][] = [
    ['2025-07-20', true], ['2024-02-29', true], ['2025-02', true], ['2025', true],
    ['2025-02-29', false], ['2025-02-30', false], ['2025-13', false], ['2025-00-10', false], ['2025-04-31', false],
    ['0000', false], ['0000-01-01', false], ['0000-06', false], ['2025-7-1', false], ['2025-W01', false], ['', false],
  ];
  it.each(cases)('%s → %s', (value, want) => expect(isCalendarDate(value)).toBe(want));
});

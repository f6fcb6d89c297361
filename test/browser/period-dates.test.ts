// Dates and series periods in words (dashboard/src/dates.ts): ISO weeks read as the days they span, in both languages.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../dashboard/src/dates.ts';

describe('formatDate', () => {
  it.each([
    ['2025-W26', 'en', /^Jun 23\s?–\s?29, 2025$/],
    ['2025-W27', 'en', /^Jun 30\s?–\s?Jul 6, 2025$/],
    ['2025-W01', 'en', /^Dec 30, 2024\s?–\s?Jan 5, 2025$/],
    ['2026-W53', 'en', /^Dec 28, 2026\s?–\s?Jan 3, 2027$/],
    ['2025-W26', 'ar', /^(23|٢٣)\s?–\s?(29|٢٩) يونيو (2025|٢٠٢٥)$/],
    ['2025-07', 'en', /^Jul 2025$/],
    ['2025-07', 'ar', /^يوليو (2025|٢٠٢٥)$/],
    ['2025-07-05', 'en', /^Jul 5, 2025$/],
  ])('%s in %s reads %s', (value, locale, expected) => {
    expect(formatDate(value, locale)).toMatch(expected);
  });

  it('leaves forms it does not know as given, and shows a dash for no date', () => {
    expect(formatDate('spring 2025', 'en')).toBe('spring 2025');
    expect(formatDate(null, 'en')).toBe('—');
  });
});

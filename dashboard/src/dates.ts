// Dates and periods in words for a locale: days, months, and ISO weeks as the dates they span (never "2025-W26").

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/** Monday of ISO week `week` of ISO year `year` (the week holding January 4th is week 1), in UTC ms. */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Dow * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/**
 * An event date or a series period in the locale's words; other forms (seasons, years) are returned as given.
 * @example formatDate('2025-W26', 'en') // 'Jun 23 – 29, 2025'
 * @example formatDate('2025-07', 'ar') // 'يوليو ٢٠٢٥'
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const utc = { timeZone: 'UTC' } as const;
  if (DAY.test(value)) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...utc }).format(new Date(`${value}T00:00:00Z`));
  }
  if (MONTH.test(value)) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', ...utc }).format(new Date(`${value}-01T00:00:00Z`));
  }
  const week = WEEK.exec(value);
  if (week) {
    const monday = isoWeekMonday(Number(week[1]), Number(week[2]));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', ...utc }).formatRange(monday, monday + 6 * DAY_MS);
  }
  return value;
}

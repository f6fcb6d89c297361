// The first and last day a normalized date value covers (2025-07-20, 2025-W37, 2025-07, 2025-FA, 2025, 199X).

export interface DayRange {
  start: string;
  end: string;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const lastOfMonth = (y: number, m: number): Date => utc(y, m + 1, 0);

/** Seasons as months (northern hemisphere); winter is the one that ends in the given year. */
const SEASONS: Record<string, [number, number, number]> = {
  SP: [0, 3, 5],
  SU: [0, 6, 8],
  FA: [0, 9, 11],
  WI: [-1, 12, 2],
};

function validDay(y: number, m: number, d: number): boolean {
  const t = utc(y, m, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Whether `value` is a day, month or year (YYYY-MM-DD, YYYY-MM or YYYY) that exists and that PostgreSQL takes:
 * no February 30, no year 0000. Years before 100 are refused too (Date.UTC reads them as 19xx; no news is
 * that old). Query bounds, publication dates and date flags are checked with it before they reach the store.
 * @example isCalendarDate('2025-02-30') // false
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  return m !== null && validDay(Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1));
}

/**
 * Day range of a date value, or null when it is null or not one of the known forms.
 * @example dateRange('2025-W01') // { start: '2024-12-30', end: '2025-01-05' }
 */
export function dateRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    return { start: value, end: value };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > 53) return null;
    const jan4 = utc(y, 1, 4);
    const monday = utc(y, 1, 4 - ((jan4.getUTCDay() + 6) % 7) + (w - 1) * 7);
    return { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { start: iso(utc(y, mo, 1)), end: iso(lastOfMonth(y, mo)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [dy, from, to] = SEASONS[m[2]!]!;
    return { start: iso(utc(y + dy, from, 1)), end: iso(lastOfMonth(y, to)) };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{3})X$/.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return null;
}

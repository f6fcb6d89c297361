// Calendar periods (day, ISO week, month) for time series: keys, bounds, ranges, and placing coarse dates.
import { InputError } from '../errors.ts';

export type PeriodUnit = 'day' | 'week' | 'month';

export interface Period {
  /** 2025-07-20 (day), 2025-W29 (ISO week), 2025-07 (month). */
  key: string;
  /** First and last day of the period, YYYY-MM-DD. */
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dayMs(date: string): number | null {
  const m = DAY_RE.exec(date);
  if (!m) return null;
  const ms = utc(+m[1]!, +m[2]!, +m[3]!);
  return iso(ms) === date ? ms : null;
}

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = utc(year, 1, 4);
  const jan4Dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Dow * DAY_MS + (week - 1) * 7 * DAY_MS;
}

/** ISO week key of a day, e.g. 2024-12-30 → 2025-W01. */
function isoWeekKey(ms: number): string {
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - dow) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - utc(year, 1, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${pad(week)}`;
}

function periodOfDay(ms: number, unit: PeriodUnit): string {
  if (unit === 'day') return iso(ms);
  if (unit === 'week') return isoWeekKey(ms);
  return iso(ms).slice(0, 7);
}

/**
 * The period an event date falls in, or null when the date is too coarse for `unit`
 * (a month-only date in a day or week series, a year or season in any series) or unreadable.
 * A week in a month series goes to the month holding its Thursday (the ISO rule).
 * @example periodOf('2025-06-27', 'week') // '2025-W26'
 */
export function periodOf(date: string | null | undefined, unit: PeriodUnit): string | null {
  if (!date) return null;
  const day = dayMs(date);
  if (day !== null) return periodOfDay(day, unit);
  const week = WEEK_RE.exec(date);
  if (week) {
    if (unit === 'day') return null;
    const monday = isoWeekMonday(+week[1]!, +week[2]!);
    return unit === 'week' ? isoWeekKey(monday) : iso(monday + 3 * DAY_MS).slice(0, 7);
  }
  const month = MONTH_RE.exec(date);
  if (month && +month[2]! >= 1 && +month[2]! <= 12) return unit === 'month' ? date : null;
  return null;
}

/** First and last day of a period key of the given unit. */
export function periodBounds(key: string, unit: PeriodUnit): Period {
  if (unit === 'day') {
    if (dayMs(key) === null) throw new InputError('period', `expected YYYY-MM-DD, found "${key}"`);
    return { key, start: key, end: key };
  }
  if (unit === 'week') {
    const m = WEEK_RE.exec(key);
    if (!m) throw new InputError('period', `expected YYYY-Www, found "${key}"`);
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return { key, start: iso(monday), end: iso(monday + 6 * DAY_MS) };
  }
  const m = MONTH_RE.exec(key);
  if (!m) throw new InputError('period', `expected YYYY-MM, found "${key}"`);
  const first = utc(+m[1]!, +m[2]!, 1);
  const next = utc(+m[1]!, +m[2]! + 1, 1);
  return { key, start: iso(first), end: iso(next - DAY_MS) };
}

function nextPeriod(period: Period, unit: PeriodUnit): Period {
  const after = dayMs(period.end)! + DAY_MS;
  return periodBounds(periodOfDay(after, unit), unit);
}

/**
 * The first (edge 'start') or last (edge 'end') day a user bound YYYY, YYYY-MM or YYYY-MM-DD covers.
 * @example boundDay('2025-02', 'end') // '2025-02-28'
 */
export function boundDay(value: string, edge: 'start' | 'end'): string {
  if (dayMs(value) !== null) return value;
  const month = MONTH_RE.exec(value);
  if (month) return periodBounds(value, 'month')[edge];
  if (YEAR_RE.test(value)) return edge === 'start' ? `${value}-01-01` : `${value}-12-31`;
  throw new InputError('date', `expected YYYY, YYYY-MM or YYYY-MM-DD, found "${value}"`);
}

/** Every period from the one holding day `from` to the one holding day `to`, inclusive. */
export function periodRange(from: string, to: string, unit: PeriodUnit): Period[] {
  const first = dayMs(boundDay(from, 'start'))!;
  const last = dayMs(boundDay(to, 'end'))!;
  if (first > last) return [];
  const out: Period[] = [];
  let p = periodBounds(periodOfDay(first, unit), unit);
  const lastKey = periodOfDay(last, unit);
  for (;;) {
    out.push(p);
    if (p.key === lastKey) break;
    p = nextPeriod(p, unit);
  }
  return out;
}

/** Whole days from `a` to `b` (YYYY-MM-DD), or null when either is not a day date. */
export function daysBetween(a: string, b: string): number | null {
  const x = dayMs(a);
  const y = dayMs(b);
  return x === null || y === null ? null : Math.round((y - x) / DAY_MS);
}

/** Whether a date string names a single day. */
export function isDay(date: string | null | undefined): date is string {
  return !!date && dayMs(date) !== null;
}

/**
 * The days a date value of any granularity covers: day, ISO week, month, year; null for seasons,
 * decades and unreadable values.
 * @example dateSpan('2025-W01') // { start: '2024-12-30', end: '2025-01-05' }
 */
export function dateSpan(date: string | null | undefined): { start: string; end: string } | null {
  if (!date) return null;
  if (dayMs(date) !== null) return { start: date, end: date };
  if (WEEK_RE.test(date)) return periodBounds(date, 'week');
  if (MONTH_RE.test(date) || YEAR_RE.test(date)) return { start: boundDay(date, 'start'), end: boundDay(date, 'end') };
  return null;
}

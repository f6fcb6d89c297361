// Calendar arithmetic for date values: day offsets, ISO weeks, seasons, and Hijri ↔ Gregorian (tabular).
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Parse YYYY-MM-DD (null when absent or malformed). */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export function toDays(d: Ymd): number {
  return Math.floor(Date.UTC(d.y, d.m - 1, d.d) / DAY_MS);
}

export function fromDays(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDays(toDays(d) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return (toDays(d) + 4) % 7; // 1970-01-01 was a Thursday
}

export function formatDay(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function formatMonth(y: number, m: number): string {
  const total = y * 12 + (m - 1);
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
}

/** ISO 8601 week value (2025-W37) of a day. */
export function isoWeek(d: Ymd): string {
  const days = toDays(d);
  const thursday = fromDays(days - ((weekday(d) + 6) % 7) + 3);
  const firstDays = toDays({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toDays(thursday) - firstDays) / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

/**
 * The weekday `wd` relative to `ref`: the most recent on or before it (offset null), strictly before (-1), or strictly after (1).
 * @example resolveWeekday({ y: 2025, m: 9, d: 15 }, 6, null) // 2025-09-13
 */
export function resolveWeekday(ref: Ymd, wd: number, offset: number | null): Ymd {
  const back = (weekday(ref) - wd + 7) % 7;
  if (offset === null || offset === 0) return addDays(ref, -back);
  if (offset < 0) return addDays(ref, -(back || 7));
  return addDays(ref, (wd - weekday(ref) + 7) % 7 || 7);
}

/**
 * The weekday `wd` on or after `ref` (a bare weekday read as the coming one).
 * @example resolveWeekdayAhead({ y: 2023, m: 9, d: 25 }, 3) // 2023-09-27
 */
export function resolveWeekdayAhead(ref: Ymd, wd: number): Ymd {
  return addDays(ref, (wd - weekday(ref) + 7) % 7);
}

/**
 * The year of a month named without a year: news looks back, so the month is this year's when it is
 * at most one month ahead of the reference month, else last year's (December read in January is last
 * year's, January read in December next year's).
 */
export function nearestYear(ref: Ymd, month: number): number {
  const diff = month - ref.m;
  if (diff > 1) return ref.y - 1;
  if (diff < -10) return ref.y + 1;
  return ref.y;
}

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';
const SEASONS: SeasonCode[] = ['SP', 'SU', 'FA', 'WI'];

/** Season ordinal (year × 4 + season); winter counts in the year of its December. */
function seasonOrdinal(d: Ymd): number {
  if (d.m <= 2) return (d.y - 1) * 4 + 3;
  return d.y * 4 + Math.min(3, Math.floor((d.m - 3) / 3));
}

/**
 * The season `s` relative to `ref`: this year's (0), the last one before the current season (-1), the next one after it (1).
 * @example resolveSeason({ y: 2025, m: 7, d: 25 }, 'FA', 1) === '2025-FA'
 */
export function resolveSeason(ref: Ymd, s: SeasonCode, offset: number): string {
  const cur = seasonOrdinal(ref);
  const idx = SEASONS.indexOf(s);
  let ord = Math.floor(cur / 4) * 4 + idx;
  if (offset > 0 && ord <= cur) ord += 4;
  if (offset < 0 && ord >= cur) ord -= 4;
  return `${Math.floor(ord / 4)}-${s}`;
}

// Tabular Islamic calendar (civil epoch, 16 July 622 Julian = Julian day 1948439.5).
const ISLAMIC_EPOCH = 1948439.5;
const UNIX_EPOCH_JD = 2440587.5;

function hijriToJd(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1;
}

/**
 * Gregorian day of a Hijri date (tabular algorithm; may differ by a day from sighting-based calendars).
 * @example hijriToGregorian(1446, 9, 1) // { y: 2025, m: 3, d: 1 }
 */
export function hijriToGregorian(y: number, m: number, d: number): Ymd {
  return fromDays(Math.round(hijriToJd(y, m, d) - UNIX_EPOCH_JD));
}

/** Hijri year, month and day of a Gregorian day (tabular algorithm). */
export function gregorianToHijri(g: Ymd): Ymd {
  const jd = toDays(g) + UNIX_EPOCH_JD;
  const y = Math.floor((30 * (jd - ISLAMIC_EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jd - (29 + hijriToJd(y, 1, 1))) / 29.5) + 1);
  const d = Math.round(jd - hijriToJd(y, m, 1) + 1);
  return { y, m, d };
}

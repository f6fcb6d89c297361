// Explicit dates: day–month–year in any order with paired month names and Hijri months, decades and bare years.
import { lightForms } from '../../segment/phrase-match.ts';
import { formatDay, formatMonth, hijriToGregorian, gregorianToHijri, nearestYear, type Ymd } from './calendar.ts';
import { norm, rel, word, type DateContext, type DateHit, type Matcher } from './context.ts';

interface MonthRead {
  end: number;
  month: number;
  calendar: 'gregorian' | 'hijri';
}

/** A month name, with its paired regional name (تموز/يوليو، تموز (يوليو)) and an abbreviation dot. */
function readMonth(c: DateContext, k: number): MonthRead | null {
  const m = word(c, k, c.cal.months);
  if (!m) return null;
  let end = m.end;
  if (norm(c, end) === '.' && /^\d/.test(norm(c, end + 1))) end++;
  const open = norm(c, end);
  if (open === '/' || open === '(' || open === '-') {
    const pair = word(c, end + 1, c.cal.months);
    if (pair && pair.value.month === m.value.month) end = norm(c, pair.end) === ')' ? pair.end + 1 : pair.end;
  }
  return { end, month: m.value.month, calendar: m.value.calendar };
}

function readDay(c: DateContext, k: number): { end: number; day: number } | null {
  const ordinal = word(c, k, c.cal.ordinalDays);
  if (ordinal && c.cal.ordinalLinks.has(norm(c, ordinal.end))) return { end: ordinal.end + 1, day: ordinal.value };
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(norm(c, k));
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? { end: k + 1, day } : null;
}

/** A four-digit year at token k (a comma may lead it), with a Hijri or Gregorian mark after it. */
export function readYear(c: DateContext, k: number, calendar: 'gregorian' | 'hijri'): { end: number; year: number; calendar: 'gregorian' | 'hijri' } | null {
  if (norm(c, k) === ',') k++;
  const t = norm(c, k);
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  let end = k + 1;
  let cal = calendar;
  if (c.cal.hijriYearMarks.has(norm(c, end))) {
    cal = 'hijri';
    end++;
  } else if (c.cal.gregorianYearMarks.has(norm(c, end))) end++;
  const plausible = cal === 'hijri' ? year >= 1300 && year <= 1600 : year >= 1000 && year <= 2200;
  return plausible ? { end, year, calendar: cal } : null;
}

function dayValue(c: DateContext, month: MonthRead, day: number, year: { year: number; calendar: 'gregorian' | 'hijri' } | null): string | null {
  if (month.calendar === 'hijri' || year?.calendar === 'hijri') {
    const hy = year?.year ?? (c.pub ? gregorianToHijri(c.pub).y : null);
    return hy === null ? null : formatDay(hijriToGregorian(hy, month.month, day));
  }
  const y = year?.year ?? (c.pub ? nearestYear(c.pub, month.month) : null);
  return y === null ? null : formatDay({ y, m: month.month, d: day });
}

/** 25 كانون الأول/ديسمبر 2024، the 12th of May, May 7, 2025, أيلول/سبتمبر 2023, أبريل الجاري, in May. */
export function explicitDate(c: DateContext, i: number, afterEdge: boolean): DateHit | null {
  let p = i;
  if (norm(c, p) === 'the') p++;
  const day = readDay(c, p);
  if (day) {
    let k = day.end;
    if (norm(c, k) === 'of') k++;
    const month = readMonth(c, k);
    if (month) {
      const year = readYear(c, month.end, month.calendar);
      const mod = year ? null : word(c, month.end, c.cal.modifiersAfter);
      if (mod && month.calendar === 'gregorian') {
        // الثاني من يونيو الماضي: the month's last or next occurrence.
        return rel(c, mod.end, 'day', (pub) => formatDay({ y: yearWithModifier(pub, month.month, mod.value), m: month.month, d: day.day }));
      }
      return { end: year?.end ?? month.end, granularity: 'day', relative: !year, value: dayValue(c, month, day.day, year) };
    }
  }
  const month = readMonth(c, i);
  if (!month) return null;
  const after = readDay(c, month.end);
  if (after && !/^\d{4}$/.test(norm(c, month.end))) {
    const year = readYear(c, after.end, month.calendar);
    return { end: year?.end ?? after.end, granularity: 'day', relative: !year, value: dayValue(c, month, after.day, year) };
  }
  const year = readYear(c, month.end, month.calendar);
  if (year) {
    if (year.calendar === 'hijri' || month.calendar === 'hijri') return null;
    return { end: year.end, granularity: 'month', relative: false, value: formatMonth(year.year, month.month) };
  }
  if (month.calendar === 'hijri') return null;
  const mod = word(c, month.end, c.cal.modifiersAfter);
  if (mod) {
    return rel(c, mod.end, 'month', (pub) => formatMonth(yearWithModifier(pub, month.month, mod.value), month.month));
  }
  // A bare month name needs a lead (في، منذ, in, since, an edge word): مارس and "may" are also verbs.
  const prev = c.tokens[i - 1];
  const cued = afterEdge || (prev && !prev.punct && lightForms(prev.norm).some((f) => c.cal.yearCues.has(f) || c.cal.units.byFirst.has(f) || (c.cal.durationUnits.byFirst.get(f)?.some((e) => e.value === 'month') ?? false)));
  if (!cued) return null;
  return rel(c, month.end, 'month', (pub) => formatMonth(nearestYear(pub, month.month), month.month));
}

/** The year of a named month with a modifier: الجاري this year, الماضي its last occurrence before, المقبل its next. */
export function yearWithModifier(pub: Ymd, month: number, offset: number): number {
  if (offset === 0) return pub.y;
  if (offset < 0) return month < pub.m ? pub.y : pub.y - 1;
  return month > pub.m ? pub.y : pub.y + 1;
}

/** تسعينيات القرن الماضي، الثمانينيات, the 1990s, the nineties → 199X. */
export const decadeExpr: Matcher = (c, i) => {
  const digits = /^(1[89]|20)(\d)0s$/.exec(norm(c, i));
  if (digits) return { end: i + 1, granularity: 'decade', relative: false, value: `${digits[1]}${digits[2]}X` };
  const d = word(c, i, c.cal.decades);
  if (!d) return null;
  const century = word(c, d.end, c.cal.centuries);
  const base = century?.value === 'current' || d.value === 1 ? '20' : '19';
  return { end: century?.end ?? d.end, granularity: 'decade', relative: false, value: `${base}${d.value === 1 ? 0 : d.value}X` };
};

/** عام 2020، في 2022، بين 1998 و2000، (2020-2022), in 2022: a four-digit year 1900–2100 in a year context. */
export const yearExpr: Matcher = (c, i) => {
  const cue = lightForms(norm(c, i)).some((f) => isYearNoun(c, f));
  const at = cue ? i + 1 : i;
  const y = readYear(c, at, 'gregorian');
  if (y?.calendar === 'hijri') {
    // A Hijri year: the Gregorian year holding its middle (1446 هـ → 2025).
    return { end: y.end, granularity: 'year', relative: false, value: String(hijriToGregorian(y.year, 7, 1).y) };
  }
  if (!y || y.year < 1900 || y.year > 2100) return null;
  const prev = at > 0 ? c.tokens[at - 1] : undefined;
  const next = norm(c, y.end);
  const joins = c.numbers.rangeJoin;
  const inRange = (joins.has(next) && /^\d{4}$/.test(norm(c, y.end + 1))) || (prev && joins.has(prev.norm) && /^\d{4}$/.test(c.tokens[at - 2]?.norm ?? ''));
  // English "the 2022 election": a year after the article.
  const cuedBefore = cue || (prev && !prev.punct && (lightForms(prev.norm).some((f) => c.cal.yearCues.has(f) || c.cal.units.byFirst.has(f)) || (c.lang === 'en' && (prev.norm === 'the' || prev.norm === "'s"))));
  const noNounAfter = y.end >= c.limit || c.tokens[y.end]!.punct || c.numbers.unitStopwords.has(next);
  if (!cuedBefore && !inRange && !noNounAfter) return null;
  return { end: y.end, granularity: 'year', relative: false, value: String(y.year) };
};

/** A year noun that belongs to the span (عام، سنة, year), as opposed to a preposition cue (في، in). */
function isYearNoun(c: DateContext, f: string): boolean {
  return c.cal.durationUnits.byFirst.get(f)?.some((e) => e.value === 'year') ?? (f.startsWith('ال') && (c.cal.durationUnits.byFirst.get(f.slice(2))?.some((e) => e.value === 'year') ?? false));
}


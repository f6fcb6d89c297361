// Date expression patterns over tokens, driven by the language's calendar tables: explicit dates in any
// order, paired month names, weekdays, day words, calendar units and seasons with modifiers, decades, years, "N years ago".
import type { Granularity, Lang, Token } from '../../doc.ts';
import type { CalendarData, NumberData } from '../../../lang/index.ts';
import { lightForms, matchPhrase, type PhraseTable } from '../../segment/phrase-match.ts';
import { readNumber } from '../quantities/numbers.ts';
import { addDays, formatDay, formatMonth, hijriToGregorian, gregorianToHijri, isoWeek, nearestYear, resolveSeason, resolveWeekday, type Ymd } from './calendar.ts';

export interface DateContext {
  tokens: readonly Token[];
  limit: number;
  cal: CalendarData;
  numbers: NumberData;
  lang: Lang;
  /** Publication date; relative expressions resolve to null without it. */
  pub: Ymd | null;
}

export interface DateHit {
  end: number;
  value: string | null;
  granularity: Granularity;
  relative: boolean;
}

type Matcher = (c: DateContext, i: number) => DateHit | null;

const word = <T>(c: DateContext, k: number, table: PhraseTable<T>) => matchPhrase(c.tokens, k, table, c.limit);
const norm = (c: DateContext, k: number) => (k < c.limit ? c.tokens[k]!.norm : '');
const rel = (c: DateContext, end: number, granularity: Granularity, f: (pub: Ymd) => string): DateHit => ({
  end,
  granularity,
  relative: true,
  value: c.pub ? f(c.pub) : null,
});

/**
 * The longest date expression starting at token i (an edge word such as بداية or "late" may lead it).
 * @example matchDate(ctx, 0) // "بداية الشهر الجاري" → { value: '2025-07', granularity: 'month', … }
 */
export function matchDate(c: DateContext, i: number): DateHit | null {
  if (!mayStartDate(c, i)) return null;
  let best = longest(c, i, false);
  const edge = word(c, i, c.cal.edges);
  if (edge) {
    const inner = longest(c, edge.end, true);
    if (inner && (!best || inner.end > best.end)) best = inner;
  }
  return best;
}

const triggerCache = new WeakMap<CalendarData, Set<string>>();

/** First words of every table a date expression can start with (a quick filter before the matchers). */
function triggers(c: DateContext): Set<string> {
  let set = triggerCache.get(c.cal);
  if (!set) {
    const cal = c.cal;
    const n = c.numbers;
    const tables = [cal.edges, cal.dayParts, cal.modifiersBefore, cal.days, cal.weekdays, cal.months, cal.units, cal.seasons, cal.decades, cal.agoBefore, n.qualifiersBefore, n.fractions, n.vague];
    set = new Set<string>([...tables.flatMap((t) => [...t.byFirst.keys()]), ...cal.dayWords, ...cal.yearCues, ...n.cardinals.keys(), ...n.scales.keys(), ...n.dualNouns.keys(), ...n.indefinite, ...n.teenOnes, 'the']);
    triggerCache.set(c.cal, set);
  }
  return set;
}

function mayStartDate(c: DateContext, i: number): boolean {
  const t = c.tokens[i]!.norm;
  if (/^\d/.test(t)) return true;
  const set = triggers(c);
  return lightForms(t).some((f) => set.has(f) || (f.startsWith('ال') && set.has(f.slice(2))));
}

function longest(c: DateContext, i: number, afterEdge: boolean): DateHit | null {
  let best: DateHit | null = null;
  for (const m of MATCHERS) {
    const hit = m === explicitDate ? explicitDate(c, i, afterEdge) : m(c, i);
    if (hit && (!best || hit.end > best.end)) best = hit;
  }
  return best;
}

/** اليوم، أمس /السبت/، فجر اليوم، الأول من أمس الأربعاء, today evening, this afternoon. */
const dayWord: Matcher = (c, i) => {
  let p = i;
  const part = word(c, p, c.cal.dayParts);
  if (part) p = part.end;
  const self = word(c, p, c.cal.modifiersBefore);
  let offset: number | null = null;
  let end = p;
  if (!part && self?.value === 0) {
    // "this afternoon": a day part after "this" is today.
    const after = word(c, self.end, c.cal.dayParts);
    if (after) return rel(c, after.end, 'day', (pub) => formatDay(pub));
  }
  const d = word(c, p, c.cal.days);
  if (!d) return null;
  offset = d.value;
  end = d.end;
  let k = end;
  if (['/', '(', ','].includes(norm(c, k))) k++;
  const wd = word(c, k, c.cal.weekdays);
  if (wd) {
    end = wd.end;
    if (['/', ')'].includes(norm(c, end))) end++;
  }
  const after = word(c, end, c.cal.dayParts);
  if (after) end = after.end;
  return rel(c, end, 'day', (pub) => formatDay(addDays(pub, offset!)));
};

/** الجمعة، يوم السبت الماضي، last Friday, early Friday morning, الخميس الموافق 31 أكتوبر 2024. */
const weekdayExpr: Matcher = (c, i) => {
  let p = i;
  const part = word(c, p, c.cal.dayParts);
  if (part) p = part.end;
  if (lightForms(norm(c, p)).some((f) => c.cal.dayWords.has(f))) p++;
  let offset: number | null = null;
  const before = word(c, p, c.cal.modifiersBefore);
  if (before && word(c, before.end, c.cal.weekdays)) {
    offset = before.value;
    p = before.end;
  }
  const wd = word(c, p, c.cal.weekdays);
  if (!wd) return null;
  let end = wd.end;
  const after = word(c, end, c.cal.modifiersAfter);
  if (after) {
    offset = after.value;
    end = after.end;
  }
  const dp = word(c, end, c.cal.dayParts);
  if (dp) end = dp.end;
  let k = end;
  if (norm(c, k) === ',') k++;
  if (c.cal.dateLinks.has(norm(c, k))) k++;
  const explicit = explicitDate(c, k, false);
  if (explicit?.granularity === 'day') return { ...explicit };
  return rel(c, end, 'day', (pub) => formatDay(resolveWeekday(pub, wd.value, offset)));
};

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

function readYear(c: DateContext, k: number, calendar: 'gregorian' | 'hijri'): { end: number; year: number; calendar: 'gregorian' | 'hijri' } | null {
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
function explicitDate(c: DateContext, i: number, afterEdge: boolean): DateHit | null {
  let p = i;
  if (norm(c, p) === 'the') p++;
  const day = readDay(c, p);
  if (day) {
    let k = day.end;
    if (norm(c, k) === 'of') k++;
    const month = readMonth(c, k);
    if (month) {
      const year = readYear(c, month.end, month.calendar);
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
    return rel(c, mod.end, 'month', (pub) => {
      const y = mod.value === 0 ? pub.y : mod.value < 0 ? (month.month < pub.m ? pub.y : pub.y - 1) : month.month > pub.m ? pub.y : pub.y + 1;
      return formatMonth(y, month.month);
    });
  }
  // A bare month name needs a lead (في، منذ, in, since, an edge word): مارس and "may" are also verbs.
  const prev = c.tokens[i - 1];
  const cued = afterEdge || (prev && !prev.punct && lightForms(prev.norm).some((f) => c.cal.yearCues.has(f) || c.cal.units.byFirst.has(f) || f === 'شهر'));
  if (!cued) return null;
  return rel(c, month.end, 'month', (pub) => formatMonth(nearestYear(pub, month.month), month.month));
}

/** الشهر الماضي، هذا العام، الأسبوع الماضي، last month, this year; seasons: الخريف المقبل, last summer. */
const unitExpr: Matcher = (c, i) => {
  const before = word(c, i, c.cal.modifiersBefore);
  const at = before ? before.end : i;
  const unit = word(c, at, c.cal.units);
  const season = unit ? null : word(c, at, c.cal.seasons);
  if (!unit && !season) return null;
  let end = (unit ?? season)!.end;
  let offset = before?.value ?? null;
  const after = word(c, end, c.cal.modifiersAfter);
  if (after) {
    offset = after.value;
    end = after.end;
  }
  if (offset === null) return null;
  const off = offset;
  if (season) return rel(c, end, 'season', (pub) => resolveSeason(pub, season.value, off));
  switch (unit!.value) {
    case 'week':
      return rel(c, end, 'week', (pub) => isoWeek(addDays(pub, 7 * off)));
    case 'month':
      return rel(c, end, 'month', (pub) => formatMonth(pub.y, pub.m + off));
    case 'year':
      return rel(c, end, 'year', (pub) => String(pub.y + off));
    default:
      return rel(c, end, 'day', (pub) => formatDay(addDays(pub, off)));
  }
};

/** تسعينيات القرن الماضي، الثمانينيات, the 1990s, the nineties → 199X. */
const decadeExpr: Matcher = (c, i) => {
  const digits = /^(1[89]|20)(\d)0s$/.exec(norm(c, i));
  if (digits) return { end: i + 1, granularity: 'decade', relative: false, value: `${digits[1]}${digits[2]}X` };
  const d = word(c, i, c.cal.decades);
  if (!d) return null;
  const century = word(c, d.end, c.cal.centuries);
  const base = century?.value === 'current' || d.value === 1 ? '20' : '19';
  return { end: century?.end ?? d.end, granularity: 'decade', relative: false, value: `${base}${d.value === 1 ? 0 : d.value}X` };
};

/** عام 2020، في 2022، بين 1998 و2000، (2020-2022), in 2022: a four-digit year 1900–2100 in a year context. */
const yearExpr: Matcher = (c, i) => {
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
  const inRange = (['-', 'و', 'and', 'to', 'إلى'].includes(next) && /^\d{4}$/.test(norm(c, y.end + 1))) || (prev && ['-', 'و', 'and', 'to', 'إلى'].includes(prev.norm) && /^\d{4}$/.test(c.tokens[at - 2]?.norm ?? ''));
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

/** قبل أكثر من 15 سنة، 15 سنة مضت، three years ago: the publication date minus a duration. */
const agoExpr: Matcher = (c, i) => {
  const lead = word(c, i, c.cal.agoBefore);
  let p = lead ? lead.end : i;
  const qual = matchPhrase(c.tokens, p, c.numbers.qualifiersBefore, c.limit);
  if (qual) p = qual.end;
  const n = readNumber(c.tokens, p, c.numbers, c.limit);
  if (!n || n.percent) return null;
  const unitAt = n.noun ? null : word(c, n.end, c.cal.durationUnits);
  const unit = n.noun ? c.cal.durationUnits.byFirst.get(n.noun)?.[0]?.value : unitAt?.value;
  if (!unit) return null;
  let end = unitAt ? unitAt.end : n.end;
  const tail = word(c, end, c.cal.agoAfter);
  if (!lead && !tail) return null;
  if (tail) end = tail.end;
  const count = n.value;
  switch (unit) {
    case 'year':
      return rel(c, end, 'year', (pub) => String(pub.y - count));
    case 'month':
      return rel(c, end, 'month', (pub) => formatMonth(pub.y, pub.m - count));
    case 'week':
      return rel(c, end, 'week', (pub) => isoWeek(addDays(pub, -7 * count)));
    default:
      return rel(c, end, 'day', (pub) => formatDay(addDays(pub, -count)));
  }
};

const MATCHERS: Matcher[] = [dayWord, weekdayExpr, explicitDate as unknown as Matcher, unitExpr, decadeExpr, yearExpr, agoExpr];

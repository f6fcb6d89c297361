// Relative dates resolved against the publication date: day words, weekdays, calendar units and seasons, "N years ago".
import { lightForms, matchPhrase } from '../../segment/phrase-match.ts';
import { readNumber } from '../quantities/numbers.ts';
import { addDays, formatDay, formatMonth, isoWeek, resolveSeason, resolveWeekday, resolveWeekdayAhead } from './calendar.ts';
import { weekdayPointsAhead } from './direction.ts';
import { norm, rel, word, type DateContext, type DateHit, type Matcher } from './context.ts';
import type { Season } from '../../../lang/index.ts';
import { explicitDate, readYear, yearExpr } from './explicit.ts';

/** اليوم، أمس /السبت/، فجر اليوم، الأول من أمس الأربعاء, today evening, this afternoon. */
export const dayWord: Matcher = (c, i) => {
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
  // اليوم الخميس، اليوم /الأحد/ are one expression; after a comma the weekday starts its own.
  if (['/', '('].includes(norm(c, k))) k++;
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
export const weekdayExpr: Matcher = (c, i) => {
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
  // A bare weekday looks back, unless its clause points ahead (see direction.ts).
  if (offset === null && weekdayPointsAhead(c, i)) return rel(c, end, 'day', (pub) => formatDay(resolveWeekdayAhead(pub, wd.value)));
  return rel(c, end, 'day', (pub) => formatDay(resolveWeekday(pub, wd.value, offset)));
};

/** الشهر الماضي، هذا العام، الأسبوع الماضي، last month, this year; seasons: الخريف المقبل, last summer. */
export const unitExpr: Matcher = (c, i) => {
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
  if (season && offset === null) return seasonOfYear(c, end, season.value);
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

/** A season with its year: صيف 2024، خريف العام الماضي، the spring of 2022, summer 2024. */
function seasonOfYear(c: DateContext, at: number, season: Season): DateHit | null {
  let k = at;
  if (c.cal.seasonLinks.has(norm(c, k))) k++;
  // The season is the year's cue: صيف 2024 takes its year even when a noun follows.
  const digits = readYear(c, k, 'gregorian');
  const year: DateHit | null = digits && digits.calendar === 'gregorian' ? { end: digits.end, granularity: 'year', relative: false, value: String(digits.year) } : (yearExpr(c, k) ?? unitExpr(c, k));
  if (!year || year.granularity !== 'year') return null;
  return { ...year, granularity: 'season', value: year.value === null ? null : `${year.value}-${season}` };
}

/** قبل أكثر من 15 سنة، 15 سنة مضت، three years ago: the publication date minus a duration. */
export const agoExpr: Matcher = (c, i) => {
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


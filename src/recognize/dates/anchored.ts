// Dates counted from an earlier date of the article: "the next day", في اليوم نفسه، بعد يومين، "two days earlier".
import { readNumber } from '../quantities/numbers.ts';
import { addDays, formatDay, formatMonth, type Ymd } from './calendar.ts';
import { norm, word, type DateContext, type DateHit, type Matcher } from './context.ts';
import { weekdayPointsAhead } from './direction.ts';

/** The anchored value: the last day-level date before the expression, else the publication date. */
function fromAnchor(c: DateContext, end: number, f: (anchor: Ymd) => string): DateHit {
  const anchor = c.anchor ?? c.pub;
  return { end, granularity: 'day', relative: true, value: anchor ? f(anchor) : null };
}

/** اليوم التالي، في اليوم نفسه, the next day, on the same day, that night. */
const fixedDay: Matcher = (c, i) => {
  const hit = word(c, i, c.cal.anchored.days);
  if (!hit) return null;
  const offset = hit.value;
  return fromAnchor(c, hit.end, (a) => formatDay(addDays(a, offset)));
};

/** A count of calendar units at k (يومين، ثلاثة أيام، بأسبوع, two days, a week): count, unit and end. */
function readDuration(c: DateContext, k: number): { count: number; unit: string; end: number } | null {
  let p = k;
  if (c.lang === 'en' && (norm(c, p) === 'a' || norm(c, p) === 'an')) p++;
  const n = p === k ? readNumber(c.tokens, p, c.numbers, c.limit) : null;
  if (n && (n.percent || n.value < 1 || !Number.isInteger(n.value) || n.value > 400)) return null;
  const unitAt = n ? (n.noun ? null : word(c, n.end, c.cal.durationUnits)) : word(c, p, c.cal.durationUnits);
  const unit = n?.noun ? c.cal.durationUnits.byFirst.get(n.noun)?.[0]?.value : unitAt?.value;
  if (!unit) return null;
  return { count: n ? n.value : 1, unit, end: unitAt ? unitAt.end : n!.end };
}

/** بعد يومين، قبل ذلك بأسبوع، بعدها بثلاثة أيام, two days earlier, a week later. */
const duration: Matcher = (c, i) => {
  const lead = word(c, i, c.cal.anchored.before);
  const d = readDuration(c, lead ? lead.end : i);
  if (!d) return null;
  const tail = lead ? null : word(c, d.end, c.cal.anchored.after);
  const sign = lead?.value ?? tail?.value;
  if (!sign) return null;
  const end = tail ? tail.end : d.end;
  // بعد 12 يوما من الحرب: counted from a named event, whose date is not known. A lead that refers back
  // (بعد ذلك، قبلها) already names the earlier date: حذرت قبل ذلك بأسبوع من الفيضانات.
  const refersBack = !!lead && (lead.end - i > 1 || !!c.tokens[i]!.enclitic);
  if (!refersBack && word(c, end, c.cal.anchored.eventLinks)) return null;
  return durationHit(c, end, d.unit, sign * d.count);
};

/** Whether a day, month or year value starts after the day `day`. */
function laterThan(value: string, day: string): boolean {
  return value.length >= 10 ? value > day : value.length === 7 ? value > day.slice(0, 7) : value > day.slice(0, 4);
}

function durationHit(c: DateContext, end: number, unit: string, n: number): DateHit {
  switch (unit) {
    case 'year':
      return { ...fromAnchor(c, end, (a) => String(a.y + n)), granularity: 'year' };
    case 'month':
      return { ...fromAnchor(c, end, (a) => formatMonth(a.y, a.m + n)), granularity: 'month' };
    case 'week':
      return fromAnchor(c, end, (a) => formatDay(addDays(a, 7 * n)));
    default:
      return fromAnchor(c, end, (a) => formatDay(addDays(a, n)));
  }
}

/** The longest anchored expression at token i. */
export const anchoredExpr: Matcher = (c, i) => {
  const a = fixedDay(c, i);
  const b = duration(c, i);
  const hit = a && b ? (a.end >= b.end ? a : b) : (a ?? b);
  // "لم تتلق رداً بعد سبعة أشهر", "a day later the ministry denied": counted past publication in a clause that
  // does not point ahead (see direction.ts), it means the time of writing, not a date to come.
  if (hit?.value && c.pub && laterThan(hit.value, formatDay(c.pub)) && !weekdayPointsAhead(c, i)) {
    return { ...hit, granularity: 'day', value: formatDay(c.pub) };
  }
  return hit;
};

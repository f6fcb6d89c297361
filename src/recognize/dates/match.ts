// Date expression matching over tokens, driven by the language's calendar tables: the longest of the
// explicit and relative patterns at a token, optionally led by an edge word (بداية، late).
import type { CalendarData } from '../../../lang/index.ts';
import { hasLightForm, withArticle } from '../../segment/phrase-match.ts';
import { word, type DateContext, type DateHit, type Matcher } from './context.ts';
import { decadeExpr, explicitDate, yearExpr } from './explicit.ts';
import { agoExpr, dayWord, unitExpr, weekdayExpr } from './relative.ts';
import { anchoredExpr } from './anchored.ts';

export type { DateContext, DateHit } from './context.ts';

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
  // A lead word that belongs to a calendar date's span, as to a weekday's: "on October 11".
  if (c.cal.dateLeads.has(c.tokens[i]!.norm)) {
    const inner = explicitDate(c, i + 1, false);
    if (inner?.granularity === 'day' && (!best || inner.end > best.end)) best = inner;
  }
  const period = word(c, i, c.cal.periodEdges);
  if (period) {
    const inner = longest(c, period.end, false);
    if (inner && inner.granularity !== 'day' && (!best || inner.end > best.end)) best = inner;
  }
  return best;
}

const triggerCache = new WeakMap<CalendarData, Set<string>>();

/** First words of every table a date expression can start with, also with the article (a quick filter before the matchers). */
export function triggers(c: DateContext): Set<string> {
  let set = triggerCache.get(c.cal);
  if (!set) {
    const cal = c.cal;
    const n = c.numbers;
    const tables = [cal.anchored.days, cal.anchored.before, cal.ordinalDays, cal.edges, cal.periodEdges, cal.dayParts, cal.modifiersBefore, cal.days, cal.weekdays, cal.months, cal.units, cal.seasons, cal.decades, cal.agoBefore, n.qualifiersBefore, n.fractions, n.vague];
    set = withArticle([...tables.flatMap((t) => [...t.byFirst.keys()]), ...cal.dayWords, ...cal.dateLeads, ...cal.yearCues, ...n.cardinals.keys(), ...n.scales.keys(), ...n.dualNouns.keys(), ...n.indefinite, ...n.teenOnes, 'the']);
    triggerCache.set(c.cal, set);
  }
  return set;
}

function mayStartDate(c: DateContext, i: number): boolean {
  const t = c.tokens[i]!.norm;
  if (/^\d/.test(t)) return true;
  return hasLightForm(t, triggers(c));
}

function longest(c: DateContext, i: number, afterEdge: boolean): DateHit | null {
  let best: DateHit | null = null;
  for (const m of MATCHERS) {
    const hit = m === explicitDate ? explicitDate(c, i, afterEdge) : m(c, i);
    if (hit && (!best || hit.end > best.end)) best = hit;
  }
  return best;
}

const MATCHERS: Matcher[] = [dayWord, weekdayExpr, explicitDate as unknown as Matcher, unitExpr, decadeExpr, yearExpr, agoExpr, anchoredExpr];

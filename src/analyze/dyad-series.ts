// Per-period event counts between two actors: QuadClass counts, Goldstein, conflict and cooperation weight.
import {
  byConflict,
  byCooperation,
  countable,
  distinctHappenings,
  eventDate,
  eventWeight,
  inDyad,
  isConflict,
  type AnalysisEvent,
} from './events.ts';
import { boundDay, periodBounds, periodOf, periodRange, type PeriodUnit } from './periods.ts';

export interface SeriesOptions {
  by: PeriodUnit;
  /** a→b only; by default both directions. */
  directed?: boolean;
  /** Range bounds, YYYY, YYYY-MM or YYYY-MM-DD; default the first and last period with an event. */
  from?: string;
  to?: string;
  /** How many driving event ids to keep per period (default 5). */
  top?: number;
}

export interface SeriesPoint {
  period: string;
  start: string;
  end: string;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  total: number;
  goldsteinSum: number;
  /** Null when the period has no events. */
  goldsteinMean: number | null;
  /** Distinct articles reporting the period's events. */
  articles: number;
  /** Sum of event weights (|Goldstein|, at least 1) of QuadClass 3–4 and of 1–2 events. */
  conflictWeight: number;
  cooperationWeight: number;
  eventIds: number[];
  /** The most conflictual (lowest Goldstein) and most cooperative event ids of the period, one per happening. */
  topConflict: number[];
  topCooperation: number[];
}

function emptyPoint(period: string, start: string, end: string): SeriesPoint {
  return {
    period, start, end, q1: 0, q2: 0, q3: 0, q4: 0, total: 0, goldsteinSum: 0, goldsteinMean: null,
    articles: 0, conflictWeight: 0, cooperationWeight: 0, eventIds: [], topConflict: [], topCooperation: [],
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fill(point: SeriesPoint, events: AnalysisEvent[], top: number): void {
  for (const e of events) {
    point[`q${e.quad_class}`] += 1;
    point.goldsteinSum += e.goldstein;
    if (isConflict(e)) point.conflictWeight += eventWeight(e);
    else point.cooperationWeight += eventWeight(e);
  }
  point.total = events.length;
  point.goldsteinSum = round(point.goldsteinSum);
  point.conflictWeight = round(point.conflictWeight);
  point.cooperationWeight = round(point.cooperationWeight);
  point.goldsteinMean = events.length ? round(point.goldsteinSum / events.length) : null;
  point.articles = new Set(events.map((e) => e.article_id)).size;
  point.eventIds = events.map((e) => e.id).sort((x, y) => x - y);
  point.topConflict = distinctHappenings(events.filter(isConflict).sort(byConflict)).slice(0, top).map((e) => e.id);
  point.topCooperation = distinctHappenings(events.filter((e) => !isConflict(e)).sort(byCooperation)).slice(0, top).map((e) => e.id);
}

/**
 * The time series of events between a and b, one point per period in range, empty periods included.
 * Negated events are left out; an event without a date takes its article's publication date; a date
 * coarser than the period (a month in a week series) is left out (see periodOf).
 * @example dyadSeries(events, 'AZE', 'RUS', { by: 'month' })
 */
export function dyadSeries(
  events: readonly AnalysisEvent[],
  a: string,
  b: string,
  options: SeriesOptions,
): SeriesPoint[] {
  const { by, directed = false, top = 5 } = options;
  const lo = options.from ? boundDay(options.from, 'start') : null;
  const hi = options.to ? boundDay(options.to, 'end') : null;
  const buckets = new Map<string, AnalysisEvent[]>();
  for (const e of countable(events)) {
    if (!inDyad(e, a, b, directed)) continue;
    const key = periodOf(eventDate(e), by);
    if (key === null) continue;
    const bounds = periodBounds(key, by);
    if ((lo && bounds.end < lo) || (hi && bounds.start > hi)) continue;
    const list = buckets.get(key) ?? [];
    list.push(e);
    buckets.set(key, list);
  }
  const keys = [...buckets.keys()].sort();
  const from = lo ?? (keys.length ? periodBounds(keys[0]!, by).start : null);
  const to = hi ?? (keys.length ? periodBounds(keys[keys.length - 1]!, by).end : null);
  if (from === null || to === null) return [];
  return periodRange(from, to, by).map(({ key, start, end }) => {
    const point = emptyPoint(key, start, end);
    fill(point, buckets.get(key) ?? [], top);
    return point;
  });
}

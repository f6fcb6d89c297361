// The event fields analysis reads, and the shared rules: which events count, their date, weight and dyad.
import type { StoredEvent } from '../store/store.ts';

/** The part of a stored event that analysis reads (tests build these by hand). */
export type AnalysisEvent = Pick<
  StoredEvent,
  | 'id'
  | 'source'
  | 'target'
  | 'cameo'
  | 'root'
  | 'quad_class'
  | 'goldstein'
  | 'date'
  | 'negated'
  | 'article_id'
  | 'outlet'
  | 'published'
  | 'trigger'
  | 'quote'
> &
  Partial<Pick<StoredEvent, 'cluster_id'>>;

/** Weight floor so zero-Goldstein events (plain statements) still count a little. */
export const MIN_WEIGHT = 1;

/** Events analysis uses: negated events ("did not recognise") are left out everywhere. */
export function countable<E extends AnalysisEvent>(events: readonly E[]): E[] {
  return events.filter((e) => !e.negated);
}

/** When the event happened: its own date, else the article's publication date. */
export function eventDate(e: AnalysisEvent): string | null {
  return e.date ?? e.published ?? null;
}

/** QuadClass 3 (verbal conflict) and 4 (material conflict). */
export function isConflict(e: AnalysisEvent): boolean {
  return e.quad_class >= 3;
}

/** An event's weight in the tension index: |Goldstein|, at least MIN_WEIGHT. */
export function eventWeight(e: AnalysisEvent): number {
  return Math.max(Math.abs(e.goldstein), MIN_WEIGHT);
}

/** Whether the event runs between a and b (a→b only when directed). */
export function inDyad(e: AnalysisEvent, a: string, b: string, directed = false): boolean {
  if (e.source === a && e.target === b) return true;
  return !directed && e.source === b && e.target === a;
}

/** Canonical unordered dyad, alphabetical: ['AZE', 'RUS']. */
export function dyadOf(x: string, y: string): [string, string] {
  return x <= y ? [x, y] : [y, x];
}

/** Most conflictual first (lowest Goldstein), ties by date then id. */
export function byConflict(a: AnalysisEvent, b: AnalysisEvent): number {
  return a.goldstein - b.goldstein || (eventDate(a) ?? '').localeCompare(eventDate(b) ?? '') || a.id - b.id;
}

/** Most cooperative first (highest Goldstein), ties by date then id. */
export function byCooperation(a: AnalysisEvent, b: AnalysisEvent): number {
  return b.goldstein - a.goldstein || (eventDate(a) ?? '').localeCompare(eventDate(b) ?? '') || a.id - b.id;
}

/** Chronological, ties (same day) by event id. */
export function byDate(a: AnalysisEvent, b: AnalysisEvent): number {
  return (eventDate(a) ?? '').localeCompare(eventDate(b) ?? '') || a.id - b.id;
}

/**
 * The first event of each happening, in the given order: events with the same cluster id, or the same
 * source, target, CAMEO code and date, are reports of one happening.
 */
export function distinctHappenings<E extends AnalysisEvent>(events: readonly E[]): E[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const keys = [`${e.source}|${e.target}|${e.cameo}|${eventDate(e)}`, ...(e.cluster_id != null ? [`c${e.cluster_id}`] : [])];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}

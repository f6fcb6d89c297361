// Cross-article dedup: which stored events report the same happening (GDELT-style clustering).
//
// Two events share a cluster when they have the same source, target, CAMEO root and negation, their dates
// lie within one day of each other (a date's whole range counts: "2025-07" is July 1-31), and their
// evidence overlaps: the same normalized trigger, the same coding rule, or a Jaccard similarity of
// at least 0.3 between the normalized word sets of their quotes. Null dates never cluster across
// articles; within one article two undated events with the same key and overlapping evidence do.
import { normalizeKey } from '../normalize/index.ts';

export const QUOTE_JACCARD_MIN = 0.3;
export const DATE_TOLERANCE_DAYS = 1;

export interface ClusterInput {
  id: number;
  article_id: string;
  source: string | null;
  target: string | null;
  root: string;
  negated: boolean;
  date_start: string | null;
  date_end: string | null;
  trigger: string;
  quote: string;
  rule: string;
}

interface Prepared extends ClusterInput {
  /** First and last day as day numbers, or null when undated. */
  range: { start: number; end: number } | null;
  /** Normalized trigger and quote words, computed only when a pair needs them. */
  triggerKey?: string;
  words?: Set<string>;
}

/** Words of a quote, normalized, without one-letter tokens and punctuation. */
export function wordSet(text: string): Set<string> {
  return new Set(normalizeKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const triggerKey = (e: Prepared): string => (e.triggerKey ??= normalizeKey(e.trigger));
const words = (e: Prepared): Set<string> => (e.words ??= wordSet(e.quote));

function evidenceOverlaps(a: Prepared, b: Prepared): boolean {
  if (a.rule === b.rule) return true;
  const ta = triggerKey(a);
  return (ta !== '' && ta === triggerKey(b)) || jaccard(words(a), words(b)) >= QUOTE_JACCARD_MIN;
}

const dayNumber = (iso: string): number => Date.parse(iso) / 86_400_000;

/** Whether two day ranges lie within the tolerance of each other (overlapping ranges are within 0 days). */
function near(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start - b.end <= DATE_TOLERANCE_DAYS && b.start - a.end <= DATE_TOLERANCE_DAYS;
}

function sameHappening(a: Prepared, b: Prepared): boolean {
  if (a.range && b.range) {
    if (!near(a.range, b.range)) return false;
  } else if (a.range || b.range || a.article_id !== b.article_id) {
    return false;
  }
  return evidenceOverlaps(a, b);
}

const keyOf = (e: ClusterInput): string => `${e.source ?? ''}\u0000${e.target ?? ''}\u0000${e.root}\u0000${e.negated}`;

/**
 * Group events into clusters; returns each event id's cluster id (the smallest member id).
 * @example clusterEvents(rows).get(42) // 17 when event 42 reports the same happening as event 17
 */
export function clusterEvents(rows: ClusterInput[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r)! !== r) r = parent.get(r)!;
    while (parent.get(x)! !== r) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };

  const groups = new Map<string, Prepared[]>();
  for (const r of rows) {
    parent.set(r.id, r.id);
    const range = r.date_start && r.date_end ? { start: dayNumber(r.date_start), end: dayNumber(r.date_end) } : null;
    const p: Prepared = { ...r, range };
    const k = keyOf(r);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }

  for (const group of groups.values()) {
    // Sweep by start day: only events whose range ends within tolerance of the current start can match.
    const dated = group.filter((e) => e.range).sort((a, b) => a.range!.start - b.range!.start || a.id - b.id);
    let active: Prepared[] = [];
    for (const e of dated) {
      if (active.length > 0) active = active.filter((x) => near(x.range!, e.range!));
      for (const x of active) if (find(x.id) !== find(e.id) && sameHappening(x, e)) union(x.id, e.id);
      active.push(e);
    }
    const undatedByArticle = new Map<string, Prepared[]>();
    for (const e of group) {
      if (!e.range) undatedByArticle.set(e.article_id, [...(undatedByArticle.get(e.article_id) ?? []), e]);
    }
    for (const undated of undatedByArticle.values()) {
      for (let i = 0; i < undated.length; i++) {
        for (let j = i + 1; j < undated.length; j++) {
          if (sameHappening(undated[i]!, undated[j]!)) union(undated[i]!.id, undated[j]!.id);
        }
      }
    }
  }

  const out = new Map<number, number>();
  for (const id of parent.keys()) out.set(id, find(id));
  return out;
}

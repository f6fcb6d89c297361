// Matches system events to gold events: sentence level (by evidence overlap), document level, and root confusion.
import type { CodedEvent, Span } from '../doc.ts';
import { InputError } from '../errors.ts';
import type { GoldEvent } from './gold.ts';
import { bump, type Tally } from './metrics.ts';

/** The fields of a system event the scorer reads (a CodedEvent has them all). */
export type SystemEvent = Pick<
  CodedEvent,
  'source' | 'source_sector' | 'target' | 'target_sector' | 'cameo' | 'date' | 'negated' | 'quote_start' | 'quote_end'
>;

type Level = 'root' | 'code';
const rootOfCode = (cameo: string): string => cameo.slice(0, 2);

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sysSpan = (e: SystemEvent): Span => ({ start: e.quote_start, end: e.quote_end });

/** Where each gold quote sits in the text (its first occurrence). */
export function goldSpans(text: string, events: readonly GoldEvent[], article: string): Span[] {
  return events.map((e, i) => {
    const start = text.indexOf(e.quote);
    if (start < 0) throw new InputError(article, 'quote is not a substring of text', `events[${i}].quote`);
    return { start, end: start + e.quote.length };
  });
}

const sameActors = (g: GoldEvent, s: SystemEvent): boolean => g.source === s.source && (g.target ?? null) === (s.target ?? null);

function isMatch(g: GoldEvent, gs: Span, s: SystemEvent, level: Level): boolean {
  if (overlap(gs, sysSpan(s)) === 0 || !sameActors(g, s) || g.negated !== s.negated) return false;
  return level === 'root' ? rootOfCode(g.cameo) === rootOfCode(s.cameo) : g.cameo === s.cameo;
}

/**
 * One-to-one greedy matching in gold order; among candidates, prefer the exact code, then the larger overlap.
 * Returns matchOf[goldIndex] = system index or -1.
 */
export function matchSentenceEvents(
  gold: readonly GoldEvent[],
  spans: readonly Span[],
  system: readonly SystemEvent[],
  level: Level,
  accept: (g: GoldEvent, gs: Span, s: SystemEvent) => boolean = (g, gs, s) => isMatch(g, gs, s, level),
  taken: Set<number> = new Set(),
): number[] {
  return gold.map((g, gi) => {
    let best = -1;
    let bestScore = -1;
    system.forEach((s, si) => {
      if (taken.has(si) || !accept(g, spans[gi], s)) return;
      const score = (g.cameo === s.cameo ? 1e9 : 0) + overlap(spans[gi], sysSpan(s));
      if (score > bestScore) [best, bestScore] = [si, score];
    });
    if (best >= 0) taken.add(best);
    return best;
  });
}

const counts = (matchOf: number[], systemCount: number): [number, number, number] => {
  const tp = matchOf.filter((m) => m >= 0).length;
  return [tp, systemCount - tp, matchOf.length - tp];
};

/** Multiset matching of (source, target, root, negated), sentence ignored. */
export function documentCounts(gold: readonly GoldEvent[], system: readonly SystemEvent[]): [number, number, number] {
  const key = (e: { source: string | null; target: string | null; cameo: string; negated: boolean }): string =>
    JSON.stringify([e.source, e.target ?? null, rootOfCode(e.cameo), e.negated]);
  const pool = new Map<string, number>();
  for (const s of system) pool.set(key(s), (pool.get(key(s)) ?? 0) + 1);
  let tp = 0;
  for (const g of gold) {
    const left = pool.get(key(g)) ?? 0;
    if (left > 0) {
      tp++;
      pool.set(key(g), left - 1);
    }
  }
  return [tp, system.length - tp, gold.length - tp];
}

/** Score one article's events into the event parts of a tally; returns the sentence-level root matching. */
export function scoreEvents(text: string, gold: readonly GoldEvent[], system: readonly SystemEvent[], article: string, tally: Tally): { spans: Span[]; matchOf: number[] } {
  const spans = goldSpans(text, gold, article);
  const byRoot = matchSentenceEvents(gold, spans, system, 'root');
  tally.sentenceRoot = counts(byRoot, system.length);
  tally.sentenceCode = counts(matchSentenceEvents(gold, spans, system, 'code'), system.length);
  tally.document = documentCounts(gold, system);

  byRoot.forEach((si, gi) => {
    if (si < 0) return;
    const [g, s] = [gold[gi], system[si]];
    tally.eventDate[1]++;
    if ((g.date ?? null) === (s.date ?? null)) tally.eventDate[0]++;
    tally.eventSector[1]++;
    if ((g.source_sector ?? null) === (s.source_sector ?? null) && (g.target_sector ?? null) === (s.target_sector ?? null)) {
      tally.eventSector[0]++;
    }
  });

  tallyPerRoot(gold, system, byRoot, tally);
  tallyConfusion(gold, spans, system, byRoot, tally);
  return { spans, matchOf: byRoot };
}

/** Per root: matched gold events are TP, unmatched gold FN, unmatched system FP (under their own root). */
function tallyPerRoot(gold: readonly GoldEvent[], system: readonly SystemEvent[], byRoot: number[], tally: Tally): void {
  const add = (root: string, i: 0 | 1 | 2): void => {
    (tally.perRoot[root] ??= [0, 0, 0])[i]++;
  };
  byRoot.forEach((si, gi) => add(rootOfCode(gold[gi].cameo), si < 0 ? 2 : 0));
  const taken = new Set(byRoot);
  system.forEach((s, si) => {
    if (!taken.has(si)) add(rootOfCode(s.cameo), 1);
  });
}

/** Confusion: root matches first, then remaining pairs in the same sentence with the same actors (any root, any negation). */
function tallyConfusion(gold: readonly GoldEvent[], spans: readonly Span[], system: readonly SystemEvent[], byRoot: number[], tally: Tally): void {
  const taken = new Set(byRoot.filter((si) => si >= 0));
  const unmatchedGold = gold.map((_, gi) => gi).filter((gi) => byRoot[gi] < 0);
  const loose = matchSentenceEvents(
    unmatchedGold.map((gi) => gold[gi]),
    unmatchedGold.map((gi) => spans[gi]),
    system,
    'root',
    (g, gs, s) => overlap(gs, sysSpan(s)) > 0 && sameActors(g, s),
    new Set(taken),
  );
  const paired = new Set<number>(taken);
  byRoot.forEach((si, gi) => {
    if (si >= 0) bump(tally.confusion, rootOfCode(gold[gi].cameo), rootOfCode(system[si].cameo));
  });
  loose.forEach((si, k) => {
    if (si >= 0) paired.add(si);
    bump(tally.confusion, rootOfCode(gold[unmatchedGold[k]].cameo), si >= 0 ? rootOfCode(system[si].cameo) : 'none');
  });
  system.forEach((s, si) => {
    if (!paired.has(si)) bump(tally.confusion, 'none', rootOfCode(s.cameo));
  });
}

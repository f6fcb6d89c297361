// Why each gold event was missed and why each false event was produced, from the coder's own account of the
// sentence (its trigger candidates and the filters that dropped them) and the actors it recognised.
import type { Explanation, Span } from '../doc.ts';
import type { GoldArticle, GoldEvent } from './gold.ts';
import type { SystemEvent } from './match-events.ts';
import type { SystemActor } from './match-mentions.ts';
import { bump, type Tally } from './metrics.ts';

/** Why a gold event has no system counterpart. `filter:<name>` names the filter that dropped its trigger. */
export const MISS_REASONS = [
  'no-trigger', // no trigger candidate at the gold trigger (or, without one, in the sentence), none with its root
  'other-root', // a candidate at the gold trigger words, with another root
  'actor-not-recognised', // the gold actor is named in the sentence but not recognised
  'actor-not-named', // the gold actor is not named in the sentence (carried, implied, adjective)
  'not-attached', // trigger with the right root and actors recognised, but source or target wrong or missing
  'negation', // right event, wrong polarity
] as const;

/** Why a system event has no gold counterpart. */
export const FALSE_REASONS = ['no-gold-event', 'wrong-root', 'wrong-actors', 'negation', 'duplicate'] as const;

/** Filters that are attachment failures (no actor found for a slot), not decisions that the act is not coded. */
const ATTACHMENT_FILTERS = new Set(['no-source', 'no-target', 'single-participant']);

type Candidate = Pick<Explanation, 'start' | 'end' | 'cameo' | 'outcome' | 'filter'>;

const root = (cameo: string): string => cameo.slice(0, 2);
export const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const sysSpan = (e: SystemEvent): Span => ({ start: e.quote_start, end: e.quote_end });
const key = (e: { source: string | null; target: string | null; cameo: string; negated: boolean }): string =>
  JSON.stringify([e.source, e.target ?? null, root(e.cameo), e.negated]);

export interface DiagnoseInput {
  gold: GoldArticle;
  spans: readonly Span[];
  system: readonly SystemEvent[];
  actors: readonly SystemActor[];
  explanations?: readonly Explanation[];
  /** matchOf[goldIndex] = system index or -1 (sentence level, root). */
  matchOf: readonly number[];
}

/** One diagnosed event, for the JSON report's detail lists. */
export interface Diagnosis {
  article: string;
  reason: string;
  cameo: string;
  source: string | null;
  target: string | null;
  quote: string;
}

/** Gold actor codes named in a span: a gold actor surface form that occurs inside it. */
function namedCodes(gold: GoldArticle, span: Span): Set<string> {
  const codes = new Set<string>();
  for (const a of gold.actors) {
    for (let at = gold.text.indexOf(a.text, span.start); at >= 0 && at + a.text.length <= span.end; at = gold.text.indexOf(a.text, at + 1)) {
      codes.add(a.code);
      break;
    }
  }
  return codes;
}

/** The gold trigger's words inside its quote; the whole sentence when the gold names none. */
export function triggerSpan(g: GoldEvent, quote: Span): Span {
  const at = g.trigger ? g.quote.indexOf(g.trigger) : -1;
  return at < 0 ? quote : { start: quote.start + at, end: quote.start + at + g.trigger.length };
}

function recognisedCodes(actors: readonly SystemActor[], span: Span): Set<string> {
  return new Set(actors.filter((a) => a.start !== undefined && a.end !== undefined && overlaps(span, a as Span)).map((a) => a.code));
}

/**
 * Classify every missed gold event and every false system event of one article into `tally`
 * (misses/falses per root and reason, attachment share, false events with a source outside the sentence).
 * Returns the diagnosed events.
 */
export function diagnoseArticle(input: DiagnoseInput, tally: Tally): { missed: Diagnosis[]; false: Diagnosis[] } {
  const { gold, spans, system, actors, matchOf } = input;
  // Without an account of the coder's triggers, its events are the only candidates it is known to have had.
  const candidates: readonly Candidate[] =
    input.explanations ?? system.map((e) => ({ start: e.quote_start, end: e.quote_end, cameo: e.cameo, outcome: 'coded' as const }));
  const missed: Diagnosis[] = [];
  const falses: Diagnosis[] = [];
  const describe = (e: GoldEvent | SystemEvent, reason: string, quote: string): Diagnosis => ({
    article: gold.id, reason, cameo: e.cameo, source: e.source, target: e.target ?? null, quote,
  });

  gold.events.forEach((g, gi) => {
    const span = spans[gi];
    const inSentence = candidates.filter((c) => overlaps(span, c));
    const withRoot = inSentence.filter((c) => root(c.cameo) === root(g.cameo));
    const recognised = recognisedCodes(actors, span);
    const parties = [g.source, g.target].filter((c): c is string => !!c);
    const actorsKnown = parties.every((c) => recognised.has(c));
    if (withRoot.length && actorsKnown) {
      tally.attachment[1]++;
      if (matchOf[gi] >= 0) tally.attachment[0]++;
    }
    if (matchOf[gi] >= 0) return;
    let reason: string;
    const flipped = system.some(
      (s) => overlaps(span, sysSpan(s)) && root(s.cameo) === root(g.cameo) && s.source === g.source && (s.target ?? null) === (g.target ?? null),
    );
    if (flipped) reason = 'negation';
    else if (!withRoot.length) reason = inSentence.some((c) => overlaps(triggerSpan(g, span), c)) ? 'other-root' : 'no-trigger';
    else if (withRoot.every((c) => c.outcome === 'skipped' && !ATTACHMENT_FILTERS.has(c.filter ?? ''))) reason = `filter:${withRoot[0].filter ?? 'other'}`;
    else if (actorsKnown) reason = 'not-attached';
    else {
      const named = namedCodes(gold, span);
      reason = parties.some((c) => !recognised.has(c) && named.has(c)) ? 'actor-not-recognised' : 'actor-not-named';
    }
    bump(tally.misses, root(g.cameo), reason);
    missed.push(describe(g, reason, g.quote));
  });

  const matched = new Set(matchOf.filter((m) => m >= 0));
  system.forEach((s, si) => {
    if (matched.has(si)) return;
    const span = sysSpan(s);
    const goldHere = gold.events.filter((_, gi) => overlaps(span, spans[gi]));
    const twin = system.some((o, oi) => oi !== si && (matched.has(oi) || oi < si) && overlaps(span, sysSpan(o)) && key(o) === key(s));
    let reason: string;
    if (twin) reason = 'duplicate';
    else if (!goldHere.length) reason = 'no-gold-event';
    else {
      const sameRoot = goldHere.filter((g) => root(g.cameo) === root(s.cameo));
      if (!sameRoot.length) reason = 'wrong-root';
      else if (sameRoot.some((g) => g.source === s.source && (g.target ?? null) === (s.target ?? null))) reason = 'negation';
      else reason = 'wrong-actors';
    }
    bump(tally.falses, root(s.cameo), reason);
    tally.falseSource[1]++;
    if (s.source && !recognisedCodes(actors, span).has(s.source)) tally.falseSource[0]++;
    falses.push(describe(s, reason, gold.text.slice(span.start, span.end)));
  });
  return { missed, false: falses };
}

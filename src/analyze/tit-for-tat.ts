// Tit-for-tat chains: conflictual actions answered in kind by the other side within a window, and reciprocity per dyad.
import { byDate, countable, distinctHappenings, dyadOf, eventDate, isConflict, type AnalysisEvent } from './events.ts';
import { daysBetween, isDay } from './periods.ts';

export interface ChainOptions {
  /** Longest lag, in days, between an action and the answer that continues the chain. */
  windowDays?: number;
  /** Only this pair (either order). */
  dyad?: [string, string];
  /** Which answer continues a chain when several fall in the window: the strongest (default, see `strongest`) or the earliest. */
  pick?: 'strongest' | 'earliest';
}

export interface ChainLink {
  eventId: number;
  source: string;
  target: string;
  date: string;
  cameo: string;
  goldstein: number;
  trigger: string;
  quote: string;
  articleId: string;
  /** Days since the previous link (null for the first). */
  lagDays: number | null;
}

export interface Chain {
  dyad: [string, string];
  links: ChainLink[];
}

export interface Reciprocity {
  dyad: [string, string];
  /** Conflictual actions in both directions (one per happening). */
  actions: number;
  /** Of those, answered by a conflictual action of the other side within the window. */
  answered: number;
  /** answered / actions. */
  score: number;
}

export interface TitForTat {
  chains: Chain[];
  reciprocity: Reciprocity[];
}

type Dated = AnalysisEvent & { day: string };

/** Conflict events with a day date, one per happening (same cluster id, or same source, target, code and day). */
function conflictActions(events: readonly AnalysisEvent[], dyad?: [string, string]): Dated[] {
  const pair = dyad ? dyadOf(...dyad).join('|') : null;
  const out: Dated[] = [];
  for (const e of distinctHappenings(countable(events).sort(byDate))) {
    const day = eventDate(e);
    if (!isConflict(e) || !e.source || !e.target || e.source === e.target || !isDay(day)) continue;
    if (pair && dyadOf(e.source, e.target).join('|') !== pair) continue;
    out.push({ ...e, day });
  }
  return out;
}

/** Answers to action i: later events of the other direction within the window. */
function answers(list: Dated[], i: number, windowDays: number): Dated[] {
  const e = list[i]!;
  const out: Dated[] = [];
  for (let j = i + 1; j < list.length; j++) {
    const f = list[j]!;
    const lag = daysBetween(e.day, f.day)!;
    if (lag > windowDays) break;
    if (f.source === e.target && f.target === e.source) out.push(f);
  }
  return out;
}

function link(e: Dated, previous: Dated | null): ChainLink {
  return {
    eventId: e.id, source: e.source!, target: e.target!, date: e.day, cameo: e.cameo, goldstein: e.goldstein,
    trigger: e.trigger, quote: e.quote, articleId: e.article_id,
    lagDays: previous ? daysBetween(previous.day, e.day) : null,
  };
}

/**
 * The answer that continues a chain: an answer in kind (the same CAMEO root: arrests for arrests) first,
 * since tit-for-tat is reciprocity in kind; then material acts (QuadClass 4) before verbal ones; then the
 * highest |Goldstein| discounted linearly by lag (|g|·(1 − lag/(window + 1))); then the earliest.
 */
function strongest(from: Dated, options: Dated[], windowDays: number): Dated {
  const inKind = (f: Dated) => (f.cameo.slice(0, 2) === from.cameo.slice(0, 2) ? 1 : 0);
  const score = (f: Dated) => Math.abs(f.goldstein) * (1 - daysBetween(from.day, f.day)! / (windowDays + 1));
  const better = (b: Dated, a: Dated) =>
    inKind(b) !== inKind(a) ? inKind(b) > inKind(a) : b.quad_class !== a.quad_class ? b.quad_class > a.quad_class : score(b) > score(a);
  return options.reduce((a, b) => (better(b, a) ? b : a));
}

function chainsOf(list: Dated[], windowDays: number, pick: 'strongest' | 'earliest'): Dated[][] {
  const index = new Map(list.map((e, i) => [e.id, i]));
  const used = new Set<number>();
  const chains: Dated[][] = [];
  list.forEach((start, i) => {
    if (used.has(start.id)) return;
    const chain = [start];
    let at = i;
    for (;;) {
      const options = answers(list, at, windowDays).filter((f) => !used.has(f.id) && !chain.includes(f));
      if (!options.length) break;
      const next = pick === 'earliest' ? options[0]! : strongest(list[at]!, options, windowDays);
      chain.push(next);
      at = index.get(next.id)!;
    }
    if (chain.length < 2) return;
    for (const e of chain) used.add(e.id);
    chains.push(chain);
  });
  return chains;
}

/**
 * Alternating chains of conflictual actions (QuadClass 3–4) between two actors, A→B answered by B→A
 * within windowDays, and so on; same-day events are ordered by id. Events without a day date are left out.
 * Reciprocity per dyad = share of its conflictual actions answered by the other side within the window.
 * @example titForTat(events, { dyad: ['AZE', 'RUS'], windowDays: 30 }).chains[0].links.map((l) => l.cameo)
 */
export function titForTat(events: readonly AnalysisEvent[], options: ChainOptions = {}): TitForTat {
  const { windowDays = 30, pick = 'strongest' } = options;
  const byDyad = new Map<string, Dated[]>();
  for (const e of conflictActions(events, options.dyad)) {
    const key = dyadOf(e.source!, e.target!).join('|');
    const list = byDyad.get(key) ?? [];
    list.push(e);
    byDyad.set(key, list);
  }
  const chains: Chain[] = [];
  const reciprocity: Reciprocity[] = [];
  for (const [key, list] of [...byDyad].sort(([x], [y]) => x.localeCompare(y))) {
    const dyad = key.split('|') as [string, string];
    for (const c of chainsOf(list, windowDays, pick)) {
      chains.push({ dyad, links: c.map((e, i) => link(e, i ? c[i - 1]! : null)) });
    }
    const answered = list.filter((_, i) => answers(list, i, windowDays).length > 0).length;
    reciprocity.push({ dyad, actions: list.length, answered, score: Math.round((answered / list.length) * 1000) / 1000 });
  }
  chains.sort((x, y) => x.links[0]!.date.localeCompare(y.links[0]!.date) || x.links[0]!.eventId - y.links[0]!.eventId);
  return { chains, reciprocity };
}

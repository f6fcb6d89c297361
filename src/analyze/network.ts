// The actor network: who interacts with whom, with cooperation and conflict weights from Goldstein scores.
import { countable, dyadOf, eventDate, type AnalysisEvent } from './events.ts';
import { boundDay, dateSpan } from './periods.ts';

export interface NetworkNode {
  actor: string;
  /** Events with this actor as source or target. */
  events: number;
}

export interface NetworkEdge {
  /** The pair, alphabetical. */
  a: string;
  b: string;
  events: number;
  cooperationEvents: number;
  conflictEvents: number;
  /** Sum of positive Goldstein scores. */
  cooperation: number;
  /** Sum of |negative Goldstein| scores. */
  conflict: number;
}

export interface ActorNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface Counterpart {
  actor: string;
  cooperation: number;
  conflict: number;
  events: number;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function inRange(e: AnalysisEvent, lo: string | null, hi: string | null): boolean {
  if (!lo && !hi) return true;
  const span = dateSpan(eventDate(e));
  return !!span && (!lo || span.start >= lo) && (!hi || span.end <= hi);
}

/**
 * Nodes (actors with event counts) and undirected edges between actors; negated events and events
 * between an actor and itself (domestic) are left out of edges. With a range, an event counts when the whole
 * span of its date lies inside it (an event dated 2025-07 is left out of a range starting 2025-07-15).
 * @example partners(actorNetwork(events), 'AZE', 3)
 */
export function actorNetwork(events: readonly AnalysisEvent[], options: { from?: string; to?: string } = {}): ActorNetwork {
  const lo = options.from ? boundDay(options.from, 'start') : null;
  const hi = options.to ? boundDay(options.to, 'end') : null;
  const nodes = new Map<string, number>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of countable(events)) {
    if (!inRange(e, lo, hi)) continue;
    for (const actor of new Set([e.source, e.target])) if (actor) nodes.set(actor, (nodes.get(actor) ?? 0) + 1);
    if (!e.source || !e.target || e.source === e.target) continue;
    const [a, b] = dyadOf(e.source, e.target);
    const key = `${a}|${b}`;
    const edge = edges.get(key) ?? { a, b, events: 0, cooperationEvents: 0, conflictEvents: 0, cooperation: 0, conflict: 0 };
    edge.events += 1;
    if (e.quad_class >= 3) edge.conflictEvents += 1;
    else edge.cooperationEvents += 1;
    if (e.goldstein > 0) edge.cooperation = round(edge.cooperation + e.goldstein);
    if (e.goldstein < 0) edge.conflict = round(edge.conflict - e.goldstein);
    edges.set(key, edge);
  }
  return {
    nodes: [...nodes].map(([actor, n]) => ({ actor, events: n })).sort((x, y) => y.events - x.events || x.actor.localeCompare(y.actor)),
    edges: [...edges.values()].sort((x, y) => y.events - x.events || `${x.a}|${x.b}`.localeCompare(`${y.a}|${y.b}`)),
  };
}

function counterparts(network: ActorNetwork, actor: string): Counterpart[] {
  return network.edges
    .filter((e) => e.a === actor || e.b === actor)
    .map((e) => ({ actor: e.a === actor ? e.b : e.a, cooperation: e.cooperation, conflict: e.conflict, events: e.events }));
}

/**
 * The n actors whose dealings with `actor` weigh more cooperative than conflictual, by cooperation weight
 * (ties: more events, then code).
 * @example partners(network, 'AZE', 5)
 */
export function partners(network: ActorNetwork, actor: string, n = 5): Counterpart[] {
  return counterparts(network, actor)
    .filter((c) => c.cooperation > c.conflict)
    .sort((x, y) => y.cooperation - x.cooperation || y.events - x.events || x.actor.localeCompare(y.actor))
    .slice(0, n);
}

/**
 * The n actors whose dealings with `actor` weigh more conflictual than cooperative, by conflict weight
 * (ties: more events, then code).
 * @example adversaries(network, 'AZE', 5)
 */
export function adversaries(network: ActorNetwork, actor: string, n = 5): Counterpart[] {
  return counterparts(network, actor)
    .filter((c) => c.conflict > c.cooperation)
    .sort((x, y) => y.conflict - x.conflict || y.events - x.events || x.actor.localeCompare(y.actor))
    .slice(0, n);
}

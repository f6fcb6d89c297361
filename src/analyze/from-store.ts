// Async wrappers that load events from a Store and run the pure analyses over them, dyad by dyad, so a memo
// (memo.ts) can keep each dyad's result until a write touches that dyad.
import type { DyadVersion, EventFilter, EventRow, Store, StoredEvent } from '../store/store.ts';
import { detectAlerts, type Alert, type AlertOptions } from './alerts.ts';
import { dyadSeries, type SeriesOptions } from './dyad-series.ts';
import { countable, dyadOf } from './events.ts';
import { dyadMemo, type DyadMemo } from './memo.ts';
import { actorNetwork, type ActorNetwork } from './network.ts';
import { boundDay, periodBounds, periodOf, type PeriodUnit } from './periods.ts';
import { surge, type SurgeOptions, type SurgePoint } from './surge.ts';
import { round1, tension, type TensionOptions, type TensionPoint } from './tension.ts';
import { titForTat, type ChainOptions, type TitForTat } from './tit-for-tat.ts';

/** More events than any store here holds; the store caps nothing below it. */
const ALL = 10_000_000;
const DAY_MS = 86_400_000;

/**
 * The real present of the data: the newest publication date in the store, or `today` when that is earlier
 * (a misdated article must not move "now" into the future); today when nothing is stored. Event dates are
 * not used: one event misdated years ahead would otherwise make every real alert look old.
 * @example await dataPresent(store) // '2025-08-11' for the examples
 */
export async function dataPresent(store: Store, today = new Date().toISOString().slice(0, 10)): Promise<string> {
  const newest = (await store.listArticles({ limit: 1 })).items[0]?.published;
  return newest && newest < today ? newest : today;
}

/** The day `days` days before a day. */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** A period of a dyad with its tension index and its surge. */
export type DyadPoint = TensionPoint & SurgePoint;

/** Tension and surge of every period of a series (both over the series as given, so over its whole history). */
function measure(series: Parameters<typeof tension>[0], options: TensionOptions & SurgeOptions): DyadPoint[] {
  const surges = surge(series, options);
  return tension(series, options).map((p, i) => ({ ...p, ...surges[i]! }));
}

/** Every non-negated event matching the filter, oldest first. */
export async function loadEvents(store: Store, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const { items } = await store.events({ ...filter, includeNegated: false, sort: 'date', limit: ALL, offset: 0 });
  return countable(items);
}

/** Like loadEvents, with only the fields analyses read (no article URL, language, offsets): faster on big dyads. */
export async function loadEventRows(store: Store, filter: EventFilter = {}): Promise<EventRow[]> {
  return countable(await store.eventRows({ ...filter, includeNegated: false, sort: 'date' }));
}

/** The dyad's series over its whole history, its tension and surge, cut to the periods `from`/`to` show. */
async function computeDyadTension(store: Store, a: string, b: string, options: SeriesOptions & TensionOptions & SurgeOptions): Promise<DyadPoint[]> {
  const events = await loadEventRows(store, { dyad: [a, b], directed: options.directed });
  const { from, to, ...rest } = options;
  const history = dyadSeries(events, a, b, rest);
  const lo = from ? boundDay(from, 'start') : null;
  const hi = to ? boundDay(to, 'end') : null;
  const first = [history[0]?.start, lo].filter((d): d is string => !!d).sort()[0];
  const last = [history[history.length - 1]?.end, hi].filter((d): d is string => !!d).sort().pop();
  if (!first || !last) return [];
  const points = measure(dyadSeries(events, a, b, { ...rest, from: first, to: last }), options);
  return points.filter((p) => (!lo || p.end >= lo) && (!hi || p.start <= hi));
}

/**
 * The dyad's series with its tension index and surge, loaded from the store (or from `memo` while no write
 * touched the dyad). Baselines and smoothing run over the dyad's whole history, so `from`/`to` only choose
 * which periods are shown.
 * @example await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2025-01' })
 */
export async function dyadTension(
  store: Store,
  a: string,
  b: string,
  options: SeriesOptions & TensionOptions & SurgeOptions,
  memo: DyadMemo = dyadMemo(),
): Promise<DyadPoint[]> {
  const [dyad] = await store.dyadVersions([a, b]);
  return memo.get(`series:${a}|${b}:${JSON.stringify(options)}`, dyad?.version ?? 'none', () => computeDyadTension(store, a, b, options));
}

/** Events per batch when loading many dyads: each query short enough that other requests are answered in between. */
const BATCH_EVENTS = 5000;

/** A dyad with events, its canonical order (dyadOf) and its key "A|B". */
type BusyDyad = DyadVersion & { dyad: [string, string]; key: string };

/** The dyads between two different actors with at least `min` non-negated events, each with its version. */
async function busyDyads(store: Store, min: number): Promise<BusyDyad[]> {
  return (await store.dyadVersions()).filter((d) => d.a !== d.b && d.events >= min).map((d) => {
    const dyad = dyadOf(d.a, d.b);
    return { ...d, dyad, key: dyad.join('|') };
  });
}

/** The versions of all the dyads: a result over them stands while this does (a list the memo keeps whole too). */
function signature(dyads: readonly BusyDyad[]): string {
  return dyads.map((d) => `${d.key}@${d.version}`).join();
}

/** Dyads in batches of about BATCH_EVENTS events (a bigger dyad alone). */
function batches(dyads: readonly BusyDyad[]): BusyDyad[][] {
  const out: BusyDyad[][] = [];
  let events = Infinity;
  for (const d of dyads) {
    if (events + d.events > BATCH_EVENTS) {
      out.push([]);
      events = 0;
    }
    out[out.length - 1]!.push(d);
    events += d.events;
  }
  return out;
}

/** Events keyed by their unordered dyad "A|B". */
function byDyad(events: readonly EventRow[]): Map<string, EventRow[]> {
  const groups = new Map<string, EventRow[]>();
  for (const e of events) {
    const key = dyadOf(e.source!, e.target!).join('|');
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  return groups;
}

/**
 * Each dyad's result, from `memo` at the dyad's version or computed: the dyads missing there are loaded a batch at
 * a time, one after another, and `compute` gives one result per dyad of a batch, in order. Every missing result
 * is in the memo (in flight) before this returns, so concurrent callers share the work instead of repeating it.
 */
function memoized<T>(
  store: Store, memo: DyadMemo, dyads: readonly BusyDyad[], keyOf: (d: BusyDyad) => string,
  compute: (events: Map<string, EventRow[]>, batch: BusyDyad[]) => Promise<T[]>,
): Promise<T[]> {
  const run = async (batch: BusyDyad[]) => compute(byDyad(await loadEventRows(store, { dyads: batch.map((d) => d.dyad) })), batch);
  let previous: Promise<unknown> = Promise.resolve();
  for (const batch of batches(dyads.filter((d) => !memo.has(keyOf(d), d.version)))) {
    const done = previous.then(() => run(batch));
    previous = done.catch(() => {});
    batch.forEach((d, i) => void memo.put(keyOf(d), d.version, done.then((results) => results[i]!)));
  }
  // A result the memo dropped again (more dyads than it holds) is computed alone.
  return Promise.all(dyads.map((d) => memo.get(keyOf(d), d.version, async () => (await run([d]))[0]!)));
}

export interface AlertReport extends Alert {
  /** The driving events themselves, in the order of eventIds. */
  drivers: StoredEvent[];
  /** Whether the alert period ends within `openDays` of the present of the data (see dataPresent). */
  open: boolean;
}

export interface AlertsOptions extends Partial<Omit<AlertOptions, 'dyad'>> {
  /** Only alerts whose period ends on or after this date. */
  since?: string;
  by?: PeriodUnit;
  /** Dyads with fewer events are skipped. */
  minDyadEvents?: number;
  /** The present the series run to and `open` is judged against; default dataPresent(store). */
  asOf?: string;
  /** An alert is open when its period ends at most this many days before the present (default 90). */
  openDays?: number;
}

type DrivenAlert = Alert & { drivers: StoredEvent[] };

/** Each dyad's alerts with their driving events, its series running to `to`. */
async function batchAlerts(
  store: Store, events: Map<string, EventRow[]>, batch: readonly BusyDyad[], options: Omit<AlertOptions, 'dyad'> & { by: PeriodUnit; to: string },
): Promise<DrivenAlert[][]> {
  const { by, to, ...detect } = options;
  const found = batch.map(({ key, dyad }) => detectAlerts(dyadSeries(events.get(key) ?? [], dyad[0], dyad[1], { by, to }), { ...detect, dyad }));
  const ids = [...new Set(found.flat().flatMap((a) => a.eventIds))];
  const byId = new Map((ids.length ? await loadEvents(store, { ids }) : []).map((e) => [e.id, e]));
  return found.map((list) => list.map((alert) => ({ ...alert, drivers: alert.eventIds.map((id) => byId.get(id)!).filter(Boolean) })));
}

/** Newest first, then the larger; ties by dyad, one dyad's alerts keeping their order. */
function newestFirst(x: Alert, y: Alert): number {
  return y.end.localeCompare(x.end) || y.magnitude - x.magnitude || x.dyad.join('|').localeCompare(y.dyad.join('|'));
}

/**
 * Alerts for every dyad with at least minDyadEvents events, newest first; each dyad's series runs from its
 * first event to the period of the present (so recent quiet counts too, and events dated after it do not).
 * Each dyad's alerts come from `memo` while no write touched the dyad and the present stays in its period.
 * @example await alerts(store, { since: '2025-06-01' })
 */
export async function alerts(store: Store, options: AlertsOptions = {}, memo: DyadMemo = dyadMemo()): Promise<AlertReport[]> {
  const { since, by = 'month', minDyadEvents = 5, asOf, openDays = 90, ...detect } = options;
  const [dyads, present] = await Promise.all([busyDyads(store, minDyadEvents), asOf ?? dataPresent(store)]);
  const to = periodBounds(periodOf(present, by)!, by).end;
  const openFrom = daysBefore(present, openDays);
  const settings = JSON.stringify([by, to, detect]);
  return memo.get(`alerts-all:${JSON.stringify([since, present, openDays])}:${settings}`, signature(dyads), async () => {
    const lists = await memoized(store, memo, dyads, (d) => `alerts:${d.key}:${settings}`,
      (events, batch) => batchAlerts(store, events, batch, { ...detect, by, to }));
    const found: AlertReport[] = [];
    for (const alert of lists.flat()) {
      if (since && alert.end < boundDay(since, 'start')) continue;
      found.push({ ...alert, open: alert.end >= openFrom });
    }
    return found.sort(newestFirst);
  });
}

export interface Mover {
  dyad: [string, string];
  /** The dyad's latest period with events (within the last `periods` periods up to the present) and its previous one. */
  period: string;
  fromPeriod: string;
  /** Tension in those two periods, and to − from. */
  from: number;
  to: number;
  change: number;
  /** The surge of each of the two periods (see surge.ts): how far net hostility stood from the dyad's recent normal. */
  surgeFrom: number;
  surge: number;
  /** Net hostility (−Σ Goldstein) of the latest period. */
  hostility: number;
  events: number;
  /** Events in the latest `periods` periods. */
  recentEvents: number;
}

export interface MoversOptions extends TensionOptions, SurgeOptions {
  by?: PeriodUnit;
  /** How recent the dyad's latest period with events must be: within this many periods up to the present. */
  periods?: number;
  limit?: number;
  minEvents?: number;
  /** The present; default dataPresent(store). */
  asOf?: string;
}

/** The dyad's move, or null when it did not move (see topMovers). */
function dyadMover(list: readonly EventRow[], dyad: [string, string], options: TensionOptions & SurgeOptions & { by: PeriodUnit; periods: number; to: string }): Mover | null {
  const { by, periods, to } = options;
  const points = measure(dyadSeries(list, dyad[0], dyad[1], { by, to }), options);
  const active = points.flatMap((p, i) => (p.total > 0 ? [i] : []));
  const [last, previous] = [active[active.length - 1], active[active.length - 2]];
  // Dyads quiet in the recent window, dated only coarser than the period, or with one active period do not move.
  if (last === undefined || previous === undefined || last < points.length - periods) return null;
  const [end, start] = [points[last]!, points[previous]!];
  return {
    dyad, period: end.period, fromPeriod: start.period, from: start.tension, to: end.tension,
    change: round1(end.tension - start.tension), surgeFrom: start.surge ?? 0, surge: end.surge ?? 0,
    hostility: end.hostility, events: list.length, recentEvents: points.slice(-periods).reduce((n, p) => n + p.total, 0),
  };
}

/**
 * Dyads that moved lately: each dyad's latest period with events (within the last `periods` periods up to the
 * present) against its previous period with events, so empty periods are never what is compared; ranked by
 * the size of the latest surge, then of the tension change. Each dyad's move comes from `memo` while no write
 * touched the dyad and the present stays in its period.
 * @example await topMovers(store, { by: 'month', periods: 3 })
 */
export async function topMovers(store: Store, options: MoversOptions = {}, memo: DyadMemo = dyadMemo()): Promise<Mover[]> {
  const { by = 'month', periods = 3, limit = 10, minEvents = 3, asOf, ...measures } = options;
  const [dyads, present] = await Promise.all([busyDyads(store, minEvents), asOf ?? dataPresent(store)]);
  const to = periodBounds(periodOf(present, by)!, by).end;
  const settings = JSON.stringify([by, periods, to, measures]);
  return memo.get(`movers-all:${limit}:${settings}`, signature(dyads), async () => {
    const found = await memoized(store, memo, dyads, (d) => `mover:${d.key}:${settings}`, async (events, batch) =>
      batch.map(({ key, dyad }) => dyadMover(events.get(key) ?? [], dyad, { ...measures, by, periods, to })));
    return found
      .filter((m): m is Mover => m !== null)
      .sort((x, y) => Math.abs(y.surge) - Math.abs(x.surge) || Math.abs(y.change) - Math.abs(x.change) || x.dyad.join().localeCompare(y.dyad.join()))
      .slice(0, limit);
  });
}

/**
 * Tit-for-tat chains and reciprocity from the store, optionally for one dyad and a date range.
 * @example await chains(store, { dyad: ['AZE', 'RUS'], windowDays: 30 })
 */
export async function chains(store: Store, options: ChainOptions & { from?: string; to?: string } = {}): Promise<TitForTat> {
  const events = await loadEventRows(store, { dyad: options.dyad, from: options.from, to: options.to });
  return titForTat(events, options);
}

/**
 * The actor network from the store over a date range.
 * @example await network(store, { from: '2025-01-01' })
 */
export async function network(store: Store, options: { from?: string; to?: string } = {}): Promise<ActorNetwork> {
  const events = await loadEventRows(store, { from: options.from, to: options.to });
  return actorNetwork(events, options);
}

// Async wrappers that load events from a Store and run the pure analyses over them.
import type { EventFilter, EventRow, Store, StoredEvent } from '../store/store.ts';
import { detectAlerts, type Alert, type AlertOptions } from './alerts.ts';
import { dyadSeries, type SeriesOptions } from './dyad-series.ts';
import { countable, dyadOf } from './events.ts';
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

/** Events grouped by unordered dyad (both codes set and different), keyed "A|B". */
export function groupByDyad<E extends EventRow>(events: readonly E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) {
    if (!e.source || !e.target || e.source === e.target) continue;
    const key = dyadOf(e.source, e.target).join('|');
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  return groups;
}

/**
 * The dyad's series with its tension index and surge, loaded from the store. Baselines and smoothing run over
 * the dyad's whole history, so `from`/`to` only choose which periods are shown.
 * @example await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2025-01' })
 */
export async function dyadTension(
  store: Store,
  a: string,
  b: string,
  options: SeriesOptions & TensionOptions & SurgeOptions,
): Promise<DyadPoint[]> {
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

/**
 * Alerts for every dyad with at least minDyadEvents events, newest first; each dyad's series runs from its
 * first event to the period of the present (so recent quiet counts too, and events dated after it do not).
 * @example await alerts(store, { since: '2025-06-01' })
 */
export async function alerts(store: Store, options: AlertsOptions = {}): Promise<AlertReport[]> {
  const { since, by = 'month', minDyadEvents = 5, asOf, openDays = 90, ...detect } = options;
  const [events, present] = await Promise.all([loadEvents(store), asOf ?? dataPresent(store)]);
  if (events.length === 0) return [];
  const to = periodBounds(periodOf(present, by)!, by).end;
  const openFrom = daysBefore(present, openDays);
  const byId = new Map(events.map((e) => [e.id, e]));
  const found: AlertReport[] = [];
  for (const [key, list] of groupByDyad(events)) {
    if (list.length < minDyadEvents) continue;
    const dyad = key.split('|') as [string, string];
    const series = dyadSeries(list, dyad[0], dyad[1], { by, to });
    for (const alert of detectAlerts(series, { ...detect, dyad })) {
      if (since && alert.end < boundDay(since, 'start')) continue;
      found.push({ ...alert, drivers: alert.eventIds.map((id) => byId.get(id)!).filter(Boolean), open: alert.end >= openFrom });
    }
  }
  return found.sort((x, y) => y.end.localeCompare(x.end) || y.magnitude - x.magnitude);
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

/**
 * Dyads that moved lately: each dyad's latest period with events (within the last `periods` periods up to the
 * present) against its previous period with events, so empty periods are never what is compared; ranked by
 * the size of the latest surge, then of the tension change.
 * @example await topMovers(store, { by: 'month', periods: 3 })
 */
export async function topMovers(store: Store, options: MoversOptions = {}): Promise<Mover[]> {
  const { by = 'month', periods = 3, limit = 10, minEvents = 3, asOf } = options;
  const [events, present] = await Promise.all([loadEventRows(store), asOf ?? dataPresent(store)]);
  const to = periodBounds(periodOf(present, by)!, by).end;
  const movers: Mover[] = [];
  for (const [key, list] of groupByDyad(events)) {
    if (list.length < minEvents) continue;
    const dyad = key.split('|') as [string, string];
    const points = measure(dyadSeries(list, dyad[0], dyad[1], { by, to }), options);
    const active = points.flatMap((p, i) => (p.total > 0 ? [i] : []));
    const [last, previous] = [active[active.length - 1], active[active.length - 2]];
    // Dyads quiet in the recent window, dated only coarser than the period, or with one active period do not move.
    if (last === undefined || previous === undefined || last < points.length - periods) continue;
    const [end, start] = [points[last]!, points[previous]!];
    movers.push({
      dyad, period: end.period, fromPeriod: start.period, from: start.tension, to: end.tension,
      change: round1(end.tension - start.tension), surgeFrom: start.surge ?? 0, surge: end.surge ?? 0,
      hostility: end.hostility, events: list.length, recentEvents: points.slice(-periods).reduce((n, p) => n + p.total, 0),
    });
  }
  return movers
    .sort((x, y) => Math.abs(y.surge) - Math.abs(x.surge) || Math.abs(y.change) - Math.abs(x.change) || x.dyad.join().localeCompare(y.dyad.join()))
    .slice(0, limit);
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

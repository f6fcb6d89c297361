// Async wrappers that load events from a Store and run the pure analyses over them.
import type { EventFilter, EventRow, Store, StoredEvent } from '../store/store.ts';
import { detectAlerts, type Alert, type AlertOptions } from './alerts.ts';
import { dyadSeries, type SeriesOptions } from './dyad-series.ts';
import { countable, dyadOf, eventDate } from './events.ts';
import { actorNetwork, type ActorNetwork } from './network.ts';
import { boundDay, periodBounds, periodOf, type PeriodUnit } from './periods.ts';
import { tension, type TensionOptions, type TensionPoint } from './tension.ts';
import { titForTat, type ChainOptions, type TitForTat } from './tit-for-tat.ts';

/** More events than any store here holds; the store caps nothing below it. */
const ALL = 10_000_000;

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

/** The last period any event falls in, or null. */
function lastPeriod(events: readonly EventRow[], by: PeriodUnit): string | null {
  let last: string | null = null;
  for (const e of events) {
    const p = periodOf(eventDate(e), by);
    if (p && (!last || p > last)) last = p;
  }
  return last;
}

/**
 * The dyad's series with its tension index, loaded from the store. The baseline and the smoothing run over
 * the dyad's whole history, so `from`/`to` only choose which periods are shown.
 * @example await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2025-01' })
 */
export async function dyadTension(
  store: Store,
  a: string,
  b: string,
  options: SeriesOptions & TensionOptions,
): Promise<TensionPoint[]> {
  const events = await loadEventRows(store, { dyad: [a, b], directed: options.directed });
  const { from, to, ...rest } = options;
  const history = dyadSeries(events, a, b, rest);
  const lo = from ? boundDay(from, 'start') : null;
  const hi = to ? boundDay(to, 'end') : null;
  const first = [history[0]?.start, lo].filter((d): d is string => !!d).sort()[0];
  const last = [history[history.length - 1]?.end, hi].filter((d): d is string => !!d).sort().pop();
  if (!first || !last) return [];
  const points = tension(dyadSeries(events, a, b, { ...rest, from: first, to: last }), options);
  return points.filter((p) => (!lo || p.end >= lo) && (!hi || p.start <= hi));
}

export interface AlertReport extends Alert {
  /** The driving events themselves, in the order of eventIds. */
  drivers: StoredEvent[];
}

export interface AlertsOptions extends Partial<Omit<AlertOptions, 'dyad'>> {
  /** Only alerts whose period ends on or after this date. */
  since?: string;
  by?: PeriodUnit;
  /** Dyads with fewer events are skipped. */
  minDyadEvents?: number;
}

/**
 * Alerts for every dyad with at least minDyadEvents events, newest first; each dyad's series runs
 * from its first event to the last period of the whole store, so recent quiet counts too.
 * @example await alerts(store, { since: '2025-06-01' })
 */
export async function alerts(store: Store, options: AlertsOptions = {}): Promise<AlertReport[]> {
  const { since, by = 'month', minDyadEvents = 5, ...detect } = options;
  const events = await loadEvents(store);
  const last = lastPeriod(events, by);
  if (!last) return [];
  const to = periodBounds(last, by).end;
  const byId = new Map(events.map((e) => [e.id, e]));
  const found: AlertReport[] = [];
  for (const [key, list] of groupByDyad(events)) {
    if (list.length < minDyadEvents) continue;
    const dyad = key.split('|') as [string, string];
    const series = dyadSeries(list, dyad[0], dyad[1], { by, to });
    for (const alert of detectAlerts(series, { ...detect, dyad })) {
      if (since && alert.end < boundDay(since, 'start')) continue;
      found.push({ ...alert, drivers: alert.eventIds.map((id) => byId.get(id)!).filter(Boolean) });
    }
  }
  return found.sort((x, y) => y.end.localeCompare(x.end) || y.magnitude - x.magnitude);
}

export interface Mover {
  dyad: [string, string];
  /** Latest period and the one `periods` before it. */
  period: string;
  fromPeriod: string;
  from: number;
  to: number;
  /** to − from, in tension points. */
  change: number;
  events: number;
  /** Events in the latest `periods` periods. */
  recentEvents: number;
}

/**
 * Dyads whose tension moved most over the latest `periods` periods of the store, largest |change| first.
 * @example await topMovers(store, { by: 'month', periods: 3 })
 */
export async function topMovers(
  store: Store,
  options: { by?: PeriodUnit; periods?: number; limit?: number; minEvents?: number } & TensionOptions = {},
): Promise<Mover[]> {
  const { by = 'month', periods = 3, limit = 10, minEvents = 3 } = options;
  const events = await loadEventRows(store);
  const last = lastPeriod(events, by);
  if (!last) return [];
  const to = periodBounds(last, by).end;
  const movers: Mover[] = [];
  for (const [key, list] of groupByDyad(events)) {
    if (list.length < minEvents) continue;
    const dyad = key.split('|') as [string, string];
    const points = tension(dyadSeries(list, dyad[0], dyad[1], { by, to }), options);
    // A dyad whose events are all dated coarser than the period (years, seasons) has no series.
    if (!points.length) continue;
    const end = points[points.length - 1]!;
    const start = points[Math.max(0, points.length - 1 - periods)]!;
    const recent = points.slice(-periods).reduce((n, p) => n + p.total, 0);
    movers.push({
      dyad, period: end.period, fromPeriod: start.period, from: start.tension, to: end.tension,
      change: Math.round((end.tension - start.tension) * 10) / 10, events: list.length, recentEvents: recent,
    });
  }
  return movers
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || y.recentEvents - x.recentEvents || x.dyad.join().localeCompare(y.dyad.join()))
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

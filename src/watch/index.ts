// `marsad watch` as a library: poll a list of feeds on a schedule, store what is new, raise alerts as they happen.
import type { PeriodUnit } from '../analyze/periods.ts';
import type { RaisedAlert, Store } from '../store/store.ts';
import { pollFeeds, type PollTotals } from './cycle.ts';
import type { WatchedFeed } from './feed-list.ts';
import { postAlerts, raiseNewAlerts, type WebhookReport } from './raise-alerts.ts';

export { parseFeedList, readFeedList, type FeedList, type WatchedFeed } from './feed-list.ts';
export { parseDuration, formatDuration } from './duration.ts';
export { formatCycle } from './report.ts';

export interface WatchOptions {
  store: Store;
  feeds: readonly WatchedFeed[];
  /** Time from the start of one cycle to the start of the next. */
  everyMs: number;
  /** Run one cycle and return. */
  once?: boolean;
  /** Stop: the sleep ends at once, polls in flight are dropped, a hand-off in flight finishes first. */
  signal?: AbortSignal;
  /** Per feed request (default 30 s). */
  timeoutMs?: number;
  /** Longest wait before retrying a failing feed (default 6 h, never below everyMs). */
  maxBackoffMs?: number;
  /** Feeds fetched at once (default 8). */
  concurrency?: number;
  /** POST each new alert here as JSON; a failure is reported and retried next cycle. */
  webhook?: string;
  /** Period of the alert detector (default month, as `marsad alerts`). */
  by?: PeriodUnit;
  workers?: number;
  dictDirs?: string[];
  /** Called after each cycle with its summary. */
  onCycle?: (summary: CycleSummary) => void;
}

export interface CycleSummary extends PollTotals {
  cycle: number;
  /** When the cycle started (ISO 8601) and how long it took. */
  started: string;
  seconds: number;
  /** Alerts raised in this cycle (kept in the store once each). */
  alerts: RaisedAlert[];
  webhook: WebhookReport | null;
  /** A failure that stopped the cycle short (the store unreachable, say); the next cycle tries again. */
  error: string | null;
}

/** Events stored this long before a cycle still count as new for alerts: storage is not instant, and a kept alert is never kept twice. */
const ALERT_OVERLAP_MS = 10 * 60_000;

/**
 * Watch feeds until `once` is done or `signal` aborts; returns the number of cycles run.
 * @example await watch({ store, feeds: readFeedList('feeds.txt').feeds, everyMs: 900_000, onCycle: (s) => console.log(formatCycle(s)) })
 */
export async function watch(options: WatchOptions): Promise<number> {
  let since = new Date(Date.now() - ALERT_OVERLAP_MS).toISOString();
  let cycle = 0;
  while (!options.signal?.aborted) {
    const started = Date.now();
    const summary = await runCycle(++cycle, since, options);
    if (summary.error === null) since = new Date(started - ALERT_OVERLAP_MS).toISOString();
    options.onCycle?.(summary);
    if (options.once) break;
    await sleep(started + options.everyMs - Date.now(), options.signal);
  }
  return cycle;
}

async function runCycle(cycle: number, since: string, options: WatchOptions): Promise<CycleSummary> {
  const started = Date.now();
  const summary: CycleSummary = {
    cycle, started: new Date(started).toISOString(), seconds: 0, polled: 0, unchanged: 0, waiting: 0, backingOff: 0, newItems: 0, stored: 0,
    duplicates: 0, events: 0, failedFeeds: [], failedItems: [], alerts: [], webhook: null, error: null,
  };
  try {
    Object.assign(summary, await pollFeeds({
      store: options.store, feeds: options.feeds, everyMs: options.everyMs, maxBackoffMs: options.maxBackoffMs ?? 6 * 3_600_000,
      timeoutMs: options.timeoutMs ?? 30_000, concurrency: options.concurrency ?? 8, signal: options.signal,
      workers: options.workers, dictDirs: options.dictDirs,
    }));
    summary.alerts = await raiseNewAlerts(options.store, since, { by: options.by });
    if (options.webhook) summary.webhook = await postAlerts(options.store, options.webhook, { timeoutMs: options.timeoutMs ?? 30_000 });
  } catch (err) {
    // The watch outlives a bad cycle: what was stored stays stored, and the next cycle starts afresh.
    summary.error = (err as Error).message;
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** Wait `ms`, or less when the signal aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

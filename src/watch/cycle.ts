// One watch cycle: poll the feeds that are due, hand what is new to coding and storage, then keep each
// feed's state. A feed's new validators are kept only once its items are stored, so nothing is skipped.
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import type { FeedState, Store } from '../store/store.ts';
import type { WatchedFeed } from './feed-list.ts';
import { failed, freshState, isDue, succeeded } from './feed-state.ts';
import { handOff, type HandOffOptions } from './hand-off.ts';
import { fetchFeed, newItems } from './poll-feed.ts';

export interface CycleOptions extends HandOffOptions {
  store: Store;
  feeds: readonly WatchedFeed[];
  everyMs: number;
  maxBackoffMs: number;
  timeoutMs: number;
  /** Feeds fetched at once. */
  concurrency: number;
  /** Stops the polls still running; the feeds they were for keep their state. */
  signal?: AbortSignal;
}

export interface FeedFailure {
  url: string;
  reason: string;
  /** Failed polls in a row, and when the feed is polled again. */
  failures: number;
  nextPoll: string;
}

export interface PollTotals {
  /** Feeds asked (due), of which unchanged (304 or same file); feeds not due yet, and of those, failing ones backing off. */
  polled: number;
  unchanged: number;
  waiting: number;
  backingOff: number;
  newItems: number;
  stored: number;
  duplicates: number;
  events: number;
  failedFeeds: FeedFailure[];
  /** Items that could not be read, coded or stored: the item and why. */
  failedItems: { input: string; reason: string }[];
}

/** What a poll of one feed found, with the state to keep if its items are stored. */
interface Poll {
  feed: WatchedFeed;
  next: FeedState;
  articles: Article[];
}

/**
 * Poll every due feed once and store what is new.
 * @example await pollFeeds({ store, feeds, everyMs: 900_000, maxBackoffMs: 21_600_000, timeoutMs: 30_000, concurrency: 8 })
 */
export async function pollFeeds(options: CycleOptions): Promise<PollTotals> {
  const { store, everyMs } = options;
  const started = Date.now();
  const states = new Map((await store.feeds()).map((s) => [s.url, s]));
  const stateOf = (url: string) => states.get(url) ?? freshState(url);
  const due = options.feeds.filter((f) => isDue(stateOf(f.url), started, everyMs));
  const waiting = options.feeds.filter((f) => !due.includes(f));
  const totals: PollTotals = {
    polled: 0, unchanged: 0, waiting: waiting.length, backingOff: waiting.filter((f) => stateOf(f.url).failures > 0).length,
    newItems: 0, stored: 0, duplicates: 0, events: 0, failedFeeds: [], failedItems: [],
  };
  const polls = (await mapLimit(due, options.concurrency, (feed) => pollOne(feed, stateOf(feed.url), started, options, totals)))
    .filter((p): p is Poll => p !== null);
  const articles = uniqueById(polls.flatMap((p) => p.articles));
  totals.newItems = articles.length;
  let storedIds = new Set<string>();
  try {
    const handed = await handOff(articles, options);
    Object.assign(totals, { stored: handed.stored, duplicates: handed.duplicates, events: handed.events });
    totals.failedItems.push(...handed.failed);
    storedIds = new Set(handed.storedIds);
  } catch (err) {
    // Nothing was handed off: the feeds with new items keep their old validators and are fetched again.
    const reason = `new items not stored: ${(err as Error).message}`;
    for (const p of polls.filter((x) => x.articles.length > 0)) {
      p.next = failed(stateOf(p.feed.url), started, reason, everyMs, options.maxBackoffMs);
      totals.failedFeeds.push(failure(p.next));
    }
  }
  for (const p of polls) {
    const stored = p.articles.filter((a) => storedIds.has(a.id)).length;
    await store.saveFeed({ ...p.next, stored: p.next.stored + stored });
  }
  return totals;
}

async function pollOne(feed: WatchedFeed, state: FeedState, at: number, options: CycleOptions, totals: PollTotals): Promise<Poll | null> {
  const { everyMs, maxBackoffMs } = options;
  try {
    const answer = await fetchFeed(feed, state, { timeoutMs: options.timeoutMs, signal: options.signal });
    totals.polled++;
    if (!answer.changed) {
      totals.unchanged++;
      return { feed, next: succeeded(state, at, everyMs, {}), articles: [] };
    }
    const found = await newItems(feed, answer.xml, options.store);
    totals.failedItems.push(...found.failed.map((e) => ({ input: e.position ? `${e.input} (${e.position})` : e.input, reason: e.detail })));
    return { feed, next: succeeded(state, at, everyMs, { etag: answer.etag, lastModified: answer.lastModified, items: found.items }), articles: found.articles };
  } catch (err) {
    // A stop request is not the feed's fault: it keeps its state and is polled on the next run.
    if (options.signal?.aborted) return null;
    if (!(err instanceof InputError)) throw err;
    totals.polled++;
    const next = failed(state, at, err.detail, everyMs, maxBackoffMs);
    totals.failedFeeds.push(failure(next));
    return { feed, next, articles: [] };
  }
}

function failure(s: FeedState): FeedFailure {
  return { url: s.url, reason: s.lastError ?? '', failures: s.failures, nextPoll: s.nextPoll ?? '' };
}

/** The same article in two feeds is handed off once. */
function uniqueById(articles: Article[]): Article[] {
  return [...new Map(articles.map((a) => [a.id, a])).values()];
}

/** Run `fn` over `items`, at most `limit` at once, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

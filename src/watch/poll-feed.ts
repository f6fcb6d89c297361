// One poll of one feed: a conditional GET (or a file read), then the items not stored yet, as articles.
import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import { decodeText } from '../ingest/decode.ts';
import { articleFromItem, parseFeed, readCapped } from '../ingest/feed.ts';
import { contentHash } from '../ingest/hash.ts';
import type { FeedState, Store } from '../store/store.ts';
import type { WatchedFeed } from './feed-list.ts';
import { formatDuration } from './duration.ts';

/** A feed's answer: unchanged since the validators we hold (304, or a file with the same mtime), or its text. */
export type FeedFetch =
  | { changed: false }
  | { changed: true; xml: string; etag: string | null; lastModified: string | null };

/**
 * Fetch a feed, sending the validators of its last 200 (If-None-Match, If-Modified-Since).
 * @example await fetchFeed(feed, state, { timeoutMs: 30_000 }) // { changed: false } on 304
 */
export async function fetchFeed(
  feed: WatchedFeed, state: Pick<FeedState, 'etag' | 'lastModified'>, options: { timeoutMs: number; signal?: AbortSignal },
): Promise<FeedFetch> {
  if (!/^https?:\/\//i.test(feed.url)) return readFeedFile(feed.url, state.lastModified);
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let res: Response;
  let body: Uint8Array;
  try {
    res = await fetch(feed.url, { headers, redirect: 'follow', signal: options.signal ? AbortSignal.any([timeout, options.signal]) : timeout });
    if (res.status === 304) return { changed: false };
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(feed.url, `answered HTTP ${res.status}`);
    }
    // A feed is capped in bytes like any fetched page: a hostile or broken server cannot fill the memory.
    body = await readCapped(res, feed.url);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    const why = timeout.aborted ? `did not answer within ${formatDuration(options.timeoutMs)}` : `cannot be fetched: ${(cause as Error).message}`;
    throw new InputError(feed.url, why, undefined, { cause });
  }
  return { changed: true, xml: decodeText(body, feed.url), etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
}

/** A feed file, unchanged while its modification time is the one recorded. */
function readFeedFile(path: string, known: string | null): FeedFetch {
  try {
    const mtime = statSync(path).mtime.toISOString();
    if (mtime === known) return { changed: false };
    return { changed: true, xml: decodeText(readFileSync(path), path), etag: null, lastModified: mtime };
  } catch (cause) {
    throw new InputError(path, 'cannot be read', undefined, { cause });
  }
}

export interface NewItems {
  /** Items the feed holds now. */
  items: number;
  articles: Article[];
  /** Items that could not be read, each naming the item and why. */
  failed: InputError[];
}

/**
 * The items of a feed's text that the store does not hold yet (same link or guid URL, or same content), as
 * articles with the feed's language and outlet. Links are checked before a summary's page is fetched, so an
 * item already stored costs no request. Throws InputError when the text is not a feed at all.
 */
export async function newItems(feed: WatchedFeed, xml: string, store: Store): Promise<NewItems> {
  const items = parseFeed(xml, feed.url);
  const out: NewItems = { items: items.length, articles: [], failed: [] };
  for (const item of items) {
    const url = item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : null);
    try {
      // No stored article has an empty hash: this asks about the URL alone.
      if (url && (await store.hasArticle('', url))) continue;
      const article = await articleFromItem({ ...item, link: url }, feed.url, { lang: feed.lang });
      if (await store.hasArticle(contentHash(article), article.url)) continue;
      out.articles.push(feed.outlet ? { ...article, outlet: feed.outlet } : article);
    } catch (err) {
      out.failed.push(err instanceof InputError ? err : new InputError(`${feed.url}: item "${item.title ?? url ?? '?'}"`, (err as Error).message, undefined, { cause: err }));
    }
  }
  return out;
}

// The list of feeds `marsad watch` polls: one a line, a URL or file with optional lang= and outlet=, # comments.
import { readFileSync } from 'node:fs';
import type { Lang } from '../doc.ts';
import { InputError } from '../errors.ts';

export interface WatchedFeed {
  /** An http(s) URL, or a path to a feed file. */
  url: string;
  /** Language of its articles (detected per article when absent). */
  lang?: Lang;
  /** Outlet name for its articles (the link's host name when absent). */
  outlet?: string;
}

export interface FeedList {
  feeds: WatchedFeed[];
  /** Each line that could not be read, naming the file and line; the other lines are still watched. */
  errors: InputError[];
}

const FIELD = /^(\w+)=(?:"([^"]*)"|(\S+))/;

/**
 * Parse a feed list; a bad line is reported and skipped.
 * @example parseFeedList('https://example.org/rss.xml lang=ar outlet="Al Example"\n', 'feeds.txt').feeds
 *   // [{ url: 'https://example.org/rss.xml', lang: 'ar', outlet: 'Al Example' }]
 */
export function parseFeedList(text: string, name: string): FeedList {
  const feeds: WatchedFeed[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    // A # starts a comment at the start of a line or after a space (a URL may hold # in its fragment).
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    try {
      const feed = parseLine(line);
      if (seen.has(feed.url)) throw new Error(`lists ${feed.url} a second time`);
      seen.add(feed.url);
      feeds.push(feed);
    } catch (err) {
      errors.push(new InputError(name, (err as Error).message, `line ${i + 1}`));
    }
  });
  return { feeds, errors };
}

/** Read and parse a feed list file. */
export function readFeedList(path: string): FeedList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(path, 'cannot be read as a feed list', undefined, { cause });
  }
  return parseFeedList(text, path);
}

function parseLine(line: string): WatchedFeed {
  const [url] = line.split(/\s+/, 1) as [string];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^https?:\/\//i.test(url)) throw new Error(`expected an http(s) URL or a file, found "${url}"`);
  const feed: WatchedFeed = { url };
  let rest = line.slice(url.length).trim();
  while (rest) {
    const m = FIELD.exec(rest);
    if (!m) throw new Error(`expected key=value after the URL, found "${rest}"`);
    const [, key, quoted, bare] = m;
    const value = quoted ?? bare!;
    if (key === 'lang') {
      if (value !== 'ar' && value !== 'en') throw new Error(`lang must be ar or en, found "${value}"`);
      feed.lang = value;
    } else if (key === 'outlet') feed.outlet = value;
    else throw new Error(`unknown field "${key}" (expected lang or outlet)`);
    rest = rest.slice(m[0].length).trim();
  }
  return feed;
}

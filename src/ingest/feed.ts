// RSS 2.0 and Atom feeds: one article per item; an item holding only a summary is completed from its page.
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import { contentHash } from './hash.ts';
import { articleFromHtml, formatBytes, MAX_PAGE_BYTES, toDate } from './html.ts';
import { decodeText } from './decode.ts';
import type { ReadOptions } from './text-file.ts';

/** Items shorter than this (in characters of text) are summaries: the linked page is fetched. */
const SUMMARY_MAX = 500;

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** RSS guid or Atom id: the item's identity when it has no link. */
  guid: string | null;
  published: string | null;
  /** Text of the item's content or summary, tags stripped. */
  text: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: '#cdata' });

/** Whether a text looks like an RSS or Atom document. */
export function isFeed(raw: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/.test(raw);
}

/**
 * Parse the items of an RSS or Atom feed. `name` is the feed's URL when it was fetched: item links relative
 * to it ("/news/123.html", which some feeds give) are made absolute, so the item's page can be fetched.
 */
export function parseFeed(xml: string, name: string): FeedItem[] {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch (cause) {
    throw new InputError(name, 'is not a well-formed feed', undefined, { cause });
  }
  const rss = doc.rss?.channel ?? doc['rdf:RDF'];
  if (rss) {
    const items = [rss.item ?? doc['rdf:RDF']?.item ?? []].flat();
    return items.map((i: any) => ({
      title: textOf(i.title),
      link: absolute(textOf(i.link), name),
      guid: textOf(i.guid),
      published: toDate(textOf(i.pubDate) ?? textOf(i['dc:date'])),
      text: stripTags(textOf(i['content:encoded']) ?? textOf(i.description) ?? ''),
    }));
  }
  if (doc.feed) {
    const entries = [doc.feed.entry ?? []].flat();
    return entries.map((e: any) => {
      const links = [e.link ?? []].flat();
      const alt = links.find((l: any) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
      return {
        title: textOf(e.title),
        link: absolute(alt?.['@href'] ?? null, name),
        guid: textOf(e.id),
        published: toDate(textOf(e.published) ?? textOf(e.updated)),
        text: stripTags(textOf(e.content) ?? textOf(e.summary) ?? ''),
      };
    });
  }
  throw new InputError(name, 'is XML but neither RSS nor Atom');
}

/** A link as given, or resolved against the feed's URL when it is relative and the feed has one. */
function absolute(link: string | null, feed: string): string | null {
  if (!link || /^[a-z][a-z0-9+.-]*:/i.test(link) || !/^https?:\/\//i.test(feed)) return link;
  try {
    return new URL(link, feed).href;
  } catch {
    return link;
  }
}

/** Articles of a feed, fetching each summary-only item's page. */
export async function* articlesFromFeed(xml: string, name: string, options: ReadOptions = {}): AsyncGenerator<Article | InputError> {
  for (const item of parseFeed(xml, name)) {
    try {
      yield await articleFromItem(item, name, options);
    } catch (err) {
      yield err instanceof InputError ? err : new InputError(item.link ?? name, (err as Error).message, undefined, { cause: err });
    }
  }
}

/**
 * One feed item as an article; an item holding only a summary is completed from its linked page.
 * @example await articleFromItem(parseFeed(xml, 'feed.xml')[0]!, 'feed.xml', { lang: 'ar' })
 */
export async function articleFromItem(item: FeedItem, name: string, options: ReadOptions = {}): Promise<Article> {
  if (item.text.length < SUMMARY_MAX && item.link && /^https?:/.test(item.link)) {
    const page = await fetchText(item.link, options);
    const a = articleFromHtml(page, item.link, options);
    return { ...a, title: item.title ?? a.title, published: options.published ?? item.published ?? a.published };
  }
  if (!item.text) throw new InputError(`${name}: item "${item.title ?? item.link ?? '?'}"`, 'has no text and no link');
  const article: Article = {
    id: '',
    url: item.link,
    outlet: item.link ? new URL(item.link).hostname.replace(/^www\./, '') : null,
    title: item.title,
    text: item.text,
    lang: options.lang ?? null,
    published: options.published ?? item.published,
  };
  article.id = contentHash(article).slice(0, 16);
  return article;
}

/** GET a URL as text, with a clear error naming it; reading stops at `maxPageBytes`. */
export async function fetchText(url: string, options: ReadOptions = {}): Promise<string> {
  const max = options.maxPageBytes ?? MAX_PAGE_BYTES;
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  } catch (cause) {
    throw new InputError(url, `cannot be fetched: ${(cause as Error).message}`, undefined, { cause });
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new InputError(url, `answered HTTP ${res.status}`);
  }
  return decodeText(await readCapped(res, url, max), url, options.onWarning);
}

/** The body of a response, read chunk by chunk and abandoned as soon as it passes `max` bytes. */
export async function readCapped(res: Response, url: string, max = MAX_PAGE_BYTES): Promise<Uint8Array> {
  const tooBig = () => new InputError(url, `sent more than ${formatBytes(max)}, the limit for a page; reading stopped there`);
  if (Number(res.headers.get('content-length')) > max) {
    await res.body?.cancel();
    throw tooBig();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      total += r.value.byteLength;
      if (total > max) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(r.value);
    }
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError(url, `stopped sending: ${(cause as Error).message}`, undefined, { cause });
  }
  return Buffer.concat(chunks);
}

function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  const o = v as Record<string, unknown>;
  return textOf(o['#cdata'] ?? o['#text'] ?? o['@href'] ?? null);
}

function stripTags(html: string): string {
  return html
    .replace(/<\/(p|div|li|h\d|br)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

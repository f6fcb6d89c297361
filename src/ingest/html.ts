// HTML pages: main text by Readability over linkedom; title, date and outlet from meta tags and JSON-LD.
import { createRequire } from 'node:module';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import { contentHash } from './hash.ts';
import { flattenDeepHtml } from './html-depth.ts';
import type { ReadOptions } from './text-file.ts';

type Dom = typeof import('linkedom') & typeof import('@mozilla/readability');
let dom: Dom | undefined;
/** Loaded on first use: linkedom takes 0.3 s to load, which every command that reads no HTML (and `--help`) would pay. */
function htmlLibs(): Dom {
  const require = createRequire(import.meta.url);
  return (dom ??= { ...(require('linkedom') as typeof import('linkedom')), ...(require('@mozilla/readability') as typeof import('@mozilla/readability')) });
}

/** Pages and feeds over this many bytes are refused: news pages are well under 3 MB, and a parse costs ten times its size in memory. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** A size for messages: "8 MB", "512 bytes". */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

/**
 * Read one HTML page as an article; `name` (file path or URL) is used in errors and as the URL.
 * A page over `maxPageBytes` is refused, and nesting beyond MAX_HTML_DEPTH is flattened before parsing.
 */
export function articleFromHtml(html: string, name: string, options: ReadOptions = {}): Article {
  const max = options.maxPageBytes ?? MAX_PAGE_BYTES;
  if (html.length > max) throw new InputError(name, `is ${formatBytes(html.length)} of HTML, over the ${formatBytes(max)} limit for a page`);
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(flattenDeepHtml(html));
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document);
  const reader = new Readability(document as unknown as Document, { charThreshold: 100 });
  const parsed = reader.parse();
  const text = paragraphs(parsed?.textContent ?? '', parsed?.content ?? '');
  if (!text) throw new InputError(name, 'has no readable article text');
  const url = /^https?:/.test(name) ? name : (meta('og:url') ?? ld.url ?? null);
  const published = toDate(meta('article:published_time') ?? ld.datePublished ?? meta('date') ?? meta('pubdate') ?? meta('DC.date.issued'));
  const title = meta('og:title') ?? ld.headline ?? parsed?.title ?? document.querySelector('title')?.textContent?.trim() ?? null;
  const htmlLang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const article: Article = {
    id: '',
    url,
    outlet: meta('og:site_name') ?? ld.publisher ?? (url ? new URL(url).hostname.replace(/^www\./, '') : null),
    title,
    text,
    lang: options.lang ?? (htmlLang === 'ar' || htmlLang === 'en' ? htmlLang : null),
    published: options.published ?? published,
  };
  article.id = contentHash(article).slice(0, 16);
  return article;
}

/** Readability's HTML turned into paragraphs separated by single newlines. */
function paragraphs(textContent: string, content: string): string {
  if (content) {
    const { document } = htmlLibs().parseHTML(`<html><body>${content}</body></html>`);
    const blocks = [...document.querySelectorAll('p, h2, h3, h4, li, blockquote')]
      .filter((el) => !el.querySelector('p, li'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (blocks.length) return blocks.join('\n');
  }
  return textContent.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

interface LdFields {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

function jsonLd(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): LdFields {
  for (const node of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const value = JSON.parse(node.textContent ?? '');
      const items: Record<string, unknown>[] = Array.isArray(value) ? value : value['@graph'] ?? [value];
      const news = items.find((i) => /Article|NewsArticle|Report/.test(String(i['@type'])));
      if (!news) continue;
      const pub = news.publisher as { name?: string } | undefined;
      return {
        headline: typeof news.headline === 'string' ? news.headline : undefined,
        datePublished: typeof news.datePublished === 'string' ? news.datePublished : undefined,
        publisher: pub?.name,
        url: typeof news.url === 'string' ? news.url : undefined,
      };
    } catch {
      // Malformed JSON-LD is common on news sites; the meta tags still apply.
    }
  }
  return {};
}

/** The YYYY-MM-DD part of an ISO or RFC 2822 date, or null. */
export function toDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1]!;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

// Expands ingest inputs (files, folders, '-', http(s) URLs) and reads each as articles of its kind.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import { readTextFile } from './decode.ts';
import { articleFromHtml } from './html.ts';
import { articlesFromFeed, fetchText, isFeed } from './feed.ts';
import { articleRecords, type ReadOptions } from './text-file.ts';

export type Source = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'url'; url: string };

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xml', '.rss', '.atom']);
/** Folder documentation, never an article (a file named on the command line is still read). */
const NOT_ARTICLES = /^(readme|index|license|changelog|contributing)(\.[a-z]+)?$/i;

/** Every source named by the inputs; folders are walked recursively (hidden entries skipped, sorted). */
export function expandInputs(inputs: string[]): Source[] {
  const out: Source[] = [];
  const walk = (path: string, top: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (cause) {
      throw new InputError(path, 'does not exist or cannot be read', undefined, { cause });
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.') && !NOT_ARTICLES.test(name)) walk(join(path, name), false);
    } else if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      out.push({ kind: 'file', path });
    }
  };
  for (const input of inputs) {
    if (input === '-') out.push({ kind: 'stdin' });
    else if (/^https?:\/\//i.test(input)) out.push({ kind: 'url', url: input });
    else walk(input, true);
  }
  return out;
}

export function sourceName(s: Source): string {
  return s.kind === 'file' ? s.path : s.kind === 'url' ? s.url : 'stdin';
}

/** An article of a source with where it came from ("batch.jsonl (line 3)", a feed item's URL), or why a part could not be read. */
export type SourceItem = { article: Article; origin: string } | InputError;

/** The articles of one source, each with its origin, or an InputError for each part that could not be read. */
export async function* readSource(source: Source, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const name = sourceName(source);
  let raw: string;
  try {
    if (source.kind === 'url') raw = await fetchText(source.url, options);
    else raw = readTextFile(source.kind === 'file' ? source.path : 0, name, options.onWarning);
  } catch (err) {
    yield err instanceof InputError ? err : new InputError(name, 'cannot be read', undefined, { cause: err });
    return;
  }
  try {
    for await (const item of itemsOf(raw, name, options)) yield item instanceof InputError ? item : withoutNul(item);
  } catch (err) {
    yield err instanceof InputError ? err : new InputError(name, (err as Error).message, undefined, { cause: err });
  }
}

async function* itemsOf(raw: string, name: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  if (isFeed(raw)) {
    for await (const item of articlesFromFeed(raw, name, options)) yield item instanceof InputError ? item : { article: item, origin: item.url ?? name };
  } else if (isHtml(name, raw)) {
    yield { article: articleFromHtml(raw, name, options), origin: name };
  } else {
    // JSON Lines give a record a line: one bad line must not lose the good ones.
    yield* articleRecords(raw, name, options);
  }
}

/** The item, or an error naming it when a field holds U+0000 (a JSON "\u0000" escape): PostgreSQL text cannot store it. */
function withoutNul(item: { article: Article; origin: string }): SourceItem {
  const { article, origin } = item;
  const field = (['title', 'text', 'outlet', 'url', 'id'] as const).find((f) => article[f]?.includes('\0'));
  return field ? new InputError(origin, `${field} holds a NUL character (U+0000), which cannot be stored`) : item;
}

function isHtml(name: string, raw: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html[\s>])/i.test(raw);
}

// Readers for one article file: plain text (optional front matter, first line the title) or a JSON article.
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';
import { isCalendarDate } from '../store/date-range.ts';
import { readTextFile, type WarningHandler } from './decode.ts';
import { contentHash } from './hash.ts';

export interface ReadOptions {
  published?: string;
  lang?: 'ar' | 'en';
  /** Told of problems that did not stop an input, such as bad UTF-8 bytes replaced. */
  onWarning?: WarningHandler;
  /** Most bytes read from one URL (default 8 MB): a larger page fails by name instead of filling memory. */
  maxPageBytes?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string the store can hold: PostgreSQL text cannot contain NUL. */
const storable = () => z.string().refine((v) => !v.includes('\0'), 'must not contain a NUL character');

const ArticleJson = z.object({
  id: storable().min(1).optional(),
  url: storable().nullish(),
  outlet: storable().nullish(),
  title: storable().nullish(),
  text: storable().refine((t) => t.trim() !== '', 'text is empty'),
  lang: z.enum(['ar', 'en']).nullish(),
  published: z.string().regex(DATE, 'published must be YYYY-MM-DD').refine(isCalendarDate, 'published is not a calendar date').nullish(),
});

/** Validate one JSON article (FORMAT.md fields); `name` says where it came from in errors. */
export function articleFromJson(value: unknown, name: string, options: ReadOptions = {}, position?: string): Article {
  const parsed = ArticleJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(name, `${issue.path.join('.') || 'article'}: ${issue.message}`, position);
  }
  const a = parsed.data;
  const article: Article = {
    id: a.id ?? '',
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    title: a.title ?? null,
    text: a.text,
    lang: options.lang ?? a.lang ?? null,
    published: options.published ?? a.published ?? null,
  };
  if (!article.id) article.id = contentHash(article).slice(0, 16);
  return article;
}

/**
 * Parse plain text: optional `---` YAML front matter, then the title line, then the body.
 * @example articleFromText('Title\n\nBody.', 'a.txt').title === 'Title'
 */
export function articleFromText(raw: string, name: string, options: ReadOptions = {}): Article {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let meta: Record<string, unknown> = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    try {
      meta = (parseYaml(fm[1]!) ?? {}) as Record<string, unknown>;
    } catch (cause) {
      throw new InputError(name, 'front matter is not valid YAML', 'line 1', { cause });
    }
    text = text.slice(fm[0].length);
  }
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new InputError(name, 'is empty: expected a title line and a text');
  const title = typeof meta.title === 'string' ? meta.title : lines[first]!.trim();
  const bodyLines = typeof meta.title === 'string' ? lines.slice(first) : lines.slice(first + 1);
  const body = bodyLines.join('\n').replace(/\n{2,}/g, '\n').trim();
  if (!body) throw new InputError(name, 'has a title but no text');
  const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : meta.published;
  return articleFromJson({ ...meta, published: published ?? null, title, text: body, id: meta.id ?? undefined }, name, options);
}

/** Read one file as one or more articles (JSON Lines gives one per line). */
export function readArticleFile(path: string, options: ReadOptions = {}): Article[] {
  return parseArticles(readTextFile(path, path, options.onWarning), path, options);
}

/** Parse the text of a file (or stdin) by its extension or, failing that, by its content; the first bad record throws. */
export function parseArticles(raw: string, name: string, options: ReadOptions = {}): Article[] {
  return articleRecords(raw, name, options).map((r) => {
    if (r instanceof InputError) throw r;
    return r.article;
  });
}

/** One record of a file: an article and where it came from ("batch.jsonl (line 3)"), or the error that stopped it. */
export type ArticleRecord = { article: Article; origin: string } | InputError;

/**
 * Every record of a file's text. JSON Lines (by extension, or a first line that is a whole JSON object
 * followed by more) give one record a line, so one bad line costs only itself.
 * @example articleRecords('{"text":"A."}\n{oops}\n', 'b.jsonl') // [{ article, origin: 'b.jsonl (line 1)' }, InputError('b.jsonl', …, 'line 2')]
 */
export function articleRecords(raw: string, name: string, options: ReadOptions = {}): ArticleRecord[] {
  const ext = extname(name).toLowerCase();
  const trimmed = raw.replace(/^\uFEFF/, '').trimStart();
  if (ext === '.jsonl' || ext === '.ndjson' || (ext !== '.json' && ext !== '.txt' && isJsonLines(trimmed))) {
    return trimmed.split('\n').flatMap((line, i) => (line.trim() ? [record(name, `line ${i + 1}`, () => articleFromJson(parseJson(line, name, `line ${i + 1}`), name, options, `line ${i + 1}`))] : []));
  }
  if (ext === '.json' || (ext !== '.txt' && trimmed.startsWith('{'))) {
    const fallbackId = basename(name, ext);
    return [record(name, undefined, () => articleFromJson({ id: fallbackId, ...(parseJson(trimmed, name) as Record<string, unknown>) }, name, options))];
  }
  return [record(name, undefined, () => articleFromText(raw, name, options))];
}

function record(name: string, position: string | undefined, read: () => Article): ArticleRecord {
  try {
    return { article: read(), origin: position ? `${name} (${position})` : name };
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/** A first line that is a whole JSON object with more lines after it: JSON Lines on stdin or without extension. */
function isJsonLines(text: string): boolean {
  const nl = text.indexOf('\n');
  if (!text.startsWith('{') || nl < 0 || !text.slice(nl).trim()) return false;
  try {
    return typeof JSON.parse(text.slice(0, nl)) === 'object';
  } catch {
    return false;
  }
}

function parseJson(raw: string, name: string, position?: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (cause) {
    throw new InputError(name, `is not valid JSON: ${(cause as Error).message}`, position, { cause });
  }
}

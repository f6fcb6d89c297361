// Article routes: list, one article with its annotations, and ingestion (code with the pipeline, then store).
import type { FastifyInstance } from 'fastify';
import type { Article } from '../../doc.ts';
import { articleFromJson } from '../../ingest/text-file.ts';
import type { Pipeline } from '../../pipeline/index.ts';
import type { SaveResult, Store, StoredArticle } from '../../store/store.ts';
import { InputError } from '../../errors.ts';
import { HttpError } from '../http-error.ts';
import { articlesQuery, parseParams, writeQuery } from '../params.ts';
import { requireToken } from '../auth.ts';

/** Most articles one POST may carry. */
export const MAX_BATCH = 500;

export interface ArticleRouteOptions {
  store: Store;
  pipeline: () => Promise<Pipeline>;
  token?: string;
  /** Called after articles were stored (drops cached analyses). */
  onWrite?: () => void;
}

/** An article in a listing: no full text, a short excerpt instead. */
export type ArticleSummary = Omit<StoredArticle, 'text'> & { excerpt: string; length: number };

export function summarize(a: StoredArticle): ArticleSummary {
  const { text, ...rest } = a;
  return { ...rest, excerpt: text.slice(0, 240), length: text.length };
}

/** The articles of a POST body: one article object, or `{ articles: [...] }`. */
export function bodyArticles(body: unknown): Article[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError('body', 'expected an article object or { "articles": [...] }');
  }
  const list = (body as { articles?: unknown }).articles;
  if (list === undefined) return [articleFromJson(body, 'body')];
  if (!Array.isArray(list) || list.length === 0) throw new InputError('articles', 'expected a non-empty array of articles');
  if (list.length > MAX_BATCH) throw new HttpError(413, `at most ${MAX_BATCH} articles per request, got ${list.length}`);
  return list.map((item, i) => articleFromJson(item, `articles[${i}]`));
}

export function articleRoutes(app: FastifyInstance, options: ArticleRouteOptions): void {
  const { store } = options;

  app.get('/api/articles', async (request) => {
    const q = parseParams(articlesQuery, request.query);
    const { total, items } = await store.listArticles(q);
    return { total, limit: q.limit, offset: q.offset, items: items.map(summarize) };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', async (request) => {
    const found = await store.getArticle(request.params.id);
    if (!found) throw new HttpError(404, `no article with id "${request.params.id}"`);
    return found;
  });

  app.post('/api/articles', { preHandler: requireToken(options.token) }, async (request, reply) => {
    const { replace } = parseParams(writeQuery, request.query);
    const articles = bodyArticles(request.body);
    const pipeline = await options.pipeline();
    const docs = articles.map((a) => pipeline.code(a));
    const results: SaveResult[] = [];
    for (const doc of docs) results.push(await store.saveDoc(doc, { replace }));
    if (results.some((r) => r.status !== 'duplicate')) {
      await store.recluster();
      options.onWrite?.();
    }
    reply.status(results.some((r) => r.status === 'inserted') ? 201 : 200);
    return { results };
  });
}

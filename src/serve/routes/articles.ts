// Article routes: list, one article with its annotations, and ingestion (coded on worker threads, stored,
// then clustered incrementally).
import { setImmediate } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Article } from '../../doc.ts';
import { articleFromJson } from '../../ingest/text-file.ts';
import type { CoderPool } from '../../ingest/coder-pool.ts';
import type { SaveResult, Store, StoredArticle } from '../../store/store.ts';
import { InputError } from '../../errors.ts';
import { HttpError, ParamError } from '../http-error.ts';
import { articlesQuery, parseParams, writeQuery } from '../params.ts';
import { requireToken } from '../auth.ts';
import type { Answers } from '../answers.ts';

/** Pending events clustered per transaction after a POST. */
const WRITE_CLUSTER_CHUNK = 25;

/** Most articles one POST may carry. */
export const MAX_BATCH = 500;

export interface ArticleRouteOptions {
  store: Store;
  /** The worker threads that code articles (started on first use). */
  coder: () => Promise<CoderPool>;
  token?: string;
  /** Called after articles were stored (drops cached analyses). */
  onWrite?: () => void;
  /** Called as a write begins; the returned function is called when it ends, stored or not. */
  beginWrite?: () => () => void;
  /** Keeps the listing's and the articles' answers per store version. */
  answers: Answers;
}

/** An article in a listing: no full text, a short excerpt instead. */
export type ArticleSummary = Omit<StoredArticle, 'text'> & { excerpt: string; length: number };

export function summarize(a: StoredArticle): ArticleSummary {
  const { text, ...rest } = a;
  return { ...rest, excerpt: text.slice(0, 240), length: text.length };
}

/** The outcome of one POSTed article: stored (or found a duplicate), or failed with why. */
export type ArticleResult = SaveResult | { status: 'failed'; input: string; articleId: string; error: string };

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

const isBatch = (body: unknown): boolean => (body as { articles?: unknown }).articles !== undefined;
/** Why an article failed: an input error's detail (its message repeats the input), else the message. */
const reason = (err: Error): string => (err instanceof InputError ? err.detail : err.message);

export function articleRoutes(app: FastifyInstance, options: ArticleRouteOptions): void {
  const { store } = options;

  app.get('/api/articles', options.answers.kept(async (request) => {
    const q = parseParams(articlesQuery, request.query);
    const { total, items } = await store.listArticles(q);
    return { total, limit: q.limit, offset: q.offset, items: items.map(summarize) };
  }));

  app.get('/api/articles/:id', options.answers.kept(async (request) => {
    const { id } = request.params as { id: string };
    // No stored id holds a NUL (the store refuses one), and PostgreSQL text cannot carry it into the look-up.
    if (id.includes('\0')) throw new ParamError('id', 'must not contain a NUL character');
    const found = await store.getArticle(id);
    if (!found) throw new HttpError(404, `no article with id "${id}"`);
    return found;
  }));

  app.post('/api/articles', { preHandler: requireToken(options.token) }, async (request, reply) => {
    const { replace } = parseParams(writeQuery, request.query);
    const articles = bodyArticles(request.body);
    const inputs = articles.map((_, i) => (isBatch(request.body) ? `articles[${i}]` : 'body'));
    const release = options.beginWrite?.();
    try {
      return await write(articles, inputs, replace, reply);
    } finally {
      release?.();
    }
  });

  /** Code, store and cluster the articles of one POST; one result each. */
  async function write(articles: Article[], inputs: string[], replace: boolean, reply: FastifyReply) {
    const coder = await options.coder();
    const coded = await Promise.all(articles.map((a) => coder.code(a).catch((err: Error) => err)));
    // One short transaction per article, and clustering in small chunks, with a return to the event loop after
    // each (a store whose PGlite runs in this thread blocks it while it writes): a read that is not answered from
    // memory (answers.ts) waits for one transaction, not the write.
    const outcomes: (SaveResult | Error)[] = [];
    for (const c of coded) {
      outcomes.push(c instanceof Error ? c : await store.saveDoc(c, { replace }).catch((err: Error) => err));
      await setImmediate();
    }
    if (outcomes.some((o) => !(o instanceof Error) && o.status !== 'duplicate')) {
      // Clustered before the answer: a client that reads clusters next finds its articles there. A failure
      // here leaves them pending, and the next write or server start clusters them.
      await store.clusterPending({ chunk: WRITE_CLUSTER_CHUNK });
      options.onWrite?.();
    }
    const failures = outcomes.flatMap((o, i) => (o instanceof Error ? [{ i, err: o }] : []));
    // Nothing stored and some failure not the input's fault (the database, a coding worker): the server's error.
    const serverFault = failures.find(({ err }) => !(err instanceof InputError));
    if (failures.length === outcomes.length && serverFault) throw serverFault.err;
    const results: ArticleResult[] = outcomes.map((o, i) =>
      o instanceof Error ? { status: 'failed', input: inputs[i]!, articleId: articles[i]!.id, error: reason(o) } : o);
    if (failures.length === outcomes.length) {
      const named = failures.map(({ i, err }) => `${inputs[i]}: ${reason(err)}`);
      reply.status(400);
      return { error: 'InputError', message: `no article stored: ${named.join('; ')}`, param: inputs[failures[0]!.i], results };
    }
    // 207: some articles stored, some not; each result says which.
    reply.status(failures.length ? 207 : results.some((r) => r.status === 'inserted') ? 201 : 200);
    return { results };
  }
}

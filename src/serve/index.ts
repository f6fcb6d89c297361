// The Marsad HTTP server: the JSON API under /api/, its OpenAPI document, and the dashboard at /.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createCoderPool, type CoderPool } from '../ingest/coder-pool.ts';
import type { Store } from '../store/store.ts';
import { installErrorHandler } from './error-handler.ts';
import { articleRoutes } from './routes/articles.ts';
import { eventRoutes } from './routes/events.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { exportRoutes } from './routes/export.ts';
import { referenceRoutes } from './routes/reference.ts';
import { watchRoutes } from './routes/watch.ts';
import { resultCache } from './cache.ts';
import { analysisViews } from './views.ts';
import { answers as keptAnswers } from './answers.ts';
import { OPENAPI } from './openapi.ts';

export interface ServerOptions {
  store: Store;
  /** Extra dictionary folders for coding POSTed articles. */
  dictDirs?: string[];
  /**
   * Worker threads that code POSTed articles, started on the first POST (default: all cores but one); the
   * server's own thread only parses, stores and answers, so reads keep their latency while articles are coded.
   */
  workers?: number;
  /** Bearer token for write endpoints; without one they answer 403. */
  token?: string;
  /** The built dashboard (dashboard/dist by default). */
  dashboardDir?: string;
  /**
   * How long chains and the network are cached; 0 turns caching off, and with it the per-dyad memo of series,
   * alerts and movers (which a write invalidates for the dyads it touched) and the answers kept per store
   * version (answers.ts). Default 30.
   */
  cacheSeconds?: number;
  /** Fastify request logging (off by default). */
  logger?: boolean;
}

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../dashboard/dist/', import.meta.url));

/** Content Security Policy for the dashboard: nothing but our own scripts, styles, fonts and API. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Build the server (not yet listening, its alerts and movers computed); tests call `app.inject()`, the CLI `app.listen()`.
 * @example const app = await buildServer({ store }); await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Loaded here, not at the top: every CLI command imports this module's neighbours, and only serve needs Fastify.
  const [{ default: Fastify }, { default: fastifyStatic }] = await Promise.all([import('fastify'), import('@fastify/static')]);
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 32 * 1024 * 1024 });
  installErrorHandler(app);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', CSP);
    reply.header('referrer-policy', 'no-referrer');
  });

  let coder: Promise<CoderPool> | null = null;
  const getCoder = (): Promise<CoderPool> => (coder ??= createCoderPool({ workers: options.workers, dictDirs: options.dictDirs })
    .catch((err: unknown) => {
      coder = null;
      throw err;
    }));
  app.addHook('onClose', async () => {
    await (await coder?.catch(() => null))?.close();
  });

  app.get('/openapi.json', async () => OPENAPI);
  const cache = resultCache(options.cacheSeconds ?? 30);
  const views = analysisViews(options.store, { memo: options.cacheSeconds !== 0 });
  const onWrite = () => {
    cache.clear();
    views.changed();
  };
  // Answers are kept per store version: a write by any process makes the next read compute afresh.
  const answers = keptAnswers(options.store, views, { enabled: options.cacheSeconds !== 0 });
  const beginWrite = () => {
    const [viewsDone, answersDone] = [views.writing(), answers.hold()];
    return () => {
      viewsDone();
      answersDone();
    };
  };
  articleRoutes(app, { store: options.store, coder: getCoder, token: options.token, onWrite, beginWrite, answers });
  eventRoutes(app, options.store, answers);
  analysisRoutes(app, options.store, cache, views, answers);
  // The heavy views are ready before the first request, never computed on a cold read; the store must not
  // close under a refresh.
  await views.refresh();
  app.addHook('onClose', () => views.close());
  exportRoutes(app, options.store);
  referenceRoutes(app);
  watchRoutes(app, options.store);

  const dashboardDir = options.dashboardDir ?? DEFAULT_DASHBOARD_DIR;
  if (existsSync(dashboardDir)) {
    // preCompressed: the build writes .br and .gz beside each file; the one the browser accepts is sent as it is.
    await app.register(fastifyStatic, { root: dashboardDir, prefix: '/', index: ['index.html'], wildcard: true, preCompressed: true });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send(`Marsad API is running; the dashboard is not built (${dashboardDir} is missing): run npm run build:dashboard\n`),
    );
  }
  return app;
}

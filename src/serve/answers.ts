// Answers of read endpoints kept per store version: the JSON of a GET is computed once for each URL and version
// and sent as it is to every identical request until a write (any process's) raises the version. Concurrent
// identical requests share the one computation in flight. The version also makes the ETag, so a client that
// revalidates gets 304 until something changed. While this server writes (a POST codes, stores and clusters its
// articles one short transaction at a time), reads stay on the version from before the write, answered from
// what is kept: a write costs readers nothing until it ends, and none sees a batch half stored.
import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Store } from '../store/store.ts';
import type { AnalysisViews } from './views.ts';

/** URLs kept (least recently used dropped first): the dashboard's and a load test's working set, bounded. */
export const ANSWER_CAPACITY = 2000;
/** Characters of JSON kept at most (some answers weigh hundreds of KB: 500 events, every alert). */
export const ANSWER_CHARS = 64 * 1024 * 1024;

export interface Answers {
  /**
   * The handler, answering from the kept JSON while the store's version (and the views' snapshot) stands.
   * A handler that throws keeps nothing: the error is answered as before, and the next request tries again.
   */
  kept(handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>): RouteHandlerMethod;
  /**
   * A write of this server begins: answers stay filed under the version read now until every hold is released
   * (a write by another process meanwhile shows after the release too). A read of a URL not kept is computed
   * from the store as it is, and computed again after the release.
   */
  hold(): () => void;
}

/** The request's URL with its query parameters in one order (so ?a=1&b=2 and ?b=2&a=1 share an answer). */
export function answerKey(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  params.sort();
  return `${url.slice(0, at)}?${params}`;
}

/**
 * Answers over `store` and `views`; `enabled: false` computes every answer afresh (for measuring the cold path).
 * @example app.get('/api/events', answers.kept(async (request) => ({ items: [] })))
 */
export function answers(store: Store, views: AnalysisViews, options: { enabled?: boolean; capacity?: number; chars?: number } = {}): Answers {
  const { enabled = true, capacity = ANSWER_CAPACITY, chars = ANSWER_CHARS } = options;
  const entries = new Map<string, { stamp: string; json: Promise<string>; size: number }>();
  let kept = 0;
  const drop = (key: string) => {
    kept -= entries.get(key)?.size ?? 0;
    entries.delete(key);
  };
  /**
   * What an answer depends on besides its URL: the store's version, the version the views show (they may lag
   * it, see views.ts) and the UTC day (alerts and movers run to the present, which is at most today).
   */
  const stamp = async (): Promise<string> => {
    const [version, shown] = await Promise.all([store.version(), views.version()]);
    return `${version}.${shown ?? ''}.${new Date().toISOString().slice(0, 10)}`;
  };
  // The stamp of the writes' start while any write of this server runs (null when it could not be read: the
  // live stamp then, and its error with it).
  let held: { writes: number; stamp: Promise<string | null> } | null = null;
  const current = async (): Promise<string> => (held && (await held.stamp)) || stamp();
  return {
    hold() {
      if (held) held.writes++;
      else held = { writes: 1, stamp: stamp().catch(() => null) };
      let released = false;
      return () => {
        if (released || !held) return;
        released = true;
        if (--held.writes === 0) held = null;
      };
    },
    kept(handler) {
      if (!enabled) return handler;
      return async function keptAnswer(request: FastifyRequest, reply: FastifyReply) {
        const now = await current();
        const etag = `"${now}"`;
        reply.header('etag', etag);
        if (request.headers['if-none-match'] === etag) return reply.status(304).send();
        const key = answerKey(request.url);
        let entry = entries.get(key);
        if (entry?.stamp === now) {
          // Most recently used last, so the oldest is the first to go.
          entries.delete(key);
          entries.set(key, entry);
        } else {
          const made = { stamp: now, json: handler(request, reply).then((body) => JSON.stringify(body)), size: 0 };
          made.json.then((json) => {
            if (entries.get(key) !== made) return;
            made.size = json.length;
            kept += json.length;
            while (kept > chars && entries.size > 1) drop(entries.keys().next().value!);
          }, () => entries.get(key) === made && drop(key));
          drop(key);
          entries.set(key, made);
          if (entries.size > capacity) drop(entries.keys().next().value!);
          entry = made;
        }
        const json = await entry.json;
        return reply.type('application/json; charset=utf-8').send(json);
      };
    },
  };
}

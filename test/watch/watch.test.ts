// `marsad watch` through its library entry with a short interval, against a local feed server whose feed
// changes between polls, a feed that answers 500, one that times out, and a webhook that first refuses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.ts';
import type { FeedState, Store } from '../../src/store/store.ts';
import { watch, type CycleSummary } from '../../src/watch/index.ts';
import { backoffMs } from '../../src/watch/feed-state.ts';
import { CONFLICT, HISTORY, RECOVERED, startFeedServer, type FeedServer } from './feed-server.ts';

const EVERY = 300;
const MAX_BACKOFF = 1200;
const TIMEOUT = 400;

/** A store of its own for one run: PGlite in the run's folder, or a new database on the test PostgreSQL server. */
type OpenStore = (dir: string) => Promise<{ store: Store; drop: () => Promise<void> }>;

const pglite: OpenStore = async (dir) => ({ store: await openStore({ db: join(dir, 'db'), databaseUrl: '' }), drop: async () => {} });

/** A database created for this run (the contract suites empty the shared one between their tests). */
function postgres(url: string): OpenStore {
  return async () => {
    const name = `marsad_watch_${process.pid}_${Date.now()}`;
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const own = new URL(url);
    own.pathname = `/${name}`;
    return {
      store: await openStore({ databaseUrl: own.toString() }),
      async drop() {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.end();
      },
    };
  };
}

const PG_URL = process.env.MARSAD_TEST_DATABASE_URL;
watchSuite('pglite', pglite);
if (PG_URL) watchSuite('postgres', postgres(PG_URL));

function watchSuite(engine: string, open: OpenStore): void {
  let dir: string;
  let server: FeedServer;
  let store: Store;
  let drop: () => Promise<void>;
  const cycles: CycleSummary[] = [];
  let states: FeedState[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-watch-'));
    server = await startFeedServer();
    server.news = [...HISTORY];
    server.flakyFailures = 2;
    server.hookFailures = 1;
    ({ store, drop } = await open(dir));
    const stop = new AbortController();
    const feeds = [
      { url: `${server.base}/news.rss`, lang: 'en' as const, outlet: 'Caspian Wire' },
      { url: `${server.base}/flaky.rss` },
      { url: `${server.base}/slow.rss` },
    ];
    await watch({
      store, feeds, everyMs: EVERY, maxBackoffMs: MAX_BACKOFF, timeoutMs: TIMEOUT, workers: 0, webhook: `${server.base}/hook`, signal: stop.signal,
      onCycle: (s) => {
        cycles.push(s);
        // The feed gains a month of conflict once it has answered 304 to the validators of its first version.
        if (s.unchanged > 0 && server.news.length === HISTORY.length) server.news = [...HISTORY, ...CONFLICT];
        const recovered = server.requests.filter((r) => r.path === '/flaky.rss').length > server.flakyFailures;
        const delivered = server.hooks.some((h) => h.status === 200);
        if ((recovered && delivered) || s.cycle >= 15) stop.abort();
      },
    });
    states = await store.feeds();
  }, 300_000);

  afterAll(async () => {
    await store?.close();
    await drop?.();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stateOf = (path: string) => states.find((s) => s.url.endsWith(path))!;
  const total = (key: 'newItems' | 'stored' | 'duplicates') => cycles.reduce((n, c) => n + c[key], 0);

  describe(`marsad watch against a changing feed, on ${engine}`, () => {
    it('codes each new item once, across cycles and feeds', async () => {
      const { items, total: stored } = await store.listArticles({ limit: 100 });
      const want = [...HISTORY, ...CONFLICT, RECOVERED].map((s) => `${server.base}/story/${s.id}.html`).sort();
      expect(items.map((a) => a.url).sort()).toEqual(want);
      expect(stored).toBe(want.length);
      expect(total('newItems')).toBe(want.length);
      expect(total('stored')).toBe(want.length);
      expect(cycles.every((c) => c.error === null)).toBe(true);
      // The news feed's language and outlet apply to its articles.
      expect(items.filter((a) => a.url!.includes('/story/n')).every((a) => a.outlet === 'Caspian Wire' && a.lang === 'en')).toBe(true);
      expect((await store.events({ dyad: ['AZE', 'RUS'], limit: 100 })).total).toBeGreaterThanOrEqual(8);
    });

    it('asks again with the validators it was given and codes nothing on 304', () => {
      const news = server.requests.filter((r) => r.path === '/news.rss');
      expect(news[0]!.ifNoneMatch).toBeNull();
      expect(news[1]!.ifNoneMatch).toBe('"h1-h2-h3-h4"');
      expect(news[1]!.ifModifiedSince).toMatch(/GMT$/);
      const unchanged = cycles.find((c) => c.unchanged > 0)!;
      expect(unchanged.newItems).toBe(0);
      expect(stateOf('/news.rss')).toMatchObject({ items: 9, stored: 8, failures: 0, lastError: null });
    });

    it('reports the broken item by name and stores the rest of its feed', () => {
      const broken = cycles.flatMap((c) => c.failedItems).filter((f) => f.input.includes('Photo gallery'));
      expect(broken.length).toBeGreaterThanOrEqual(1);
      expect(broken[0]!.reason).toBe('has no text and no link');
      expect(cycles[0]!.stored).toBe(HISTORY.length);
    });

    it('reports a feed answering 500, backs off from it, and picks it up when it recovers', () => {
      const failures = cycles.flatMap((c) => c.failedFeeds).filter((f) => f.url.endsWith('/flaky.rss'));
      expect(failures.map((f) => [f.failures, f.reason])).toEqual([[1, 'answered HTTP 500'], [2, 'answered HTTP 500']]);
      expect(stateOf('/flaky.rss')).toMatchObject({ failures: 0, lastError: null, stored: 1, items: 2 });
    });

    it('reports a feed that does not answer in time and waits longer after each failure, up to the cap', () => {
      const slow = stateOf('/slow.rss');
      expect(slow.lastError).toBe('did not answer within 400ms');
      expect(slow.failures).toBeGreaterThanOrEqual(2);
      expect(Date.parse(slow.nextPoll!) - Date.parse(slow.lastPoll!)).toBe(backoffMs(slow.failures, EVERY, MAX_BACKOFF));
      const reported = cycles.flatMap((c) => c.failedFeeds).filter((f) => f.url.endsWith('/slow.rss'));
      expect(reported.map((f) => f.failures)).toEqual(reported.map((_, i) => i + 1));
      // Backing off: some cycle did not ask the slow feed at all.
      expect(cycles.some((c) => c.backingOff > 0)).toBe(true);
    });

    it('raises the escalation the new items caused, once, and keeps it', async () => {
      const raised = cycles.flatMap((c) => c.alerts);
      expect(raised.map((a) => [a.kind, a.dyad.join('-'), a.period])).toEqual([['escalation/share', 'AZE-RUS', '2025-07']]);
      // Raised in the cycle that stored the month of conflict.
      expect(cycles.find((c) => c.alerts.length > 0)!.stored).toBe(CONFLICT.length);
      const kept = await store.raisedAlerts();
      expect(kept).toHaveLength(1);
      expect(kept[0]!.postedAt).not.toBeNull();
    });

    it('posts the alert with its driving events to the webhook, retrying after a refusal', () => {
      expect(server.hooks.map((h) => h.status)).toEqual([503, 200]);
      const refused = cycles.find((c) => c.webhook?.error);
      expect(refused!.webhook).toMatchObject({ posted: 0, error: 'answered HTTP 503', waiting: 1 });
      const { body } = server.hooks[1]!;
      expect(body).toMatchObject({ dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share' });
      expect(body.alert.direction).toBe('escalation');
      const quotes = (body.alert.drivers as { quote: string }[]).map((d) => d.quote);
      expect(quotes).toContain('Azerbaijani police arrested two Russian journalists in Baku on Monday.');
    });
  });
}

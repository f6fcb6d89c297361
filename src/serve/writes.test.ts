// API writes on a real HTTP server: a batch that fails halfway answers per article and leaves what it stored
// clustered, and a POST into a store of 100k events codes off the server's thread, so reads keep their latency.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './index.ts';
import { fixtureStore, type FixtureStore } from './fixture-docs.ts';
import { SqlStore } from '../store/index.ts';
import { migrate } from '../store/migrate.ts';
import { openPgliteEngine } from '../store/pglite/engine.ts';
import { fillSynthetic } from '../../test/synthetic-events.ts';

const TOKEN = 'writes-test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

/** The bundled example articles as API input: front matter fields, the first line as title, the rest as text. */
function exampleArticles(): Record<string, string>[] {
  const dir = new URL('../../examples/', import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => {
    const [, head, body] = readFileSync(new URL(f, dir), 'utf8').split(/^---$/m) as [string, string, string];
    const fields = Object.fromEntries(head.trim().split('\n').map((l) => l.split(/:\s*/, 2) as [string, string]));
    const [title, ...rest] = body.trim().split('\n');
    return { ...fields, title: title!, text: rest.join('\n').trim() };
  });
}

describe('a batch POST that fails halfway', () => {
  let fx: FixtureStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    fx = await fixtureStore();
    app = await buildServer({ store: fx.store, token: TOKEN, workers: 1 });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await fx?.dispose();
  });

  const good = { id: 'w-good', title: 'Kazakhstan hosts talks', published: '2025-09-20',
    text: 'Kazakhstan hosted talks between Armenia and Azerbaijan in Astana on Friday. Armenia accused Azerbaijan of shelling a border village.' };
  const clash = { id: 'fx-raid-june', title: 'Another story', text: 'A different story filed under an id already taken.' };

  it('stores and clusters the good article, names the bad one, and stores nothing twice on a retry', async () => {
    const before = (await app.inject('/api/articles?limit=1')).json().total as number;
    for (const attempt of [1, 2]) {
      const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { articles: [good, clash] } });
      expect(res.statusCode).toBe(207);
      const [first, second] = res.json().results;
      expect(first).toMatchObject({ status: attempt === 1 ? 'inserted' : 'duplicate', articleId: 'w-good' });
      expect(second).toMatchObject({ status: 'failed', input: 'articles[1]', articleId: 'fx-raid-june' });
      expect(second.error).toMatch(/already stored with different content/);
    }
    expect((await app.inject('/api/articles?limit=1')).json().total).toBe(before + 1);
    const stored = (await app.inject('/api/articles/w-good')).json();
    expect(stored.events.length).toBeGreaterThan(0);
    expect(stored.events.every((e: { cluster_id: number | null }) => e.cluster_id !== null)).toBe(true);
    expect((await app.inject('/api/articles/fx-raid-june')).json().article.text).not.toBe(clash.text);
  }, 120_000);

  it('answers 400 naming each article when none could be stored', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { articles: [clash] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'InputError', param: 'articles[0]', results: [{ status: 'failed', articleId: 'fx-raid-june' }] });
    expect(res.json().message).toMatch(/articles\[0\]: .*already stored with different content/);
  }, 60_000);
});

describe('a POST into a store of 100k events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-writes-'));
  let store: SqlStore;
  let app: FastifyInstance;
  let base: string;
  beforeAll(async () => {
    const engine = await openPgliteEngine(dir);
    await migrate(engine);
    // Each event its own cluster, on common dyads and roots over two years.
    await fillSynthetic(engine, { articles: 10_000, eventsPerArticle: 10, days: 700, rules: 'unique' });
    store = new SqlStore(engine);
    app = await buildServer({ store, token: TOKEN, workers: 1 });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Milliseconds one page of events takes, end to end over HTTP. */
  const timedRead = async (k: number): Promise<number> => {
    const started = performance.now();
    const res = await fetch(`${base}/api/events?limit=20&offset=${k % 40}`);
    expect(res.status).toBe(200);
    await res.json();
    return performance.now() - started;
  };

  it('keeps reads flowing, none held for the write, while articles are coded, stored and clustered', async () => {
    expect((await store.counts()).events).toBe(100_000);
    // The first write starts the coding threads; reads are timed during the second.
    const articles = exampleArticles();
    const warm = await fetch(`${base}/api/articles`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(articles[0]) });
    expect(warm.status).toBe(201);
    const idle: number[] = [];
    for (let k = 0; k < 15; k++) idle.push(await timedRead(k));
    const idleMedian = idle.sort((a, b) => a - b)[idle.length >> 1]!;

    let done = false;
    const post = fetch(`${base}/api/articles`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ articles: articles.slice(1) }) }).finally(() => (done = true));
    const reads: number[] = [];
    while (!done) reads.push(await timedRead(reads.length));
    const res = await post;
    expect(res.status).toBe(201);
    expect((await res.json()).results).toHaveLength(articles.length - 1);
    reads.sort((a, b) => a - b);
    const p95 = reads[Math.floor(reads.length * 0.95)]!;
    const median = reads[reads.length >> 1]!;
    console.log(`writes: idle reads median ${idleMedian.toFixed(0)} ms; ${reads.length} reads during the POST: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${reads.at(-1)!.toFixed(0)} ms`);
    // Reads go on while the write runs (before, the server's own thread coded the articles, then re-clustered
    // all 100k events, and a read waited for all of it). PGlite has one connection, so a read may wait for one
    // short write transaction; a machine busy with other work slows every read alike, so the median may grow
    // with the idle one, never past twice it.
    expect(reads.length).toBeGreaterThan(10);
    expect(median).toBeLessThan(Math.max(100, 2 * idleMedian));
    // Not the maximum: on PGlite's one connection a read can still wait for the views' refresh after the
    // previous write (up to a few seconds at 100k events; an open item, see docs/analysis.md).
    expect(p95).toBeLessThan(1000);
    // Every stored event is clustered, and the clusters are those a full clustering finds.
    expect(await store.clusterPending()).toBe(0);
  }, 600_000);
});

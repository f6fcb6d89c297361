// Answers kept per store version: a repeated read is answered from the kept JSON (an ETag says which version it
// is), and the read after any write shows the write, whether the server stored it, other code in the server's
// process wrote to its PGlite store, or another process (`marsad ingest`) wrote to the same PostgreSQL.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/fresh-database.ts';
import { makeDoc } from '../store/contract-docs.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { answerKey } from './answers.ts';
import { FIXTURE_ARTICLES } from './fixture-articles.ts';
import { fixtureDoc, fixtureStore, type FixtureStore } from './fixture-docs.ts';
import { buildServer } from './index.ts';

const TOKEN = 'answers-test-token';
const BIN = fileURLToPath(new URL('../../bin/marsad.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/04-kazakhstan-leads-probe.en.txt', import.meta.url));

/** The reads whose answers are kept, and what each one's body says about the store's contents. */
const READS: [string, (body: any) => unknown][] = [
  ['/api/articles?limit=500', (b) => b.items.map((a: { id: string }) => a.id).sort()],
  ['/api/events?limit=500&sort=date', (b) => b.items.map((e: { id: number }) => e.id)],
  ['/api/events?clusters=true&limit=500', (b) => b.total],
  ['/api/overview', (b) => b.counts],
];

async function contents(app: FastifyInstance): Promise<unknown[]> {
  return Promise.all(READS.map(async ([url, pick]) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    return pick(res.json());
  }));
}

const quote = 'Kazakhstan accused Armenia of shelling a border village.';
const lateDoc = (id: string) => makeDoc({
  id, lang: 'en', published: '2025-12-30', title: `Border shelling ${id}`, text: quote, events: [
    { quote, trigger: 'accused', source: 'KAZ', target: 'ARM', cameo: '112', goldstein: -2, date: '2025-12-29' },
  ],
});

describe('kept answers on PGlite', () => {
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

  it('answers a repeated read with the same JSON and an ETag, and 304 to a client that holds that version', async () => {
    const first = await app.inject('/api/events?limit=5&actor=AZE');
    const again = await app.inject('/api/events?actor=AZE&limit=5');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^".+"$/);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.body).toBe(first.body);
    const held = await app.inject({ url: '/api/events?limit=5&actor=AZE', headers: { 'if-none-match': first.headers.etag as string } });
    expect(held.statusCode).toBe(304);
    expect(held.body).toBe('');
  });

  it('shows a write through the server on the next read, with a new ETag', async () => {
    const before = await contents(app);
    const etag = (await app.inject('/api/articles?limit=500')).headers.etag as string;
    const text = 'Kazakhstan hosted talks between Armenia and Azerbaijan in Astana on Friday. Armenia accused Azerbaijan of shelling a border village.';
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` },
      payload: { id: 'answers-post', title: 'Talks in Astana', published: '2025-09-20', text } });
    expect(res.statusCode).toBe(201);
    const after = await contents(app);
    expect(after[0]).toContain('answers-post');
    for (let i = 0; i < READS.length; i++) expect(after[i], READS[i]![0]).not.toEqual(before[i]);
    const held = await app.inject({ url: '/api/articles?limit=500', headers: { 'if-none-match': etag } });
    expect(held.statusCode).toBe(200);
    expect(held.headers.etag).not.toBe(etag);
  }, 120_000);

  it('answers reads during a POST from the version before it, never half a batch, and shows the whole batch after', async () => {
    const before = await contents(app);
    const ids = Array.from({ length: 40 }, (_, i) => `answers-batch-${i}`);
    const payload = ids.map((id, i) => ({ id, title: `Border talks ${i}`, published: '2025-10-01',
      text: `Armenia and Azerbaijan held talks on the border on day ${i + 1}. Armenia accused Azerbaijan of shelling a village.` }));
    let posted = false;
    const post = app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` },
      payload: { articles: payload } }).finally(() => { posted = true; });
    // Until the write has stored the batch's first article (asked of the store itself, not through the server).
    while (!posted && !(await fx.store.getArticle(ids[0]!))) await setImmediate();
    const during = await contents(app);
    expect(posted, 'the POST was still running when the reads were answered').toBe(false);
    expect(during).toEqual(before);
    expect((await post).statusCode).toBe(201);
    const after = await contents(app);
    expect(after[0]).toEqual(expect.arrayContaining(ids));
    expect((after[3] as { articles: number }).articles).toBe((before[3] as { articles: number }).articles + ids.length);
  }, 120_000);

  it('shows a write to its store by other code in its process (not through the server) on the next read', async () => {
    const before = await contents(app);
    expect((await fx.store.saveDoc(lateDoc('answers-direct'))).status).toBe('inserted');
    const after = await contents(app);
    expect(after[0]).toContain('answers-direct');
    // Pending (not yet clustered): the clusters' total is the same; the other answers show the article.
    for (const i of [0, 1, 3]) expect(after[i], READS[i]![0]).not.toEqual(before[i]);
    await fx.store.clusterPending();
    expect((await contents(app))[2]).toBe((before[2] as number) + 1);
  });

  it('files one answer under every order of the same query parameters', () => {
    expect(answerKey('/api/events?limit=5&actor=AZE')).toBe(answerKey('/api/events?actor=AZE&limit=5'));
    expect(answerKey('/api/events?actor=AZE')).not.toBe(answerKey('/api/events?actor=ARM'));
    expect(answerKey('/api/overview')).toBe('/api/overview');
  });
});

const serverUrl = process.env.MARSAD_TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('kept answers on PostgreSQL, written by another process', () => {
  let store: Store;
  let app: FastifyInstance;
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await freshDatabase(serverUrl!, 'marsad_answers');
    store = await openStore({ databaseUrl });
    for (const a of FIXTURE_ARTICLES) await store.saveDoc(fixtureDoc(a));
    await store.clusterPending();
    app = await buildServer({ store });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('shows an article `marsad ingest` stored in another process on the next read', async () => {
    const before = await contents(app);
    await promisify(execFile)(process.execPath, [BIN, 'ingest', '--workers', '0', '--quiet', EXAMPLE], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000,
    });
    // No wait, no poll: the very next read.
    const after = await contents(app);
    for (let i = 0; i < READS.length; i++) expect(after[i], READS[i]![0]).not.toEqual(before[i]);
    expect((after[3] as { articles: number }).articles).toBe((before[3] as { articles: number }).articles + 1);
  }, 180_000);
});

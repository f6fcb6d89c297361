// Errors map to statuses a client can act on: input the database cannot take is a 400 naming it (not a 500 from
// the database), and a database that is away is a 503.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { StoreError, StoreUnavailableError } from '../errors.ts';
import { errorResponse } from './error-handler.ts';
import { fixtureStore, type FixtureStore } from './fixture-docs.ts';
import { buildServer } from './index.ts';

const TOKEN = 'error-test-token';
let fx: FixtureStore;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await fixtureStore([]);
  app = await buildServer({ store: fx.store, token: TOKEN });
});

afterAll(async () => {
  await app?.close();
  await fx?.dispose();
});

const text = 'Azerbaijan summoned the Russian ambassador on Tuesday.';
const BAD_BODIES: [what: string, input: string, body: object, says: RegExp][] = [
  ['a NUL in the text', 'body', { title: 'Envoy', text: `Azerbaijan\u0000 summoned the Russian ambassador.` }, /text: must not contain a NUL/],
  ['a NUL in the title', 'body', { title: 'Env\u0000oy', text }, /title: must not contain a NUL/],
  ['a NUL in the id', 'body', { id: 'a\u0000b', text }, /id: must not contain a NUL/],
  ['a NUL in the second article of a batch', 'articles[1]', { articles: [{ text }, { text: `${text}\u0000` }] }, /text: must not contain a NUL/],
  ['a day February does not have', 'body', { text, published: '2025-02-30' }, /published is not a calendar date/],
  ['year 0000', 'body', { text, published: '0000-01-01' }, /published is not a calendar date/],
];

describe('POST /api/articles with input the database cannot hold', () => {
  it.each(BAD_BODIES)('%s answers 400 naming %s, and stores nothing', async (_what, input, body, says) => {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${TOKEN}` }, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'InputError', param: input });
    expect(res.json().message).toMatch(says);
    expect((await fx.store.listArticles()).total).toBe(0);
  });
});

describe('errorResponse', () => {
  it('answers 503 naming the database when it cannot be reached, 500 for other store failures', () => {
    const away = errorResponse(new StoreUnavailableError('query', 'PostgreSQL at postgres://me@db:5432/marsad', 'Connection terminated unexpectedly'));
    expect(away).toEqual({
      status: 503,
      body: { error: 'Unavailable', message: 'store query: cannot reach PostgreSQL at postgres://me@db:5432/marsad: Connection terminated unexpectedly' },
    });
    expect(errorResponse(new StoreError('save', 'disk full')).status).toBe(500);
  });
});

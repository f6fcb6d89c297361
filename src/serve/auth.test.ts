// Write endpoints: disabled (403) without a configured token, 401 without or with a wrong bearer token, open with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './index.ts';
import { fixtureStore, type FixtureStore } from './fixture-docs.ts';

let fx: FixtureStore;

beforeAll(async () => {
  fx = await fixtureStore([]);
});

afterAll(async () => {
  await fx?.dispose();
});

const article = { id: 'auth-1', title: 'Turkey and Azerbaijan', text: 'Turkey and Azerbaijan signed a gas agreement in Ankara on Thursday.' };

describe('write endpoints', () => {
  it('are disabled with a clear 403 when the server has no token', async () => {
    const app = await buildServer({ store: fx.store });
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: article, headers: { authorization: 'Bearer anything' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'Forbidden', message: expect.stringMatching(/--token or set MARSAD_TOKEN/) });
    await app.close();
  });

  it.each([
    ['no Authorization header', undefined, /missing/],
    ['a wrong token', 'Bearer nope', /not valid/],
    ['another scheme', 'Basic dXNlcjpwYXNz', /missing/],
  ])('answer 401 with %s', async (_name, header, says) => {
    const app = await buildServer({ store: fx.store, token: 's3cret-token' });
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: article, headers: header ? { authorization: header } : {} });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.json().message).toMatch(says);
    expect((await app.inject('/api/articles/auth-1')).statusCode).toBe(404);
    await app.close();
  });

  it('accept the configured bearer token and store the article', async () => {
    const app = await buildServer({ store: fx.store, token: 's3cret-token' });
    const res = await app.inject({ method: 'POST', url: '/api/articles', payload: article, headers: { authorization: 'Bearer s3cret-token' } });
    expect(res.statusCode).toBe(201);
    expect((await app.inject('/api/articles/auth-1')).json().article.title).toBe(article.title);
    await app.close();
  });

  it('do not need a token for reading', async () => {
    const app = await buildServer({ store: fx.store, token: 's3cret-token' });
    expect((await app.inject('/api/articles')).statusCode).toBe(200);
    await app.close();
  });
});

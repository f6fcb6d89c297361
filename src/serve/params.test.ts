// Bad query parameters answer 400 with a message and `param` naming the parameter; good ones parse to typed values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './index.ts';
import { fixtureStore, type FixtureStore } from './fixture-docs.ts';
import { eventsQuery, parseParams } from './params.ts';

let fx: FixtureStore;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await fixtureStore([]);
  app = await buildServer({ store: fx.store });
});

afterAll(async () => {
  await app?.close();
  await fx?.dispose();
});

const BAD: [url: string, param: string, says: RegExp][] = [
  ['/api/events?quad=7', 'quad', /1, 2, 3 or 4/],
  ['/api/events?limit=0', 'limit', /1/],
  ['/api/events?limit=5000', 'limit', /500/],
  ['/api/events?limit=ten', 'limit', /number/],
  ['/api/events?offset=-1', 'offset', /0/],
  ['/api/events?from=2025-02-30', 'from', /calendar date/],
  // Days the calendar check passed and PostgreSQL refused (no year 0): a 400 naming "filter.from", or a 500.
  ['/api/events?from=0000-01-01', 'from', /calendar date/],
  ['/api/dyads/AZE/RUS/series?to=0000', 'to', /calendar date/],
  ['/api/export?format=jsonl&from=0000-06', 'from', /calendar date/],
  // PostgreSQL text cannot hold NUL: a 500 from the database before.
  ['/api/events?q=a%00b', 'q', /NUL/],
  ['/api/events?q=%00&clusters=true', 'q', /NUL/],
  ['/api/articles/a%00b', 'id', /NUL/],
  ['/api/events?to=July', 'to', /YYYY-MM-DD/],
  ['/api/events?dyad=AZE', 'dyad', /two actor codes/],
  ['/api/events?cameo=abc', 'cameo', /CAMEO/],
  ['/api/events?lang=fr', 'lang', /ar|en/],
  ['/api/events?sort=random', 'sort', /date/],
  ['/api/events?clusters=yes', 'clusters', /true/],
  ['/api/events?actr=RUS', 'actr', /not a parameter/],
  ['/api/articles?limit=-3', 'limit', /1/],
  ['/api/dyads/AZE/RUS/series?by=decade', 'by', /day, week or month/],
  ['/api/dyads/A!/RUS/series', 'a', /actor code/],
  ['/api/chains', 'dyad', /missing/],
  ['/api/network?from=2025-13', 'from', /calendar date/],
  ['/api/export?format=csv', 'format', /gdelt, jsonl or plover/],
  ['/api/export', 'format', /missing/],
  ['/api/alerts?limit=1.5', 'limit', /whole number/],
  ['/api/alerts?by=year', 'by', /day, week or month/],
  ['/api/alerts?minEvents=0', 'minEvents', /1/],
  ['/api/alerts?threshold=-2', 'threshold', /positive/],
  ['/api/overview?days=0', 'days', /1/],
];

describe('parameter validation', () => {
  it.each(BAD)('%s answers 400 naming %s', async (url, param, says) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('InputError');
    expect(body.param).toBe(param);
    expect(body.message).toContain(`"${param}"`);
    expect(body.message).toMatch(says);
  });

  it('widens partial dates to the first and last day and upper-cases codes', () => {
    const q = parseParams(eventsQuery, { from: '2024-02', to: '2024-02', actor: 'rus', dyad: 'aze,rus', quad: '3', clusters: '1' });
    expect(q).toMatchObject({ from: '2024-02-01', to: '2024-02-29', actor: 'RUS', dyad: ['AZE', 'RUS'], quad: 3, clusters: true });
    expect(parseParams(eventsQuery, { to: '2025' }).to).toBe('2025-12-31');
  });

  it('fills defaults for paging and sort', () => {
    expect(parseParams(eventsQuery, {})).toMatchObject({ limit: 50, offset: 0, sort: '-date', clusters: false });
  });
});

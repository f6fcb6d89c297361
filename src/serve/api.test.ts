// Every endpoint of the OpenAPI document answers as documented on a store of hand-coded fixture articles;
// the last test fails when an operation in the document was never requested here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from './index.ts';
import { fixtureStore, type FixtureStore } from './fixture-docs.ts';
import { OPENAPI } from './openapi.ts';

let fx: FixtureStore;
let app: FastifyInstance;
const covered = new Set<string>();

/** Request `url`, recording which documented operation (method + path template) it exercises. */
async function call(method: 'GET' | 'POST', template: string, url: string, options: { payload?: unknown; token?: string } = {}): Promise<LightMyRequestResponse> {
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`);
  expect(url).toMatch(pattern);
  covered.add(`${method.toLowerCase()} ${template}`);
  return app.inject({
    method, url, payload: options.payload as string | object | undefined,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
}

beforeAll(async () => {
  fx = await fixtureStore();
  app = await buildServer({ store: fx.store, token: 'api-test-token' });
});

afterAll(async () => {
  await app?.close();
  await fx?.dispose();
});

describe('articles', () => {
  it('lists articles newest first with excerpts, paged', async () => {
    const res = await call('GET', '/api/articles', '/api/articles?limit=3&offset=1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(8);
    expect(body.items).toHaveLength(3);
    expect(body.items[0].text).toBeUndefined();
    expect(body.items[0].excerpt.length).toBeGreaterThan(20);
    const dates = body.items.map((a: { published: string }) => a.published);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters the article list by language', async () => {
    const res = await call('GET', '/api/articles', '/api/articles?lang=ar');
    expect(res.json().items.map((a: { lang: string }) => a.lang)).toEqual(['ar', 'ar']);
  });

  it('returns one article with its actors, dates, quantities and events', async () => {
    const res = await call('GET', '/api/articles/{id}', '/api/articles/fx-raid-june');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.article.text.slice(body.events[0].trigger_start, body.events[0].trigger_end)).toBe(body.events[0].trigger);
    expect(body.actors.length).toBe(4);
    expect(body.quantities.map((q: { value: number }) => q.value)).toEqual([2, 10]);
    expect(body.events.map((e: { cameo: string }) => e.cameo).sort()).toEqual(['100', '111', '1823']);
  });

  it('answers 404 with a JSON error for an unknown article', async () => {
    const res = await call('GET', '/api/articles/{id}', '/api/articles/no-such-article');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'NotFound', message: 'no article with id "no-such-article"' });
  });

  it('ingests one article through the pipeline, then reports the same article as a duplicate', async () => {
    const article = { id: 'api-new-1', title: 'Kazakhstan hosts talks', text: 'Kazakhstan hosted talks between Armenia and Azerbaijan in Astana on Friday.', published: '2025-09-20' };
    const first = await call('POST', '/api/articles', '/api/articles', { payload: article, token: 'api-test-token' });
    expect(first.statusCode).toBe(201);
    expect(first.json().results).toEqual([expect.objectContaining({ status: 'inserted', articleId: 'api-new-1' })]);
    const again = await call('POST', '/api/articles', '/api/articles', { payload: { articles: [article] }, token: 'api-test-token' });
    expect(again.statusCode).toBe(200);
    expect(again.json().results[0].status).toBe('duplicate');
    expect((await app.inject('/api/articles/api-new-1')).json().article.lang).toBe('en');
  });

  it('rejects an article without text, naming the field', async () => {
    const res = await call('POST', '/api/articles', '/api/articles', { payload: { articles: [{ id: 'x' }] }, token: 'api-test-token' });
    expect(res.statusCode).toBe(400);
    expect(res.json().param).toBe('articles[0]');
    expect(res.json().message).toMatch(/text/);
  });
});

describe('events', () => {
  it('filters by actor, QuadClass and date range, sorted by Goldstein', async () => {
    const res = await call('GET', '/api/events', '/api/events?actor=rus&quad=4&from=2025-07&to=2025-07-31&sort=goldstein');
    const items = res.json().items as { quad_class: number; date: string; goldstein: number; source: string; target: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) {
      expect(e.quad_class).toBe(4);
      expect(e.date >= '2025-07-01' && e.date <= '2025-07-31').toBe(true);
      expect([e.source, e.target]).toContain('RUS');
    }
    expect(items.map((e) => e.goldstein)).toEqual([...items.map((e) => e.goldstein)].sort((a, b) => a - b));
  });

  it('filters by dyad, CAMEO root prefix and language', async () => {
    // The fixture's 036, plus whatever the pipeline coded in the article POSTed by an earlier test.
    const dyad = (await call('GET', '/api/events', '/api/events?dyad=ARM,AZE')).json();
    expect(dyad.items.map((e: { cameo: string }) => e.cameo)).toContain('036');
    for (const e of dyad.items as { source: string; target: string }[]) expect([e.source, e.target].sort()).toEqual(['ARM', 'AZE']);
    const root = (await call('GET', '/api/events', '/api/events?cameo=17')).json();
    expect(root.items.every((e: { cameo: string }) => e.cameo.startsWith('17'))).toBe(true);
    const ar = (await call('GET', '/api/events', '/api/events?lang=ar')).json();
    expect(ar.total).toBe(5);
  });

  it('finds events by words of their article: Arabic folded, English in any inflection, title included', async () => {
    const articlesOf = async (q: string): Promise<string[]> => {
      const res = await call('GET', '/api/events', `/api/events?q=${encodeURIComponent(q)}&limit=100`);
      expect(res.statusCode).toBe(200);
      return [...new Set(res.json().items.map((e: { article_id: string }) => e.article_id) as string[])].sort();
    };
    // Only the article text names Yekaterinburg; the raid's events quote other sentences too.
    expect(await articlesOf('Yekaterinburg')).toEqual(['fx-raid-june']);
    expect(await articlesOf('الفعاليات الثقافيه')).toEqual(['fx-culture-july']);
    expect(await articlesOf('اذربيجان')).toEqual(expect.arrayContaining(['fx-culture-july', 'fx-threat-july']));
    expect(await articlesOf('sanction')).toEqual(await articlesOf('SANCTIONS'));
    expect((await articlesOf('sanction')).length).toBeGreaterThan(0);
    expect(await articlesOf('arrest')).toEqual(await articlesOf('arrested'));
    expect((await articlesOf('arrest')).length).toBeGreaterThan(0);
  });

  it('filters by CAMEO root with root=, as the CLI does with --root', async () => {
    const res = (await call('GET', '/api/events', '/api/events?root=17&limit=100')).json();
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((e: { root: string }) => e.root === '17')).toBe(true);
    const bad = await call('GET', '/api/events', '/api/events?root=173');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/root/);
  });

  it('pages with limit and offset over a stable total', async () => {
    const all = (await call('GET', '/api/events', '/api/events?limit=100&sort=date')).json();
    const page = (await call('GET', '/api/events', '/api/events?limit=4&offset=4&sort=date')).json();
    expect(page.total).toBe(all.total);
    expect(page.items.map((e: { id: number }) => e.id)).toEqual(all.items.slice(4, 8).map((e: { id: number }) => e.id));
  });

  it('walks every event page by page with the nextCursor, ending with null', async () => {
    const all = (await call('GET', '/api/events', '/api/events?limit=100&sort=-date')).json();
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const url: string = `/api/events?limit=3&sort=-date${after ? `&after=${encodeURIComponent(after)}` : ''}`;
      const page = (await call('GET', '/api/events', url)).json();
      seen.push(...page.items.map((e: { id: number }) => e.id));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(all.items.map((e: { id: number }) => e.id));
  });

  it('names the cursor when it is not one the server made', async () => {
    const res = await call('GET', '/api/events', '/api/events?after=not-a-cursor');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/after/);
  });

  it('returns deduplicated clusters with report counts when clusters=true', async () => {
    const res = (await call('GET', '/api/events', '/api/events?clusters=true&limit=100')).json();
    expect(res.clusters).toBe(true);
    expect(res.items[0]).toHaveProperty('num_mentions');
    expect(res.items[0].event).toHaveProperty('quote');
  });
});

describe('analysis', () => {
  it('gives a monthly series with QuadClass counts and a tension index for a dyad', async () => {
    const body = (await call('GET', '/api/dyads/{a}/{b}/series', '/api/dyads/aze/rus/series?by=month')).json();
    expect(body.a).toBe('AZE');
    expect(body.points.map((p: { period: string }) => p.period)).toEqual(['2025-05', '2025-06', '2025-07', '2025-08', '2025-09']);
    const july = body.points[2];
    expect(july.q3 + july.q4).toBeGreaterThan(july.q1 + july.q2);
    expect(july.tension).toBeGreaterThan(body.points[0].tension);
  });

  it('lists open alerts, filtered by dyad', async () => {
    const all = (await call('GET', '/api/alerts', '/api/alerts')).json();
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items[0]).toMatchObject({ dyad: ['AZE', 'RUS'], direction: 'escalation' });
    const none = (await call('GET', '/api/alerts', '/api/alerts?dyad=ARM,TUR')).json();
    expect(none.items).toEqual([]);
  });

  it('takes the CLI’s alert options: period, smallest dyad and threshold', async () => {
    const byDefault = (await call('GET', '/api/alerts', '/api/alerts')).json().items;
    expect(byDefault.some((a: { signal: string }) => a.signal !== 'volume')).toBe(true);
    expect((await call('GET', '/api/alerts', '/api/alerts?minEvents=1000000')).json().items).toEqual([]);
    expect((await call('GET', '/api/alerts', '/api/alerts?threshold=1000')).json().items.filter((a: { signal: string }) => a.signal !== 'volume')).toEqual([]);
    expect((await call('GET', '/api/alerts', '/api/alerts?by=month&minEvents=5')).json().items).toEqual(byDefault);
  });

  it('judges alerts open against the newest publication date, and filters by it', async () => {
    const newest = (await app.inject('/api/articles?limit=1')).json().items[0].published;
    const all = (await call('GET', '/api/alerts', '/api/alerts')).json();
    expect(all.present).toBe(newest);
    const open = (await call('GET', '/api/alerts', '/api/alerts?open=true')).json();
    const closed = (await call('GET', '/api/alerts', '/api/alerts?open=false')).json();
    expect(open.items.every((a: { open: boolean }) => a.open)).toBe(true);
    expect(closed.items.every((a: { open: boolean }) => !a.open)).toBe(true);
    expect(open.total + closed.total).toBe(all.total);
    const ninetyDaysBefore = new Date(Date.parse(newest) - 90 * 86_400_000).toISOString().slice(0, 10);
    for (const a of all.items as { end: string; open: boolean }[]) expect(a.open).toBe(a.end >= ninetyDaysBefore);
  });

  it('gives every period of a dyad series its surge against the dyad\'s own past', async () => {
    const body = (await call('GET', '/api/dyads/{a}/{b}/series', '/api/dyads/AZE/RUS/series?by=month')).json();
    expect(body.points[0]).toMatchObject({ hostilityBaseline: null, surge: null });
    const july = body.points.find((p: { period: string }) => p.period === '2025-07');
    expect(july.hostility).toBeGreaterThan(0);
    expect(july.surge).toBeGreaterThan(1);
  });

  it('finds tit-for-tat chains that alternate between the two sides', async () => {
    const body = (await call('GET', '/api/chains', '/api/chains?dyad=AZE,RUS')).json();
    expect(body.items.length).toBeGreaterThan(0);
    for (const chain of body.items) {
      for (let i = 1; i < chain.links.length; i++) expect(chain.links[i].source).toBe(chain.links[i - 1].target);
    }
    expect(body.reciprocity[0].dyad).toEqual(['AZE', 'RUS']);
  });

  it('draws the actor network, and an actor with its partners and adversaries', async () => {
    const all = (await call('GET', '/api/network', '/api/network')).json();
    // The fixture actors (an article POSTed by an earlier test may add more).
    expect(all.nodes.map((n: { actor: string }) => n.actor)).toEqual(expect.arrayContaining(['ARM', 'AZE', 'RUS', 'TUR']));
    expect(all.edges.find((e: { a: string; b: string }) => e.a === 'AZE' && e.b === 'RUS').conflictEvents).toBeGreaterThan(5);
    const arm = (await call('GET', '/api/network', '/api/network?actor=ARM&from=2025-08-01&to=2025-08-31')).json();
    expect(arm.actor.partners.map((c: { actor: string }) => c.actor).sort()).toEqual(['AZE', 'TUR']);
    expect(arm.actor.adversaries.map((c: { actor: string }) => c.actor)).toEqual(['RUS']);
    expect(arm.edges.every((e: { a: string; b: string }) => e.a === 'ARM' || e.b === 'ARM')).toBe(true);
  });

  it('overview combines counts, latest events, movers and open alerts', async () => {
    const body = (await call('GET', '/api/overview', '/api/overview?limit=3')).json();
    expect(body.latest).toHaveLength(3);
    expect(body.latest[0].date >= body.latest[2].date).toBe(true);
    expect(body.counts.articles).toBeGreaterThanOrEqual(8);
    expect(body.present).toBe((await app.inject('/api/articles?limit=1')).json().items[0].published);
    // Movers compare a dyad's latest period with events to its previous one with events.
    for (const m of body.movers as { dyad: string[]; period: string; fromPeriod: string }[]) {
      const series = (await app.inject(`/api/dyads/${m.dyad[0]}/${m.dyad[1]}/series?by=month`)).json().points as { period: string; total: number }[];
      expect(series.find((p) => p.period === m.period)!.total).toBeGreaterThan(0);
      expect(series.find((p) => p.period === m.fromPeriod)!.total).toBeGreaterThan(0);
    }
    const since = new Date(Date.parse(body.present) - 90 * 86_400_000).toISOString().slice(0, 10);
    expect(body.alerts.every((a: { end: string }) => a.end >= since)).toBe(true);
  });
});

describe('export', () => {
  it('streams GDELT rows with a header, JSON Lines and PLOVER records', async () => {
    const gdelt = await call('GET', '/api/export', '/api/export?format=gdelt&header=true&dyad=AZE,RUS');
    expect(gdelt.headers['content-type']).toMatch(/^text\/tab-separated-values/);
    const lines = gdelt.body.trim().split('\n');
    expect(lines[0]!.split('\t')[0]).toBe('GLOBALEVENTID');
    expect(lines.length).toBeGreaterThan(5);
    const jsonl = await call('GET', '/api/export', '/api/export?format=jsonl&actor=TUR');
    const records = jsonl.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.every((r: { source: string; target: string }) => r.source === 'TUR' || r.target === 'TUR')).toBe(true);
    const plover = await call('GET', '/api/export', '/api/export?format=plover');
    expect(JSON.parse(plover.body.split('\n')[0]!)).toHaveProperty('event');
  });
});

describe('reference', () => {
  it('lists CAMEO codes with English and Arabic names, QuadClass and Goldstein', async () => {
    const res = await call('GET', '/api/ontology', '/api/ontology');
    expect(res.statusCode).toBe(200);
    const byCode = new Map(res.json().items.map((c: { code: string }) => [c.code, c]));
    expect(byCode.get('173')).toMatchObject({ root: '17', quadClass: 4, name: { en: 'Arrest, detain, or charge with legal action', ar: 'اعتقال أو احتجاز أو ملاحقة قضائية' }, arFromParent: false });
    expect(byCode.get('111')).toMatchObject({ quadClass: 3, goldstein: -2, name: { ar: 'انتقاد أو تنديد' } });
    // A 4-digit code carries its parent's Arabic name and says so.
    expect(byCode.get('1823')).toMatchObject({ arFromParent: true, name: { ar: (byCode.get('182') as { name: { ar: string } }).name.ar } });
    const roots = (await call('GET', '/api/ontology', '/api/ontology?depth=3&root=04')).json();
    expect(roots.items.map((c: { code: string }) => c.code)).toEqual(['04', '040', '041', '042', '043', '044', '045', '046']);
    expect((await call('GET', '/api/ontology', '/api/ontology?root=4')).statusCode).toBe(400);
  });

  it('names actor codes in Arabic and English, generic codes (IGO, UNK) too, null for codes it does not know', async () => {
    const res = await call('GET', '/api/actors', '/api/actors?codes=AZE,rus,UNO,AZEGOV,IGO,UNK,XQZ');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { code: 'AZE', kind: 'state', name: { en: 'Azerbaijan', ar: 'أذربيجان' } },
      { code: 'RUS', kind: 'state', name: { en: 'Russia', ar: 'روسيا' } },
      { code: 'UNO', kind: 'igo', name: { en: 'United Nations', ar: 'الأمم المتحدة' } },
      { code: 'AZEGOV', kind: 'state', name: { en: 'Azerbaijan', ar: 'أذربيجان' } },
      { code: 'IGO', kind: 'igo', name: { en: 'Other international organisation', ar: 'منظمة دولية أخرى' } },
      { code: 'UNK', kind: null, name: { en: 'Unidentified actor', ar: 'طرف غير محدد' } },
      { code: 'XQZ', kind: null, name: null },
    ]);
    const bad = await call('GET', '/api/actors', '/api/actors?codes=AZE;RUS');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().param).toBe('codes');
  });
});

describe('watch', () => {
  it('lists the watched feeds with their last poll, counts and last error', async () => {
    const feed = {
      url: 'https://news.example/rss.xml', lastPoll: '2026-01-02T03:04:05.000Z', etag: '"v2"', lastModified: null, items: 20, stored: 14,
      failures: 3, nextPoll: '2026-01-02T05:04:05.000Z', lastError: 'answered HTTP 500',
    };
    await fx.store.saveFeed(feed);
    const res = await call('GET', '/api/feeds', '/api/feeds');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([feed]);
    expect((await call('GET', '/api/feeds', '/api/feeds?limit=1')).statusCode).toBe(400);
  });

  it('lists the alerts the watch raised, newest first, with their driving events', async () => {
    const alert = { dyad: ['AZE', 'RUS'], period: '2025-07', direction: 'escalation', drivers: [{ id: 7, quote: 'Police arrested two journalists.' }] };
    await fx.store.raiseAlerts([{ dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share', alert }]);
    const res = await call('GET', '/api/alerts/raised', '/api/alerts/raised?limit=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share', alert, postedAt: null })]);
    expect((await call('GET', '/api/alerts/raised', '/api/alerts/raised?limit=0')).json().param).toBe('limit');
  });
});

describe('documentation', () => {
  it('serves the OpenAPI document', async () => {
    const res = await app.inject('/openapi.json');
    expect(res.json().openapi).toBe('3.1.0');
  });

  it('every operation in the OpenAPI document was requested by a test above', () => {
    const documented = Object.entries(OPENAPI.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`));
    expect(documented.filter((op) => !covered.has(op))).toEqual([]);
  });
});

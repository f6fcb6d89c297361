// The API at volume on PostgreSQL: starts a throwaway server, loads N synthetic events by SQL (skewed actors
// and CAMEO codes, eight years of dates, four events an article), then prints p50/p95 of the events API's
// common queries through the Fastify app. `npm run bench:volume -- --events 10000000 [--port 55499] [--keep]`,
// or `npm run bench:volume -- --url postgres://…` to measure a store loaded before; `--skip text` leaves out
// the cases whose names match.
import { parseArgs } from 'node:util';
import { buildServer } from '../src/serve/index.ts';
import { SqlStore } from '../src/store/index.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPostgresEngine } from '../src/store/postgres/engine.ts';
import type { Engine } from '../src/store/engine.ts';
import { startPostgres } from '../test/postgres-server.ts';

const EVENTS_PER_ARTICLE = 4;
const ARTICLES_PER_STATEMENT = 250_000;
/** Actor codes; the first ones are chosen far more often (news follows a few states). */
const ACTORS = ['USA', 'RUS', 'ISR', 'UKR', 'IRN', 'CHN', 'TUR', 'SYR', 'EGY', 'SAU', 'PSE', 'IRQ', 'LBN', 'YEM', 'QAT', 'ARE',
  'JOR', 'FRA', 'GBR', 'DEU', 'AZE', 'ARM', 'LBY', 'SDN', 'PAK', 'IND', 'AFG', 'KWT', 'BHR', 'OMN', 'MAR', 'DZA', 'TUN', 'ETH',
  'SOM', 'KAZ', 'GEO', 'JPN', 'KOR', 'PRK', 'BRA', 'ZAF', 'NGA', 'ESP', 'ITA', 'POL', 'CAN', 'AUS', 'IDN', 'MYS'];
/** CAMEO codes with roots, QuadClass and Goldstein; earlier ones are commoner (statements and talks lead). */
const CODES: [string, number, number][] = [
  ['010', 1, 0], ['040', 1, 1], ['042', 1, 1.9], ['043', 1, 2.8], ['036', 1, 4], ['051', 1, 3.4], ['112', 3, -2], ['111', 3, -2],
  ['130', 3, -4.4], ['190', 4, -10], ['173', 4, -5], ['061', 2, 6.4], ['057', 1, 8], ['120', 3, -4], ['160', 4, -4], ['141', 3, -6.5],
  ['1823', 4, -10], ['071', 2, 7.4], ['163', 4, -8], ['195', 4, -10], ['0311', 1, 5.2], ['084', 2, 7], ['138', 3, -7], ['1712', 4, -9.2]];
/** Words of the synthetic articles, commonest first (text search looks for a common and a rare one). */
const WORDS = ['talks', 'minister', 'border', 'sanctions', 'protest', 'election', 'ceasefire', 'refugees', 'drone', 'pipeline',
  'embassy', 'summit', 'blockade', 'tariff', 'hostages', 'earthquake', 'referendum', 'mediation', 'uranium', 'famine'];

const sqlArray = (xs: readonly (string | number)[]): string => `ARRAY[${xs.map((x) => (typeof x === 'number' ? x : `'${x}'`)).join(',')}]`;
/** An element of a SQL array, chosen with a skew toward its start (power > 1: more skewed). */
const skewed = (array: string, length: number, power: number): string => `(${array})[1 + floor(${length} * power(random(), ${power}))::int]`;

/**
 * Load `events` synthetic events (and a quarter as many articles, each event its own cluster), the way a large
 * ingest leaves the store: events' indexes are dropped during the load and made again after, as a bulk load would.
 */
async function fill(engine: Engine, events: number): Promise<void> {
  const articles = Math.ceil(events / EVENTS_PER_ARTICLE);
  const indexes = await engine.query<{ indexdef: string; indexname: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events'`);
  for (const i of indexes) await engine.exec(`DROP INDEX ${i.indexname}`);
  await engine.exec(`SELECT events_add_months(ARRAY(SELECT generate_series(DATE '2019-01-01', DATE '2026-12-01', interval '1 month')::date))`);
  const actors = sqlArray(ACTORS);
  for (let first = 1; first <= articles; first += ARTICLES_PER_STATEMENT) {
    const last = Math.min(articles, first + ARTICLES_PER_STATEMENT - 1);
    // Publication days over eight years, more in recent years; 1% undated.
    // A superuser's bulk load: no foreign-key trigger per row (the generated rows refer to what exists).
    await engine.transaction((tx) => tx.exec(`SET LOCAL session_replication_role = replica;
      CREATE TEMP TABLE batch ON COMMIT DROP AS SELECT g, CASE WHEN random() < 0.01 THEN NULL ELSE DATE '2019-01-01' + floor(2890 * sqrt(random()))::int END AS published,
        ${skewed(sqlArray(WORDS), WORDS.length, 2)} AS w1, ${skewed(sqlArray(WORDS), WORDS.length, 3)} AS w2
        FROM generate_series(${first}, ${last}) g;
      INSERT INTO articles (id, url, outlet, title, text, lang, published, hash, search)
        SELECT 'v' || g, 'https://volume.example/' || g, 'outlet' || (g % 300), 'Report ' || g || ' on ' || w1,
          'Officials spoke of ' || w1 || ' and ' || w2 || ' in report ' || g || '.', CASE WHEN g % 5 < 2 THEN 'ar' ELSE 'en' END,
          published, md5('v' || g), lower('Report ' || g || ' on ' || w1 || E'\\n' || 'Officials spoke of ' || w1 || ' and ' || w2 || ' in report ' || g || '.')
        FROM batch;
      INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles)
        SELECT (g - 1) * ${EVENTS_PER_ARTICLE} + o + 1, (g - 1) * ${EVENTS_PER_ARTICLE} + o + 1, 1, 1, 1
        FROM batch, generate_series(0, ${EVENTS_PER_ARTICLE - 1}) o;
      INSERT INTO events (id, article_id, ordinal, source, target, cameo, root, quad_class, goldstein, date, date_granularity,
                          date_start, date_end, event_day, negated, trigger, trigger_start, trigger_end, quote, quote_start,
                          quote_end, sentence, confidence, rule, cluster_id, cluster_rep) OVERRIDING SYSTEM VALUE
        SELECT id, 'v' || g, o, s, CASE WHEN random() < 0.1 THEN NULL WHEN t = s THEN (${actors})[1 + (g + o) % ${ACTORS.length}] ELSE t END,
          c, substr(c, 1, 2), q, gs, d::text, CASE WHEN d IS NULL THEN NULL ELSE 'day' END, d, d, d, random() < 0.03,
          'said', 0, 4, 'Officials of ' || s || ' said the talks went on.', 0, 40, o, 0.8, 'volume', id, true
        FROM (SELECT g, o, (g - 1) * ${EVENTS_PER_ARTICLE} + o + 1 AS id,
                published - CASE WHEN random() < 0.3 THEN floor(10 * random())::int ELSE 0 END AS d,
                ${skewed(actors, ACTORS.length, 2.5)} AS s, ${skewed(actors, ACTORS.length, 2.5)} AS t, k,
                (${sqlArray(CODES.map((x) => x[0]))})[k] AS c, (${sqlArray(CODES.map((x) => x[1]))})[k]::smallint AS q,
                (${sqlArray(CODES.map((x) => x[2]))})[k]::float8 AS gs
              FROM batch, generate_series(0, ${EVENTS_PER_ARTICLE - 1}) o, LATERAL (SELECT 1 + floor(${CODES.length} * power(random(), 2))::int + 0 * o AS k) kk) x`));
    process.stdout.write(`\rloaded ${Math.min(last * EVENTS_PER_ARTICLE, events).toLocaleString()} events`);
  }
  await engine.exec(`SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events))`);
  const t0 = performance.now();
  // A partitioned table's index reads ON ONLY (the parent alone); made again, it must cover the partitions.
  for (const i of indexes) await engine.exec(i.indexdef.replace(' ON ONLY ', ' ON '));
  await engine.exec('VACUUM (ANALYZE) articles, events, event_clusters');
  console.log(`\nindexes and vacuum: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

interface Case {
  name: string;
  url: (i: number) => string;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const MONTHS = Array.from({ length: 24 }, (_, k) => `${2024 + Math.floor(k / 12)}-${String(1 + (k % 12)).padStart(2, '0')}`);

/** The events API's common queries, each with varying parameters (busy and quiet actors, months, words). */
const CASES: Case[] = [
  { name: 'newest events', url: () => '/api/events' },
  { name: 'oldest events (sort=date)', url: () => '/api/events?sort=date' },
  { name: 'actor', url: (i) => `/api/events?actor=${pick(ACTORS, i * 7)}` },
  { name: 'dyad', url: (i) => `/api/events?dyad=${pick(ACTORS, i)},${pick(ACTORS, i * 3 + 1)}` },
  { name: 'cameo root', url: (i) => `/api/events?cameo=${pick(CODES, i)[0].slice(0, 2)}` },
  { name: 'cameo code by goldstein', url: (i) => `/api/events?cameo=${pick(CODES, i)[0]}&sort=goldstein` },
  { name: 'month range', url: (i) => `/api/events?from=${pick(MONTHS, i)}&to=${pick(MONTHS, i)}` },
  { name: 'actor + month range', url: (i) => `/api/events?actor=${pick(ACTORS, i * 7)}&from=${pick(MONTHS, i)}&to=${pick(MONTHS, i + 2)}` },
  { name: 'dyad + cameo root + year', url: (i) => `/api/events?dyad=${pick(ACTORS, i % 4)},${pick(ACTORS, 4 + (i % 6))}&cameo=${pick(CODES, i)[0].slice(0, 2)}&from=${2020 + (i % 6)}&to=${2020 + (i % 6)}` },
  { name: 'lang', url: (i) => `/api/events?lang=${i % 2 ? 'ar' : 'en'}` },
  { name: 'text, common word', url: (i) => `/api/events?q=${pick(WORDS.slice(0, 4), i)}` },
  { name: 'text, rare word', url: (i) => `/api/events?q=${pick(WORDS.slice(-4), i)}` },
  { name: 'text + actor', url: (i) => `/api/events?q=${pick(WORDS.slice(4, 10), i)}&actor=${pick(ACTORS, i)}` },
  { name: 'offset page 20', url: (i) => `/api/events?actor=${pick(ACTORS, i)}&offset=1000` },
  { name: 'clusters', url: () => '/api/events?clusters=true' },
  { name: 'clusters, actor + text', url: (i) => `/api/events?clusters=true&actor=${pick(ACTORS, i)}&q=${pick(WORDS, i)}` },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface VolumeResult {
  query: string;
  p50: number;
  p95: number;
}

/**
 * p50/p95 per case over `requests` requests, plus cursor walks (the page after a page, five deep), each
 * printed as it is measured; `skip` leaves out the cases whose names it matches.
 */
async function measure(store: SqlStore, requests: number, skip?: RegExp): Promise<VolumeResult[]> {
  const app = await buildServer({ store, cacheSeconds: 0 });
  const get = async (url: string): Promise<{ nextCursor: string | null }> => {
    const res = await app.inject(url);
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    return res.json();
  };
  const timed = async (urls: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> => {
    for (let i = 0; i < 3; i++) await urls(requests + i);
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      await urls(i);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const results: VolumeResult[] = [];
  const report = (r: VolumeResult): void => {
    results.push(r);
    console.log(`${r.query.padEnd(30)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms`);
  };
  for (const c of CASES) if (!skip?.test(c.name)) report({ query: c.name, ...(await timed((i) => get(c.url(i)))) });
  for (const [name, base] of [['cursor page, newest', '/api/events?'], ['cursor page, actor', '/api/events?actor=IRN&'],
    ['cursor page, clusters', '/api/events?clusters=true&']] as const) {
    if (skip?.test(name)) continue;
    // Each timing is one page after a cursor, reached by walking 1 to 5 pages in.
    const cursors: string[] = [];
    let page = await get(`${base}limit=50`);
    for (let k = 0; k < 5 && page.nextCursor; k++) {
      cursors.push(page.nextCursor);
      page = await get(`${base}limit=50&after=${page.nextCursor}`);
    }
    report({ query: name, ...(await timed((i) => get(`${base}limit=50&after=${pick(cursors, i)}`))) });
  }
  await app.close();
  return results;
}

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, port: { type: 'string', default: '55499' },
  requests: { type: 'string', default: '60' }, keep: { type: 'boolean', default: false }, url: { type: 'string' },
  skip: { type: 'string' } } });
const events = Number(values.events);
// --url measures a store loaded before (e.g. one left by --keep) instead of starting and filling a server.
// A throwaway server: no durability, memory for sorts and index builds, statistics and vacuum done by hand.
const server = values.url ? { url: values.url, dispose: () => {} } : await startPostgres({ database: 'marsad_volume', port: Number(values.port),
  keep: values.keep!, settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', shared_buffers: '1GB',
    maintenance_work_mem: '1GB', max_wal_size: '8GB', autovacuum: 'off', effective_cache_size: '6GB', random_page_cost: 1.1 } });
const engine = await openPostgresEngine(server.url);
try {
  const t0 = performance.now();
  if (!values.url) {
    await migrate(engine);
    await fill(engine, events);
  }
  const [size] = await engine.query<{ size: string; parts: number }>(`SELECT pg_size_pretty(sum(pg_total_relation_size(inhrelid))) AS size,
    count(*)::int AS parts FROM pg_inherits WHERE inhparent = 'events'::regclass`);
  const [count] = await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
  console.log(`${count!.n.toLocaleString()} events (${((performance.now() - t0) / 1000).toFixed(0)} s to load and count); events with indexes: ${size!.size} in ${size!.parts} partitions`);
  await measure(new SqlStore(engine), Number(values.requests), values.skip ? new RegExp(values.skip) : undefined);
} finally {
  await engine.close();
  server.dispose();
}

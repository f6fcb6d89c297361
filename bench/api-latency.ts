// API latency on a large store: 100k synthetic events bulk-inserted by SQL into a temp PGlite store, then
// p50/p95 over a few hundred app.inject() requests per endpoint (filtered, paged events; dyad series).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer } from '../src/serve/index.ts';
import { SqlStore } from '../src/store/index.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPgliteEngine } from '../src/store/pglite/engine.ts';
import type { Engine } from '../src/store/engine.ts';

export interface LatencyResult {
  endpoint: string;
  p50: number;
  p95: number;
}

const EVENTS_PER_ARTICLE = 5;
/** Actors, the first few much busier than the rest (news is skewed toward a few dyads). */
export const ACTORS = ['RUS', 'AZE', 'UKR', 'USA', 'TUR', 'IRN', 'ARM', 'GEO', 'KAZ', 'CHN', 'ISR', 'EGY', 'SAU', 'QAT', 'SYR', 'IRQ', 'JOR', 'LBN', 'FRA', 'DEU', 'GBR', 'IND', 'PAK', 'ARE', 'OMN', 'KWT', 'BHR', 'YEM', 'LBY', 'SDN'];
/** [cameo, root, quad, goldstein] spread over the four QuadClasses. */
const CODES: [string, string, number, number][] = [
  ['010', '01', 1, 0], ['036', '03', 1, 4], ['040', '04', 1, 1], ['043', '04', 1, 2.8], ['051', '05', 1, 3.4], ['057', '05', 1, 8],
  ['061', '06', 2, 6.4], ['071', '07', 2, 7.4], ['111', '11', 3, -2], ['112', '11', 3, -2], ['120', '12', 3, -4], ['130', '13', 3, -4.4],
  ['160', '16', 4, -4], ['172', '17', 4, -5], ['173', '17', 4, -5], ['190', '19', 4, -10], ['1823', '18', 4, -10],
];

/** Fill the store by SQL: n/5 articles over two years, five events each, skewed actor choice. */
export async function fillSyntheticEvents(engine: Engine, events: number): Promise<void> {
  const articles = Math.ceil(events / EVENTS_PER_ARTICLE);
  const actors = `ARRAY[${ACTORS.map((a) => `'${a}'`).join(',')}]`;
  const codes = (i: number) => `ARRAY[${CODES.map((c) => `'${c[i]}'`).join(',')}]`;
  // The months' partitions first (migration 0008), as saving articles makes them: rows of a month without one
  // would wait in the default partition, and the first write into that month would move them all.
  await engine.query(`SELECT events_add_months(array(SELECT DATE '2024-01-01' + g FROM generate_series(0, 729) g))`);
  await engine.exec(`
    INSERT INTO articles (id, url, outlet, title, text, lang, published, hash, search)
    SELECT id, url, outlet, title, text, lang, published, hash, lower(title || ' ' || text) -- ASCII: folding is lower-casing
    FROM (
      SELECT 'bench-' || g AS id, 'https://bench.example/' || g AS url, 'Outlet ' || (g % 40) AS outlet, 'Synthetic article ' || g AS title,
             'Synthetic article ' || g || ' about relations between states, with officials quoted at length on items '
               || (g * ${EVENTS_PER_ARTICLE}) || ' to ' || (g * ${EVENTS_PER_ARTICLE} + ${EVENTS_PER_ARTICLE - 1}) || '.' AS text,
             CASE WHEN g % 3 = 0 THEN 'ar' ELSE 'en' END AS lang, DATE '2024-01-01' + (g % 730) AS published, md5('bench' || g) AS hash
      FROM generate_series(1, ${articles}) g
    ) a;
    INSERT INTO events (article_id, ordinal, source, target, cameo, root, quad_class, goldstein, date, date_granularity,
                        date_start, date_end, event_day, negated, trigger, trigger_start, trigger_end, quote, quote_start,
                        quote_end, sentence, confidence, rule)
    SELECT 'bench-' || a, o, s, CASE WHEN t = s THEN (${actors})[1 + (k + 1) % ${ACTORS.length}] ELSE t END, c[1], c[2], c[3]::smallint, c[4]::float8,
           (DATE '2024-01-01' + (a % 730))::text, 'day', DATE '2024-01-01' + (a % 730), DATE '2024-01-01' + (a % 730),
           DATE '2024-01-01' + (a % 730), (k % 50 = 0), 'said', 0, 4,
           'Officials of ' || s || ' said the talks with ' || t || ' were item ' || k || '.', 0, 40, 0, 0.8, 'bench'
    FROM (
      SELECT a, o, a * ${EVENTS_PER_ARTICLE} + o AS k,
             (${actors})[1 + floor(${ACTORS.length} * power(random(), 2.5))::int] AS s,
             (${actors})[1 + floor(${ACTORS.length} * power(random(), 2.5))::int] AS t,
             ARRAY[(${codes(0)})[1 + (a * 7 + o * 3) % ${CODES.length}], (${codes(1)})[1 + (a * 7 + o * 3) % ${CODES.length}],
                   (${codes(2)})[1 + (a * 7 + o * 3) % ${CODES.length}], (${codes(3)})[1 + (a * 7 + o * 3) % ${CODES.length}]] AS c
      FROM generate_series(1, ${articles}) a, generate_series(0, ${EVENTS_PER_ARTICLE - 1}) o
    ) x;
    -- Every event its own happening (the clustering job's output shape, without running it).
    INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles) SELECT id, id, 1, 1, 1 FROM events;
    UPDATE events SET cluster_id = id, cluster_rep = true;
  `);
  // What SqlStore.recluster() does after every ingest: statistics, and all-visible pages for index-only scans.
  await engine.exec('VACUUM (ANALYZE) articles, events, event_clusters');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Measure p50/p95 latency of the events and dyad series endpoints on a 100k-event PGlite store.
 * @example for (const r of await benchApi()) console.log(r.endpoint, r.p95);
 */
export async function benchApi(options: { events?: number; requests?: number } = {}): Promise<LatencyResult[]> {
  const { events = 100_000, requests = 200 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-api-'));
  const engine = await openPgliteEngine(dir);
  try {
    await migrate(engine);
    await fillSyntheticEvents(engine, events);
    const store = new SqlStore(engine);
    // Series are memoized per dyad until a write touches it: "cold" turns that off, "warm" is what repeat visitors
    // see (made when its turn comes, so its start-up computation of alerts does not slow the cold cases).
    const cold = await buildServer({ store, cacheSeconds: 0 });
    const month = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}`;
    const cases: [string, (i: number) => string, number, 'cold' | 'warm'][] = [
      ['/api/events actor, paged', (i) => `/api/events?actor=${ACTORS[i % 8]}&limit=50&offset=${(i % 20) * 50}`, requests, 'cold'],
      ['/api/events dyad+quad+dates', (i) => `/api/events?dyad=RUS,${ACTORS[1 + (i % 6)]}&quad=${1 + (i % 4)}&from=${month(i)}&to=2025-06-30&limit=50`, requests, 'cold'],
      ['/api/events cameo root, by goldstein', (i) => `/api/events?cameo=${['17', '11', '04', '19'][i % 4]}&sort=goldstein&limit=100&offset=${(i % 10) * 100}`, requests, 'cold'],
      ['/api/events text search', (i) => `/api/events?q=item ${1000 + i}&limit=50`, requests, 'cold'],
      ['/api/events clusters, actor', (i) => `/api/events?clusters=true&actor=${ACTORS[i % 8]}&limit=50`, requests, 'cold'],
      ['/api/events deep page (offset 50k)', (i) => `/api/events?limit=50&offset=${50_000 + i}`, Math.ceil(requests / 5), 'cold'],
      ['/api/dyads/:a/:b/series cold', (i) => `/api/dyads/${ACTORS[i % 12]}/${ACTORS[12 + (i % 18)]}/series?by=month`, Math.ceil(requests / 3), 'cold'],
      ['/api/dyads/:a/:b/series busiest, cold', (i) => `/api/dyads/RUS/${ACTORS[1 + (i % 3)]}/series?by=month`, Math.ceil(requests / 5), 'cold'],
      ['/api/dyads/:a/:b/series warm (cached)', (i) => `/api/dyads/RUS/${ACTORS[1 + (i % 6)]}/series?by=month`, requests, 'warm'],
    ];
    const results: LatencyResult[] = [];
    let warm: typeof cold | undefined;
    for (const [endpoint, url, n, which] of cases) {
      const app = which === 'cold' ? cold : (warm ??= await buildServer({ store }));
      for (let i = 0; i < 10; i++) await app.inject(url(i)); // warm-up (and, for "warm", the cache)
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        const res = await app.inject(url(i));
        times.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`${url(i)} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      }
      times.sort((a, b) => a - b);
      results.push({ endpoint, p50: percentile(times, 50), p95: percentile(times, 95) });
    }
    await cold.close();
    await warm?.close();
    return results;
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const results = await benchApi({ requests: Number(process.env.MARSAD_BENCH_REQUESTS ?? 200) });
  for (const r of results) console.log(`${r.endpoint.padEnd(40)} p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s including the 100k-event fill)`);
}

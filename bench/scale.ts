// `npm run bench:scale [-- --articles N --workers 1,2]`: N synthetic articles (default 1,000,000) queued on a
// throwaway PostgreSQL and coded by 1 and 2 `marsad worker` processes (one coding thread each, so one core
// each): articles/s per worker count, queue latency for bursts arriving while the workers run, and the API's
// p95 over the N coded articles.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/serve/index.ts';
import { openEngine, SqlStore } from '../src/store/index.ts';
import type { Engine } from '../src/store/engine.ts';
import { enqueue } from '../src/queue/index.ts';
import { syntheticArticle } from './synthetic-news.ts';
import { startPostgres } from '../test/postgres-server.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000000' }, workers: { type: 'string', default: '1,2' } } });
const N = Number(args.articles);
const COUNTS = args.workers!.split(',').map(Number);
if (!Number.isInteger(N) || N < 100 || COUNTS.some((k) => !Number.isInteger(k) || k < 1)) {
  throw new Error(`--articles must be a whole number ≥ 100 and --workers a list such as 1,2 (got ${args.articles}, ${args.workers})`);
}
const BIN = resolve('bin/marsad.js');
/** Bursts that arrive while workers idle, as GDELT's 15-minute updates do, each a few seconds of work. */
const BURSTS = 3;
const BURST_GAP_MS = 5000;
const line = (label: string, figures: string) => console.log(`${label.padEnd(34)} ${figures}`);

async function enqueueSynthetic(engine: Engine, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 1000) {
    await enqueue(engine, Array.from({ length: Math.min(1000, to - i) }, (_, k) => syntheticArticle(i + k)));
  }
}

function startWorkers(k: number, url: string, extra: string[]): ChildProcess[] {
  return Array.from({ length: k }, () => spawn('node', [BIN, 'worker', '--workers', '0', '--batch', '50', '--quiet', ...extra],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] }));
}

/** A worker's exit code and the CPU seconds its summary line reports. */
function exited(p: ChildProcess): Promise<{ code: number | null; cpu: number }> {
  let out = '';
  p.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((done) => p.once('close', (code) => done({ code, cpu: Number(/([\d.]+) CPU s/.exec(out)?.[1] ?? NaN) })));
}

/** Enqueue → stored latency of the jobs with ids in (from, to], in ms. */
async function latency(engine: Engine, from: number, to = Number.MAX_SAFE_INTEGER): Promise<{ p50: number; p95: number }> {
  const [row] = await engine.query<{ p50: number; p95: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ms) AS p95
     FROM (SELECT extract(epoch FROM done_at - enqueued_at) * 1000 AS ms FROM queue_jobs WHERE id > $1 AND id <= $2 AND state = 'done') t`, [from, to]);
  return row!;
}

async function waitDone(engine: Engine, total: number): Promise<void> {
  for (;;) {
    const [row] = await engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM queue_jobs WHERE state = 'done'`);
    if (row!.n >= total) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Code N queued articles with k workers, then time bursts arriving while they run. */
async function run(k: number, url: string, serverCpu: () => number): Promise<Engine> {
  const engine = await openEngine({ databaseUrl: url });
  let t0 = performance.now();
  await enqueueSynthetic(engine, 0, N);
  line(`enqueue (${k} worker run)`, `${N} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(N / ((performance.now() - t0) / 1000)).toFixed(0)} articles/s`);

  t0 = performance.now();
  const dbCpu0 = serverCpu();
  const ends = await Promise.all(startWorkers(k, url, ['--until-empty']).map(exited));
  if (ends.some((e) => e.code !== 0)) throw new Error(`a worker failed (exit codes ${ends.map((e) => e.code).join(', ')})`);
  const cpu = ends.reduce((sum, e) => sum + e.cpu, 0);
  const dbCpu = serverCpu() - dbCpu0;
  const wall = (performance.now() - t0) / 1000;
  const [r] = await engine.query<{ stored: number; events: number; span: number }>(
    `SELECT (SELECT count(*)::int FROM articles) AS stored, (SELECT count(*)::int FROM events) AS events,
            extract(epoch FROM max(done_at) - min(done_at))::float8 AS span FROM queue_jobs`);
  const steady = r!.stored / r!.span;
  line(`${k} worker${k > 1 ? 's' : ''} (1 coding thread each)`, `${r!.stored} stored (${r!.events} events): ${steady.toFixed(0)} articles/s while coding `
    + `(${(steady / k).toFixed(0)} per worker), ${(r!.stored / wall).toFixed(0)} articles/s over ${wall.toFixed(0)} s wall with start-up and clustering; `
    + `${(r!.stored / cpu).toFixed(0)} articles per worker CPU second, ${(r!.stored / dbCpu).toFixed(0)} per PostgreSQL CPU second`);

  // Latency: workers poll; bursts of about two seconds of their work arrive every few seconds.
  const [{ last }] = (await engine.query<{ last: string }>('SELECT max(id)::text AS last FROM queue_jobs')) as [{ last: string }];
  const workers = startWorkers(k, url, ['--poll', '200ms']);
  const burst = Math.max(20, Math.round(steady * 2));
  await new Promise((r) => setTimeout(r, 8000)); // start-up: loading the coder
  for (let b = 0; b < BURSTS; b++) {
    await enqueueSynthetic(engine, N + b * burst, N + (b + 1) * burst);
    await new Promise((r) => setTimeout(r, BURST_GAP_MS));
  }
  await waitDone(engine, N + BURSTS * burst);
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map(exited));
  const l = await latency(engine, Number(last));
  line(`  queue latency, bursts of ${burst}`, `enqueue → stored p50 ${(l.p50 / 1000).toFixed(2)} s, p95 ${(l.p95 / 1000).toFixed(2)} s`);
  const b = await latency(engine, 0, Number(last));
  line('  (whole backlog queued at once)', `p50 ${(b.p50 / 1000).toFixed(0)} s, p95 ${(b.p95 / 1000).toFixed(0)} s`);
  return engine;
}

/** p50/p95 of API requests on the store the workers filled. */
async function apiLatency(engine: Engine): Promise<void> {
  const dyads = await engine.query<{ source: string; target: string }>(
    `SELECT source, target FROM events WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 10`);
  const actors = [...new Set(dyads.map((d) => d.source))];
  const app = await buildServer({ store: new SqlStore(engine), cacheSeconds: 0 });
  const cases: [string, (i: number) => string][] = [
    ['GET /api/events (actor, paged)', (i) => `/api/events?actor=${actors[i % actors.length]}&limit=50&offset=${(i % 10) * 50}`],
    ['GET /api/events (dyad, quad, dates)', (i) => `/api/events?dyad=${dyads[i % dyads.length]!.source},${dyads[i % dyads.length]!.target}&quad=${1 + (i % 4)}&from=2024-0${1 + (i % 9)}-01&limit=50`],
    ['GET /api/dyads/:a/:b/series', (i) => `/api/dyads/${dyads[i % dyads.length]!.source}/${dyads[i % dyads.length]!.target}/series?by=month`],
  ];
  for (const [label, url] of cases) {
    for (let i = 0; i < 5; i++) await app.inject(url(i));
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      const res = await app.inject(url(i));
      times.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`${url(i)} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    }
    times.sort((x, y) => x - y);
    line(label, `p50 ${times[49]!.toFixed(1)} ms, p95 ${times[94]!.toFixed(1)} ms`);
  }
  await app.close();
}

console.log(`Marsad scale bench: ${N} synthetic articles, workers ${COUNTS.join(' and ')}, node ${process.version}`);
console.log(`load average at start ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n`);
// One server, a fresh database per worker count (the first made at start).
const pg = await startPostgres({ database: `scale_${COUNTS[0]}`, settings: { shared_buffers: '256MB', max_connections: 50 } });
try {
  let last: Engine | null = null;
  for (const k of COUNTS) {
    await last?.close();
    last = await run(k, pg.database(`scale_${k}`), () => pg.cpuSeconds());
  }
  const [{ events }] = (await last!.query<{ events: number }>('SELECT count(*)::int AS events FROM events')) as [{ events: number }];
  console.log(`\nAPI on the last run's store (${events} events, PostgreSQL, no cache):`);
  await apiLatency(last!);
  await last!.close();
} finally {
  pg.dispose();
}

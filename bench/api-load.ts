// Load test of `marsad serve` as an operator meets it: a 100k-event PGlite store (built once by SQL, then reused),
// the server started cold as a child process, and 50 keep-alive connections over loopback driving a mix of
// filtered event pages, dyad series, alerts and the overview for a bounded time; req/s, p50/p95/p99 and errors per
// endpoint, and the server's RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrate } from '../src/store/migrate.ts';
import { openPgliteEngine } from '../src/store/pglite/engine.ts';
import { readArticleFile } from '../src/ingest/text-file.ts';
import { ACTORS, fillSyntheticEvents } from './api-latency.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'marsad.js');
/** The bearer token the bench's server takes writes with. */
const TOKEN = 'bench-load-token';
/** A request slower than this counts as an error (the operator's load generator gave up at 10 s too). */
const TIMEOUT_MS = 10_000;

export interface LoadOptions {
  events?: number;
  connections?: number;
  seconds?: number;
  /** The store folder, reused when it already holds `events` events. */
  dir?: string;
  /** After the timed reads, POST the example articles (replacing them: a real write every run) under the same reads. */
  post?: boolean;
}

/** The reads answered while the POST ran, all endpoints together. */
export interface DuringPost {
  articles: number;
  postMs: number;
  reads: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
}

export interface EndpointFigures {
  endpoint: string;
  requests: number;
  perSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface LoadResult {
  events: number;
  connections: number;
  seconds: number;
  /** The first `seconds` after the server started. */
  endpoints: EndpointFigures[];
  /** The `seconds` after those, on the same server. */
  warm: { seconds: number; endpoints: EndpointFigures[] };
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
  duringPost?: DuringPost;
}

const month = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}`;
/** The mix, each kind drawn in turn: [endpoint label, the i-th URL of that kind]. */
const MIX: [string, (i: number) => string][] = [
  ['events (newest)', () => '/api/events?limit=50'],
  ['events actor', (i) => `/api/events?actor=${ACTORS[i % 8]}&limit=50&offset=${(i % 10) * 50}`],
  ['events filters', (i) => [
    `/api/events?dyad=RUS,${ACTORS[1 + (i % 6)]}&quad=${1 + (i % 4)}&from=${month(i)}&to=2025-06-30&limit=50`,
    `/api/events?cameo=${['17', '11', '04', '19'][i % 4]}&sort=goldstein&limit=100`,
    `/api/events?root=${['17', '11', '04', '19'][i % 4]}&lang=ar&limit=50`,
    `/api/events?actor=${ACTORS[i % 12]}&clusters=true&limit=50`,
    `/api/events?quad=${1 + (i % 4)}&from=${month(i)}&limit=50`,
    `/api/events?q=item ${1000 + i}&limit=50`,
    `/api/events?actor=${ACTORS[i % 5]}&sort=-goldstein&to=${month(i)}&limit=50`,
  ][i % 7]!],
  ['dyad series', (i) => `/api/dyads/${ACTORS[i % 10]}/${ACTORS[10 + (i % 20)]}/series?by=month`],
  ['dyad series (busiest)', (i) => `/api/dyads/RUS/${ACTORS[1 + (i % 3)]}/series?by=${['month', 'week'][i % 2]}`],
  ['alerts', (i) => `/api/alerts?${['', 'open=true', 'by=week', `dyad=RUS,${ACTORS[1 + (i % 4)]}`][i % 4]}`],
  ['overview', () => '/api/overview'],
];

/** A store folder holding `events` synthetic events: reused when a previous run filled it, else built by SQL. */
export async function loadStore(dir: string, events: number): Promise<string> {
  // v2: events in their months' partitions (a store of v1 kept them all in the default partition).
  const marker = join(dir, `.bench-${events}-events-v2`);
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const engine = await openPgliteEngine(dir);
  try {
    await migrate(engine);
    await fillSyntheticEvents(engine, events);
  } finally {
    await engine.close();
  }
  writeFileSync(marker, new Date().toISOString());
  return dir;
}

/** Start `marsad serve` on a free port; resolves with its URL once it listens. */
function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, '--db', dir, 'serve', '--port', '0', '--token', TOKEN], {
    env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk;
      const url = /serving (http:\/\/\S+)/.exec(err)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`marsad serve exited (${code}) before listening: ${err}`)));
  });
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** One GET; resolves with its status (0 for a failure or a timeout). */
function request(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
  });
}

/** POST the example articles with ?replace=true; resolves with the status. */
function postExamples(url: string): Promise<{ status: number; articles: number }> {
  const dir = join(ROOT, 'examples');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readArticleFile(join(dir, f)));
  const body = JSON.stringify({ articles });
  return new Promise((resolve) => {
    const req = httpRequest(`${url}/api/articles?replace=true`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, articles: articles.length }));
    });
    req.on('error', () => resolve({ status: 0, articles: articles.length }));
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/**
 * Drive a freshly started server with `connections` concurrent keep-alive connections for two windows of `seconds`.
 * @example const r = await benchLoad({ seconds: 20 }); console.log(r.endpoints);
 */
export async function benchLoad(options: LoadOptions = {}): Promise<LoadResult> {
  const { events = 100_000, connections = 50, seconds = 20 } = options;
  const dir = await loadStore(options.dir ?? process.env.MARSAD_BENCH_LOAD_DIR ?? join(tmpdir(), 'marsad-bench-load'), events);
  const { child, url } = await startServer(dir);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  try {
    const rssStartMb = rssMb(child.pid!);
    let rssPeakMb = rssStartMb;
    const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(child.pid!))), 250);
    let next = 0;
    /** One timed window of the mix: each endpoint's figures. */
    const window = async (): Promise<{ seconds: number; endpoints: EndpointFigures[] }> => {
      const times = MIX.map(() => [] as number[]);
      const errors = MIX.map(() => 0);
      const end = performance.now() + seconds * 1000;
      const worker = async () => {
        while (performance.now() < end) {
          const n = next++;
          const kind = n % MIX.length;
          const t0 = performance.now();
          const status = await request(agent, url + MIX[kind]![1](Math.floor(n / MIX.length)));
          if (status === 200) times[kind]!.push(performance.now() - t0);
          else errors[kind]!++;
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: connections }, worker));
      const elapsed = (performance.now() - t0) / 1000;
      return { seconds: elapsed, endpoints: MIX.map(([endpoint], k): EndpointFigures => {
        const sorted = times[k]!.sort((a, b) => a - b);
        return { endpoint, requests: sorted.length + errors[k]!, perSec: (sorted.length + errors[k]!) / elapsed,
          p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors: errors[k]! };
      }) };
    };
    // The first window meets every answer cold (the server computes each once); the second what a running server gives.
    const cold = await window();
    const warm = await window();
    const duringPost = options.post ? await readsDuringPost() : undefined;
    clearInterval(sampler);
    return { events, connections, seconds: cold.seconds, endpoints: cold.endpoints, warm, rssStartMb, rssPeakMb, rssEndMb: rssMb(child.pid!), duringPost };

    /** The same mix of reads while one POST codes, stores and clusters the example articles. */
    async function readsDuringPost(): Promise<DuringPost> {
      let posting = true;
      const during: number[] = [];
      let failed = 0;
      const p0 = performance.now();
      const post = postExamples(url).finally(() => (posting = false));
      await Promise.all(Array.from({ length: connections }, async () => {
        while (posting) {
          const n = next++;
          const r0 = performance.now();
          const status = await request(agent, url + MIX[n % MIX.length]![1](Math.floor(n / MIX.length)));
          if (status === 200) during.push(performance.now() - r0);
          else failed++;
        }
      }));
      const { status, articles } = await post;
      if (status !== 200 && status !== 201) throw new Error(`the POST of the example articles answered ${status}`);
      during.sort((a, b) => a - b);
      return { articles, postMs: performance.now() - p0, reads: during.length + failed, p50: percentile(during, 50),
        p95: percentile(during, 95), max: during.at(-1) ?? NaN, errors: failed };
    }
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
}

/** The result as the table `npm run bench` prints. */
export function loadTable(r: LoadResult): string[] {
  const ms = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(0)).padStart(6);
  const rows = (endpoints: EndpointFigures[]) => endpoints.map((e) =>
    `  ${e.endpoint.padEnd(24)} ${e.perSec.toFixed(1).padStart(7)} ${ms(e.p50)} ${ms(e.p95)} ${ms(e.p99)} ${String(e.errors).padStart(6)}`);
  const total = (endpoints: EndpointFigures[]) => endpoints.reduce((sum, e) => sum + e.perSec, 0).toFixed(0);
  return [
    `API under load: ${r.events.toLocaleString('en')} events, ${r.connections} connections, server started cold`,
    `  ${'endpoint'.padEnd(24)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(6)} ${'p95 ms'.padStart(6)} ${'p99 ms'.padStart(6)} ${'errors'.padStart(6)}`,
    `  first ${r.seconds.toFixed(0)} s (${total(r.endpoints)} req/s in all)`,
    ...rows(r.endpoints),
    `  next ${r.warm.seconds.toFixed(0)} s (${total(r.warm.endpoints)} req/s in all)`,
    ...rows(r.warm.endpoints),
    `  server RSS: ${r.rssStartMb.toFixed(0)} MB at start, peak ${r.rssPeakMb.toFixed(0)} MB, ${r.rssEndMb.toFixed(0)} MB at the end`,
    ...(r.duringPost ? [`  reads during a POST of ${r.duringPost.articles} articles (${(r.duringPost.postMs / 1000).toFixed(1)} s): ${r.duringPost.reads} reads, `
      + `p50 ${ms(r.duringPost.p50).trim()} ms, p95 ${ms(r.duringPost.p95).trim()} ms, max ${ms(r.duringPost.max).trim()} ms, ${r.duringPost.errors} errors`] : []),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchLoad({ seconds: Number(process.env.MARSAD_BENCH_LOAD_SECONDS ?? 20), post: true });
  for (const line of loadTable(result)) console.log(line);
}

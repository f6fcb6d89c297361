// The job queue end to end through the CLI: two `marsad worker` processes on one PostgreSQL, one SIGKILLed
// mid-batch, store every article exactly once; a poisoned job ends dead with its reason. Then the same
// commands on PGlite, one process at a time.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { syntheticArticle } from '../../bench/synthetic-news.ts';
import { openEngine, type OpenStoreOptions } from '../../src/store/index.ts';
import { freshDatabase } from '../fresh-database.ts';

const BIN = resolve('bin/marsad.js');
const url = process.env.MARSAD_TEST_DATABASE_URL;
// Several processes that each load the coder, on a busy 2-core machine: generous limits.
const PER_TEST_MS = 600_000;
const PER_PROCESS_MS = 400_000;
/** Few attempts and no wait between them, so the poisoned job dies quickly. */
const WORKER_FLAGS = ['--workers', '0', '--batch', '5', '--max-attempts', '2', '--retry-delay', '0ms', '--poll', '200ms'];

/**
 * A folder with `n` articles and a poisoned one: an article whose id is already stored (from `earlier`)
 * with other content, which the store refuses on every attempt.
 */
function corpus(n: number): { dir: string; earlier: string } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-queue-'));
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify(syntheticArticle(i, 'q')));
  lines.splice(Math.floor(n / 2), 0, JSON.stringify({ ...syntheticArticle(n, 'q'), id: 'clash' }));
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  const earlier = join(mkdtempSync(join(tmpdir(), 'marsad-earlier-')), 'earlier.jsonl');
  writeFileSync(earlier, `${JSON.stringify({ ...syntheticArticle(n + 1, 'q'), id: 'clash' })}\n`);
  return { dir, earlier };
}

/** Resolves once `test()` holds, checked every 50 ms. */
async function until(test: () => Promise<boolean>): Promise<void> {
  while (!(await test())) await new Promise((r) => setTimeout(r, 50));
}

function marsad(env: NodeJS.ProcessEnv, args: string[]) {
  const r = spawnSync('node', [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: PER_PROCESS_MS });
  return r;
}

/**
 * What "stored exactly once" compares: each stored article's id with its number of events (sorted),
 * and the total articles and events.
 */
async function stored(where: OpenStoreOptions): Promise<{ articles: string[]; totals: unknown }> {
  const engine = await openEngine(where);
  try {
    const rows = await engine.query<{ id: string; n: number }>(
      'SELECT a.id, count(e.id)::int AS n FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.id ORDER BY a.id');
    const [totals] = await engine.query('SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM events) AS events');
    return { articles: rows.map((r) => `${r.id}:${r.n}`), totals };
  } finally {
    await engine.close();
  }
}

describe.skipIf(!url)('marsad worker on PostgreSQL (MARSAD_TEST_DATABASE_URL)', { timeout: PER_TEST_MS }, () => {
  it('two workers, one killed mid-batch, store every article exactly once; the poisoned job dies with its reason', async () => {
    const n = 60;
    const { dir, earlier } = corpus(n);
    const queued = await freshDatabase(url!, 'marsad_queue_workers');
    const reference = await freshDatabase(url!, 'marsad_queue_reference');

    // The reference: one process, the ordinary ingest of the same inputs.
    const ref = { DATABASE_URL: reference };
    expect(marsad(ref, ['ingest', earlier, '--workers', '0']).status).toBe(0);
    const single = marsad(ref, ['ingest', dir, '--workers', '0']);
    expect(single.stderr).toContain('already stored with different content');

    const env = { DATABASE_URL: queued };
    expect(marsad(env, ['ingest', earlier, '--workers', '0']).status).toBe(0);
    const enq = marsad(env, ['enqueue', dir]);
    expect(enq.status, enq.stderr).toBe(0);
    expect(enq.stdout).toContain(`queued ${n + 1} articles`);

    const db = new pg.Pool({ connectionString: queued });
    try {
      const start = () => spawn('node', [BIN, 'worker', '--until-empty', '--lease', '8s', ...WORKER_FLAGS],
        { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      const doomed = start();
      const held = async () => (await db.query(
        `SELECT count(*)::int AS n FROM queue_jobs WHERE state = 'running' AND worker LIKE '%:' || $1 || ':%'`, [doomed.pid])).rows[0].n as number;
      let doomedStored = false;
      doomed.stderr.on('data', (chunk: Buffer) => { doomedStored ||= /stored/.test(chunk.toString()); });
      const doomedEnded = new Promise<never>((_, fail) =>
        doomed.once('exit', (code) => fail(new Error(`the worker ended (code ${code}) before it could be killed`))));
      // The second starts once the first holds its first batch: both then work at once, and the first is
      // sure to store a batch while most of the queue still waits, however slowly either starts on a busy machine.
      await Promise.race([until(async () => (await held()) > 0), doomedEnded]);
      const survivor = start();
      const survivorOut: string[] = [];
      survivor.stdout.on('data', (c: Buffer) => survivorOut.push(c.toString()));
      const survivorExit = new Promise<number | null>((done) => survivor.once('close', done));
      // Killed once it has stored a batch and holds claimed jobs it has not stored yet.
      await Promise.race([until(async () => doomedStored && (await held()) > 0), doomedEnded]);
      doomed.kill('SIGKILL');
      doomedEnded.catch(() => {});
      await new Promise((r) => doomed.once('close', r));
      expect(await held()).toBeGreaterThan(0);

      expect(await survivorExit).toBe(0);
      expect(survivorOut.join('')).toMatch(/stored \d+ articles/);

      // Every article once, with the same events as the single-process ingest.
      const [fromWorkers, fromIngest] = [await stored({ databaseUrl: queued }), await stored({ databaseUrl: reference })];
      expect(fromWorkers).toEqual(fromIngest);
      expect(fromWorkers.articles.length).toBe(n + 1); // the corpus and the earlier 'clash'

      // The killed worker's jobs were taken again after its lease; the rest are done once.
      const jobs = (await db.query(`SELECT state, count(*)::int AS n, max(attempts)::int AS most FROM queue_jobs GROUP BY state`)).rows;
      expect(jobs).toEqual([{ state: 'done', n, most: 2 }]);

      const status = marsad(env, ['worker', '--status']);
      expect(status.stdout).toContain(`pending 0, running 0 (0 with an expired lease), done ${n}, dead 1`);
      expect(status.stdout).toMatch(/dead job \d+: .*batch\.jsonl \(line \d+\) after 2 attempts: .*article "clash": this id is already stored with different content/);
    } finally {
      await db.end();
    }
  });
});

describe('marsad enqueue and worker on PGlite', { timeout: PER_TEST_MS }, () => {
  it('store the same articles as ingest, once, and keep the poisoned job dead with its reason', async () => {
    const n = 12;
    const { dir, earlier } = corpus(n);
    const env = { DATABASE_URL: '' };
    const root = mkdtempSync(join(tmpdir(), 'marsad-queue-db-'));
    const [queued, reference] = [join(root, 'queued'), join(root, 'reference')];
    for (const db of [queued, reference]) expect(marsad(env, ['--db', db, 'ingest', earlier, '--workers', '0']).status).toBe(0);
    marsad(env, ['--db', reference, 'ingest', dir, '--workers', '0']);

    expect(marsad(env, ['--db', queued, 'enqueue', dir]).stdout).toContain(`queued ${n + 1} articles, 0 already queued`);
    expect(marsad(env, ['--db', queued, 'enqueue', dir]).stdout).toContain(`queued 0 articles, ${n + 1} already queued`);
    const work = marsad(env, ['--db', queued, 'worker', '--until-empty', ...WORKER_FLAGS]);
    expect(work.status, work.stderr).toBe(0);
    expect(work.stdout).toMatch(new RegExp(`stored ${n} articles .* 1 retried, 1 dead`));
    const status = marsad(env, ['--db', queued, 'worker', '--status']);
    expect(status.stdout).toContain(`pending 0, running 0 (0 with an expired lease), done ${n}, dead 1`);
    expect(status.stdout).toMatch(/after 2 attempts: .*article "clash": this id is already stored with different content/);

    const fromWorker = await stored({ db: queued });
    expect(fromWorker).toEqual(await stored({ db: reference }));
    expect(fromWorker.articles.length).toBe(n + 1);
  });
});

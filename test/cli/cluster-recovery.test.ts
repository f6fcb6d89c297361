// A clustering cut short by SIGKILL is finished by the next run: the re-run stores nothing new (every article
// is a duplicate), yet clusters what was left and ends with the clusters a clean full clustering finds.
// On PGlite and, when MARSAD_TEST_DATABASE_URL is set, on PostgreSQL.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/store/engine.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPgliteEngine } from '../../src/store/pglite/engine.ts';
import { openPostgresEngine } from '../../src/store/postgres/engine.ts';
import { SqlStore } from '../../src/store/sql-store.ts';
import { fillSynthetic } from '../synthetic-events.ts';
import { DOC_A, DOC_B, DOC_C } from '../../src/store/contract-docs.ts';
import { listen } from '../../src/cli/commands/serve.ts';

const BIN = resolve('bin/marsad.js');
const PER_TEST_MS = 600_000;
const PER_PROCESS_MS = 300_000;

interface Target {
  name: string;
  open(): Promise<Engine>;
  /** CLI arguments and environment that reach the same store. */
  args: string[];
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

function pgliteTarget(): Target {
  const db = join(mkdtempSync(join(tmpdir(), 'marsad-recovery-')), 'data');
  return { name: 'pglite', open: () => openPgliteEngine(db), args: ['--db', db], env: { ...process.env, DATABASE_URL: '' }, dispose: async () => {} };
}

/** A database of its own on the test server, so the suites sharing the server's database are not disturbed. */
async function postgresTarget(url: string): Promise<Target> {
  const name = `marsad_recovery_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    name: 'postgres', open: () => openPostgresEngine(own.toString()), args: [], env: { ...process.env, DATABASE_URL: own.toString() },
    async dispose() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Every event's cluster and whether it represents it, and every cluster row with its counts. */
async function clusterState(engine: Engine) {
  return {
    events: await engine.query('SELECT id, cluster_id, cluster_rep FROM events ORDER BY id'),
    clusters: await engine.query('SELECT * FROM event_clusters ORDER BY id'),
  };
}

const pendingCount = async (engine: Engine): Promise<number> =>
  (await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM events WHERE cluster_id IS NULL'))[0]!.n;

async function withEngine<T>(target: Target, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await target.open();
  try {
    return await fn(engine);
  } finally {
    await engine.close();
  }
}

const url = process.env.MARSAD_TEST_DATABASE_URL;
const targets: [string, () => Promise<Target>][] = [['pglite', async () => pgliteTarget()]];
if (url) targets.push(['postgres', () => postgresTarget(url)]);
else console.warn('cluster recovery on postgres SKIPPED: set MARSAD_TEST_DATABASE_URL to run it');

describe.each(targets)('clustering interrupted by SIGKILL on %s', (_name, makeTarget) => {
  let target: Target | undefined;
  afterAll(async () => target?.dispose());

  it('is finished by the next ingest, which ends with the clusters of a clean run', async () => {
    target = await makeTarget();
    // 12,000 unclustered events: same dyad, root and day every 1,000 events, a rule shared by one in seven.
    await withEngine(target, async (engine) => {
      await migrate(engine);
      await fillSynthetic(engine, { articles: 1_200, eventsPerArticle: 10, days: 50, rules: 7 });
    });
    const dir = mkdtempSync(join(tmpdir(), 'marsad-recovery-in-'));
    writeFileSync(join(dir, 'one.txt'), '---\npublished: 2025-06-03\n---\nEnvoy summoned\n\nAzerbaijan summoned the Russian ambassador on Tuesday.\n');
    const ingestArgs = [BIN, ...target.args, 'ingest', dir, '--workers', '0'];

    const child = spawn('node', ingestArgs, { env: target.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    await new Promise<void>((done, fail) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/clustering \d+ unclustered events/.test(stderr)) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('exit', (code) => fail(new Error(`ingest ended (code ${code}) before it could be killed during clustering:\n${stderr}`)));
    });
    await new Promise((r) => child.once('close', r));
    const left = await withEngine(target, pendingCount);
    expect(left).toBeGreaterThan(0);

    const rerun = spawnSync('node', ingestArgs, { env: target.env, encoding: 'utf8', timeout: PER_PROCESS_MS });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/ingested 0 articles .*skipped 1 duplicates/);
    expect(rerun.stderr).toMatch(/clustering \d+ unclustered events/);

    await withEngine(target, async (engine) => {
      expect(await pendingCount(engine)).toBe(0);
      const recovered = await clusterState(engine);
      expect(recovered.clusters.length).toBeLessThan(recovered.events.length);
      await new SqlStore(engine).recluster();
      expect(await clusterState(engine)).toEqual(recovered);
    });
  }, PER_TEST_MS);
});

describe('serve', () => {
  it('clusters events left unclustered before it answers its first request', async () => {
    const target = pgliteTarget();
    const engine = await target.open();
    await migrate(engine);
    const store = new SqlStore(engine);
    // Stored, never clustered: as a crash between a write and its clustering leaves them.
    for (const doc of [DOC_A, DOC_B, DOC_C]) await store.saveDoc(doc);
    expect(await pendingCount(engine)).toBe(9);
    const app = await listen(store, { port: 0, host: '127.0.0.1' });
    try {
      expect(await pendingCount(engine)).toBe(0);
      const res = await app.inject('/api/events?clusters=true&negated=true&limit=100');
      expect(res.json().total).toBe(8);
    } finally {
      await app.close();
    }
  }, 120_000);
});

// PostgreSQL dies in the middle of `marsad ingest` (a real child process): the job ends with a message naming the
// database, its summary so far and exit status 3, not a stack trace; a re-run once the database is back stores
// the rest, each article once.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_MISSING, startPostgres, type PostgresServer } from '../postgres-server.ts';

const BIN = resolve('bin/marsad.js');
const ARTICLES = 400;
// Coding loads in each process (about 10 s idle, several times that on a busy 2-core machine).
const PROCESS_MS = 300_000;

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-outage-corpus-'));
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const body = i % 2
      ? `Russian police detained ${i + 2} Azerbaijani citizens in Yekaterinburg on June ${day}, and Baku summoned the Russian envoy in protest.`
      : `اعتقلت الشرطة الأذربيجانية ${i + 2} مواطنين روس في باكو يوم ${day} حزيران/يونيو، وقالت وزارة الخارجية الروسية إنها استدعت السفير الأذربيجاني.`;
    writeFileSync(join(dir, `a-${i}.txt`), `---\npublished: 2025-06-${day}\n---\nReport ${i}\n\n${body}\n`);
  }
  return dir;
}

/** Run `marsad ingest dir`, stopping the database at its first progress line that reports a stored article. */
function ingestKilledMidway(server: PostgresServer, dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('node', [BIN, 'ingest', dir, '--workers', '1'], { env: { ...process.env, DATABASE_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let stopped = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (!stopped && /ingest: [1-9]\d* stored/.test(stderr)) {
      stopped = true;
      server.stop('immediate');
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_MS);
  return new Promise((done) => child.once('exit', (code) => {
    clearTimeout(timer);
    done({ code, stdout, stderr });
  }));
}

async function storedCounts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ articles: number; hashes: number; events: number; event_keys: number; unclustered: number }>(`SELECT
      (SELECT count(*)::int FROM articles) AS articles, (SELECT count(DISTINCT hash)::int FROM articles) AS hashes,
      (SELECT count(*)::int FROM events) AS events, (SELECT count(DISTINCT (article_id, ordinal))::int FROM events) AS event_keys,
      (SELECT count(*)::int FROM events WHERE cluster_id IS NULL) AS unclustered`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

describe.skipIf(POSTGRES_MISSING)(`PostgreSQL stopped during marsad ingest${POSTGRES_MISSING ? ` (SKIPPED: ${POSTGRES_MISSING})` : ''}`, { timeout: 3 * PROCESS_MS }, () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres({ database: 'marsad_outage', settings: { fsync: 'off' } });
  }, 120_000);
  afterAll(() => server?.dispose());

  it('ends with a message naming the database, the summary so far and exit 3; a re-run stores the rest once', async () => {
    const dir = corpus(ARTICLES);
    const first = await ingestKilledMidway(server, dir);

    expect(first.code, first.stderr).toBe(3);
    const redacted = server.url.replace(/\/$/, '');
    expect(first.stderr).toContain(`cannot reach PostgreSQL at ${redacted}`);
    expect(first.stderr).toMatch(/run the command again once it is back/);
    // No unhandled 'error' event, no stack trace.
    expect(first.stderr).not.toMatch(/Unhandled|\n\s+at .+:\d+:\d+\)?\n/);
    const summary = /ingested (\d+) articles \(\d+ events\), skipped (\d+) duplicates, failed (\d+)/.exec(first.stdout);
    expect(summary, first.stdout).not.toBeNull();
    const storedBefore = Number(summary![1]);
    expect(storedBefore).toBeGreaterThan(0);
    expect(storedBefore).toBeLessThan(ARTICLES);
    expect(Number(summary![3])).toBe(0);

    server.start();
    const second = spawnSync('node', [BIN, 'ingest', dir, '--workers', '1', '--quiet'],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: server.url }, timeout: PROCESS_MS });
    expect(second.status, second.stderr).toBe(0);
    const again = /ingested (\d+) articles .*skipped (\d+) duplicates, failed 0/.exec(second.stdout);
    expect(again, second.stdout).not.toBeNull();
    // What the first run counted is stored (a commit whose answer was lost may add to it); the rest is new now.
    expect(Number(again![2])).toBeGreaterThanOrEqual(storedBefore);
    expect(Number(again![1]) + Number(again![2])).toBe(ARTICLES);

    const counts = await storedCounts(server.url);
    expect(counts.articles).toBe(ARTICLES);
    expect(counts.hashes).toBe(ARTICLES);
    expect(counts.events).toBeGreaterThan(ARTICLES);
    expect(counts.event_keys).toBe(counts.events);
    expect(counts.unclustered).toBe(0);
  });
});

// A real `marsad serve` on PostgreSQL while the database goes away and comes back: reads and writes answer 503
// with a JSON error naming the database, the process lives on, and it answers 200 again once the database is
// back, without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_MISSING, startPostgres, type PostgresServer } from '../postgres-server.ts';

const BIN = resolve('bin/marsad.js');
const TOKEN = 'outage-test-token';
// The server loads the coder before it listens: seconds idle, much longer on a busy 2-core machine.
const START_MS = 240_000;

/** Start `marsad serve --port 0` on `databaseUrl` and resolve with its base URL once it listens. */
function startServe(databaseUrl: string): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn('node', [BIN, 'serve', '--port', '0', '--token', TOKEN], {
    env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`marsad serve did not listen within ${START_MS} ms: ${stderr}`)), START_MS);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /serving (http:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        done({ child, base: m[1]!, stderr: () => stderr });
      }
    });
    child.once('exit', (code) => fail(new Error(`marsad serve exited with ${code}: ${stderr}`)));
  });
}

const article = {
  id: 'outage-1', title: 'Envoy summoned', lang: 'en', published: '2025-07-01',
  text: 'Azerbaijan summoned the Russian ambassador on Tuesday after police detained Azerbaijani citizens in Yekaterinburg.',
};

describe.skipIf(POSTGRES_MISSING)(`marsad serve while PostgreSQL is away${POSTGRES_MISSING ? ` (SKIPPED: ${POSTGRES_MISSING})` : ''}`, { timeout: 2 * START_MS }, () => {
  let db: PostgresServer;
  let serve: Awaited<ReturnType<typeof startServe>> | undefined;

  beforeAll(async () => {
    db = await startPostgres({ database: 'marsad_outage', settings: { fsync: 'off' } });
    serve = await startServe(db.url);
  }, START_MS + 120_000);

  afterAll(async () => {
    if (serve && serve.child.exitCode === null) {
      const exited = new Promise((done) => serve!.child.once('exit', done));
      serve.child.kill('SIGTERM');
      await exited;
    }
    db?.dispose();
  });

  const get = (path: string) => fetch(`${serve!.base}${path}`);
  const post = () => fetch(`${serve!.base}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(article),
  });

  it('answers 503 with a JSON error naming the database while it is stopped, and 200 again once it is back', async () => {
    expect((await post()).status).toBe(201);
    const before = await get('/api/events');
    expect(before.status).toBe(200);
    const { total } = (await before.json()) as { total: number };
    expect(total).toBeGreaterThan(0);

    db.stop('immediate');
    for (const res of [await get('/api/events'), await get('/api/articles'), await get('/api/articles/outage-1'), await post()]) {
      expect(res.status, res.url).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('Unavailable');
      expect(body.message).toContain(`cannot reach PostgreSQL at ${db.url}`);
    }
    expect(serve!.child.exitCode, serve!.stderr()).toBeNull();

    db.start();
    const after = await get('/api/events');
    expect(after.status).toBe(200);
    expect(((await after.json()) as { total: number }).total).toBe(total);
    expect((await get('/api/articles/outage-1')).status).toBe(200);
    // Writes too: the same article again is a duplicate (200), nothing is stored twice.
    expect((await post()).status).toBe(200);
  });
});

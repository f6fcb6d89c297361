// `marsad events`, `dyad` and `alerts` while `marsad serve` holds the same PGlite folder: they ask the running
// server (the folder's lock would refuse them otherwise) and answer as they do from the store once it stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingest } from '../../src/ingest/run.ts';
import { BIN, startServe, type ServeProcess } from './serve-process.ts';

const env = { ...process.env, DATABASE_URL: '' };
let dir: string;
let db: string;
let server: ServeProcess | null = null;

const marsad = (args: string[]) => spawnSync('node', [BIN, '--db', db, ...args], { encoding: 'utf8', env, timeout: 300_000 });

// Each query as a user types it, with what its answer must hold.
const QUERIES: [string, string[], (out: string) => void][] = [
  ['events of a dyad', ['events', '--dyad', 'AZE,RUS', '--json'], (out) => expect(JSON.parse(out).events.length).toBeGreaterThanOrEqual(3)],
  ['events of a root', ['events', '--root', '17', '--json'], (out) => expect(JSON.parse(out).events.every((e: { root: string }) => e.root === '17')).toBe(true)],
  ['the events table', ['events', '--actor', 'AZE', '--limit', '2'], (out) => expect(out).toMatch(/2 of \d+ events/)],
  ['a dyad series', ['dyad', 'AZE', 'RUS', '--by', 'month', '--json'], (out) => expect(JSON.parse(out).points.length).toBeGreaterThan(0)],
  ['alerts', ['alerts', '--min-events', '1', '--json'], (out) => expect(Array.isArray(JSON.parse(out).alerts)).toBe(true)],
];
const fromServer = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-beside-'));
  db = join(dir, 'db');
  const articles = [
    ['2025-06-28', 'Russian police detained nine Azerbaijani citizens in Yekaterinburg on Friday.'],
    ['2025-06-30', 'Azerbaijan summoned the Russian ambassador on Monday and condemned the raids.'],
    ['2025-07-01', 'Azerbaijani police raided the Baku office of a Russian news agency on Tuesday and arrested two Russian journalists.'],
    ['2025-07-02', 'Russia summoned the ambassador of Azerbaijan on Wednesday and condemned the arrests.'],
  ];
  articles.forEach(([published, text], i) => writeFileSync(join(dir, `a${i}.txt`), `---\npublished: ${published}\n---\nReport ${i}\n\n${text}\n`));
  const store = await openStore({ db });
  try {
    expect((await ingest([dir], { store, workers: 0 })).ingested).toBe(articles.length);
  } finally {
    await store.close();
  }
  server = await startServe(db, env);
}, 400_000);

afterAll(async () => {
  await server?.stop();
});

describe('the query commands beside a running server', { timeout: 400_000 }, () => {
  it('the folder is held: opening the store directly is refused', async () => {
    await expect(openStore({ db })).rejects.toThrow(/in use by another process/);
  });

  it.each(QUERIES)('%s is answered by the server', (name, args, check) => {
    const r = marsad(args);
    expect(r.status, r.stderr).toBe(0);
    check(r.stdout);
    fromServer.set(name, r.stdout);
  });

  it('once the server stops, its announcement is gone and each query gives the same answer from the store', async () => {
    await server!.stop();
    server = null;
    expect(existsSync(join(db, 'marsad-server.json'))).toBe(false);
    for (const [name, args] of QUERIES) {
      const r = marsad(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, name).toBe(fromServer.get(name));
    }
  });

  it('an announcement left by a server that died is ignored', () => {
    const dead = spawnSync('node', ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(db, 'marsad-server.json'), JSON.stringify({ pid: Number(dead.stdout), url: 'http://127.0.0.1:9' }));
    const r = marsad(['events', '--dyad', 'AZE,RUS', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(fromServer.get('events of a dyad'));
  });
});

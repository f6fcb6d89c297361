// End-to-end ingest through the CLI: idempotent re-runs, stdin, and recovery after SIGKILL.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../src/store/index.ts';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '' };

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-corpus-'));
  mkdirSync(join(dir, 'nested'));
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const body =
      i % 2
        ? `Russian police detained ${i + 2} Azerbaijani citizens in Yekaterinburg on June ${day}, the Azerbaijani foreign ministry said, and Baku summoned the Russian envoy in protest.`
        : `اعتقلت الشرطة الأذربيجانية ${i + 2} مواطنين روس في باكو يوم ${day} حزيران/يونيو، وقالت وزارة الخارجية الروسية إنها استدعت السفير الأذربيجاني.`;
    writeFileSync(join(dir, i % 3 ? 'nested' : '.', `a-${i}.txt`), `---\npublished: 2025-06-${day}\n---\nReport ${i}\n\n${body}\n`);
  }
  return dir;
}

// Each test starts several CLI processes that load the coder and PGlite: about 40 s for the file on an idle
// 2-core machine, several times that while other suites run beside it. The limits leave that room.
const PER_TEST_MS = 400_000;
const PER_PROCESS_MS = 300_000;

function marsad(db: string, args: string[], input?: string) {
  return spawnSync('node', [BIN, '--db', db, ...args], { encoding: 'utf8', env, input, timeout: PER_PROCESS_MS });
}

async function storedIds(db: string): Promise<string[]> {
  const store = await openStore({ db });
  try {
    const { items, total } = await store.listArticles({ limit: 100_000 });
    expect(items.length).toBe(total);
    return items.map((a) => a.hash);
  } finally {
    await store.close();
  }
}

describe('marsad ingest', { timeout: PER_TEST_MS }, () => {
  it('stores a folder once: a second run adds nothing', async () => {
    const dir = corpus(12);
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'data');
    const first = marsad(db, ['ingest', dir, '--workers', '1']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/ingested 12 articles/);
    const second = marsad(db, ['ingest', dir]);
    expect(second.stdout).toMatch(/ingested 0 articles .*skipped 12 duplicates/);
    const hashes = await storedIds(db);
    expect(new Set(hashes).size).toBe(12);
  });

  it('reads an article from stdin', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'data');
    const r = marsad(db, ['ingest', '-', '--published', '2025-07-01'], 'Envoy summoned\n\nAzerbaijan summoned the Russian ambassador on Tuesday.\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ingested 1 articles/);
  });

  it('names a bad flag value and stores nothing', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'data');
    const r = marsad(db, ['ingest', '.', '--workers', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers: expected a whole number');
  });

  it('after SIGKILL midway, a second run stores every article exactly once', async () => {
    const n = 400;
    const dir = corpus(n);
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-db-')), 'data');
    const child = spawn('node', [BIN, '--db', db, 'ingest', dir, '--workers', '1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Progress lines (non-terminal) come every ~2 s; kill at the first one, well before the end.
    await new Promise<void>((done, fail) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (/stored/.test(chunk.toString())) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('exit', (code) => fail(new Error(`ingest ended (code ${code}) before it could be killed`)));
    });
    await new Promise((r) => child.once('close', r));
    const partial = await storedIds(db);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(n);
    const rerun = marsad(db, ['ingest', dir, '--workers', '1']);
    expect(rerun.status, rerun.stderr).toBe(0);
    const all = await storedIds(db);
    expect(all.length).toBe(n);
    expect(new Set(all).size).toBe(n);
  });
});

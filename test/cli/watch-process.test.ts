// `marsad watch` as a real child process against a local feed server: one cycle with --once, then a scheduled
// run that picks up the feed's new items and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { CONFLICT, HISTORY, startFeedServer, type FeedServer } from '../watch/feed-server.ts';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '' };

let dir: string;
let server: FeedServer;
let list: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-watch-cli-'));
  server = await startFeedServer();
  server.news = [...HISTORY];
  list = join(dir, 'feeds.txt');
  writeFileSync(list, `# the test's feeds\n${server.base}/news.rss lang=en outlet="Caspian Wire"\n${server.base}/other.rss lang=fr\n`);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Run `marsad watch` (asynchronously: the feed server answers from this process) until it exits, or until `until`
 * holds for its stdout, when it gets SIGTERM; resolves with its output and exit code.
 */
function runWatch(args: string[], until: (stdout: string) => boolean = () => false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('node', [BIN, '--db', join(dir, 'db'), 'watch', ...args], { env });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const guard = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!signalled && until(stdout)) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(guard);
      done({ code, stdout, stderr });
    });
  });
}

describe('marsad watch (child process)', () => {
  it('runs one cycle with --once, storing the new items and naming the bad list line and the broken item', async () => {
    const r = await runWatch([list, '--once', '--workers', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cycle 1: polled 1 feed, 4 new items, 4 stored \(\d+ events\), 0 duplicates, 1 failed \(0 feeds, 1 item\), 0 alerts — [\d.]+ s\n$/);
    expect(r.stderr).toContain(`marsad: skipped: ${list} (line 3): lang must be ar or en, found "fr"`);
    expect(r.stderr).toContain(`marsad: item not stored: ${server.base}/news.rss: item "Photo gallery": has no text and no link`);
  }, 180_000);

  it('polls on its schedule, codes only what is new, and stops cleanly on SIGTERM', async () => {
    server.news = [...HISTORY, ...CONFLICT];
    const r = await runWatch([list, '--workers', '0', '--every', '1s', '--quiet'], (out) => /^cycle 2: /m.test(out));
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^cycle 1: polled 1 feed, 4 new items, 4 stored .*, 1 alert — /);
    expect(lines[1]).toMatch(/^cycle 2: polled 1 feed \(1 unchanged\), 0 new items, 0 stored /);
    expect(r.stderr).toContain('marsad: stopping after the current step');
    expect(r.stderr).not.toContain('item not stored');
    const store = await openStore({ db: join(dir, 'db'), databaseUrl: '' });
    try {
      expect((await store.counts()).articles).toBe(HISTORY.length + CONFLICT.length);
      expect(await store.feeds()).toEqual([expect.objectContaining({ url: `${server.base}/news.rss`, items: 9, stored: 8, failures: 0 })]);
      expect((await store.raisedAlerts()).map((a) => a.kind)).toEqual(['escalation/share']);
    } finally {
      await store.close();
    }
  }, 180_000);

  it('refuses a bad --every, naming the flag', async () => {
    const r = await runWatch([list, '--every', 'often']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('marsad: --every: expected a duration such as 30s, 15m or 2h, got "often"');
  }, 60_000);
});

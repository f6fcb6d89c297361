// Batches that survive one bad record: `marsad code` and `marsad ingest` on JSON Lines handle every good
// line, name each bad one with its line number and reason on stderr, and exit 1; a re-run after the fix
// stores only what was missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../src/store/index.ts';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '' };
// CLI processes load the coder and PGlite: slow on a busy machine, so the limits are wide.
const run = (args: string[], input?: string) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, input, timeout: 300_000 });

const good = (id: string, text: string) => JSON.stringify({ id, lang: 'en', published: '2025-06-30', title: `Report ${id}`, text });
// [line number, the bad line, what stderr must say about it, the line that fixes it]
const BAD: [number, string, RegExp, string][] = [
  [2, '{"id":"b2", "text": broken', /line 2\): is not valid JSON/, good('b2', 'Azerbaijan expelled two Russian diplomats on Sunday.')],
  [4, JSON.stringify({ id: 'b4', text: 'Russia condemned Azerbaijan.', published: '30/06/2025' }), /line 4\): published: published must be YYYY-MM-DD/, good('b4', 'Russia condemned Azerbaijan on Monday.')],
  [5, JSON.stringify({ id: 'b5', text: '   ' }), /line 5\): text: text is empty/, good('b5', 'Russian police detained Azerbaijani citizens on Friday.')],
];
const GOOD: [number, string][] = [
  [1, good('g1', 'Azerbaijan summoned the Russian ambassador on Monday.')],
  [3, good('g3', 'Russia summoned the ambassador of Azerbaijan on Tuesday.')],
  [6, good('g6', 'Azerbaijani police raided the Baku office of a Russian news agency on Monday.')],
];
const lines = (fixed: boolean) =>
  [...GOOD.map(([n, l]) => [n, l] as const), ...BAD.map(([n, l, , fix]) => [n, fixed ? fix : l] as const)].sort((a, b) => a[0] - b[0]).map(([, l]) => l).join('\n') + '\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-batch-'));
  writeFileSync(join(dir, 'batch.jsonl'), lines(false));
});

describe('a JSON Lines batch with bad records', { timeout: 400_000 }, () => {
  it('marsad code prints every good record and names each bad line and its reason', () => {
    const r = run(['code', join(dir, 'batch.jsonl')]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['g1', 'g3', 'g6']);
    for (const [, , reason] of BAD) expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(BAD.length);
  });

  it('marsad code reads JSON Lines from stdin the same way', () => {
    const r = run(['code', '-'], lines(false));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout.trim().split('\n')).toHaveLength(GOOD.length);
    expect(r.stderr).toMatch(/stdin \(line 2\)/);
  });

  it('marsad ingest stores the good records, names the bad, and a re-run after the fix adds only those', async () => {
    const db = join(dir, 'db');
    const first = run(['--db', db, 'ingest', join(dir, 'batch.jsonl'), '--workers', '0']);
    expect(first.status, first.stderr).toBe(1);
    expect(first.stdout).toMatch(/ingested 3 articles .*failed 3/);
    for (const [, , reason] of BAD) expect(first.stderr).toMatch(reason);

    writeFileSync(join(dir, 'batch.jsonl'), lines(true));
    const second = run(['--db', db, 'ingest', join(dir, 'batch.jsonl'), '--workers', '0']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/ingested 3 articles .*skipped 3 duplicates, failed 0/);

    const store = await openStore({ db });
    try {
      const { items } = await store.listArticles({ limit: 100 });
      expect(items.map((a) => a.id).sort()).toEqual(['b2', 'b4', 'b5', 'g1', 'g3', 'g6']);
    } finally {
      await store.close();
    }
  });
});

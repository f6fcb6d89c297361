// The article size limit (--max-article-bytes): `marsad code` and `marsad ingest` (inline and on worker threads)
// refuse an article over it by name and size, and go on with the rest of the batch.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '', MARSAD_MAX_ARTICLE_BYTES: '' };
// CLI processes load the coder and PGlite: slow on a busy machine, so the limits are wide.
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, timeout: 300_000 });

const LIMIT = 2000;
let dir: string;
let big: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-size-'));
  mkdirSync(join(dir, 'batch'));
  // A plain-text article: its first line is the title, the rest its text (here 3,000 bytes, over the limit).
  big = join(dir, 'batch', 'long.txt');
  writeFileSync(big, `A long report\n${'Moscow condemned the strike on Kyiv. '.repeat(81).trim()}`);
  writeFileSync(join(dir, 'batch', 'short.txt'), 'A short report\nAzerbaijan summoned the Russian ambassador on Monday.');
});

describe('an article over --max-article-bytes', { timeout: 400_000 }, () => {
  const refused = /long\.txt: .*is 2996 bytes of text, over the limit of 2000/;
  // [command, arguments after the global options, what stdout must show of the rest of the batch]
  const cases: [string, (db: string) => string[], RegExp][] = [
    ['marsad code', () => ['code', join(dir, 'batch', 'long.txt'), join(dir, 'batch', 'short.txt')], /"id":/],
    ['marsad ingest (coding inline)', () => ['ingest', join(dir, 'batch'), '--workers', '0', '--quiet'], /ingested 1 articles .*failed 1/],
    ['marsad ingest (coding on a worker thread)', () => ['ingest', join(dir, 'batch'), '--workers', '1', '--quiet'], /ingested 1 articles .*failed 1/],
  ];
  it.each(cases)('%s names it and its size, and codes the rest', (_command, args, rest) => {
    const db = mkdtempSync(join(tmpdir(), 'marsad-size-db-'));
    const r = run(['--db', db, '--max-article-bytes', String(LIMIT), ...args(db)]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(refused);
    expect(r.stdout).toMatch(rest);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('is refused with the flag named when not a number of bytes', () => {
    const r = run(['--max-article-bytes', '5MB', 'code', big]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--max-article-bytes: expected a whole number of bytes, got "5MB"/);
  });
});

// One decoding path for `marsad code` and `marsad ingest`: the same Arabic article in every encoding a
// newsroom sends codes the same; a damaged UTF-8 file stays UTF-8 with a warning naming it; binary is
// refused by name while the rest of the batch goes on. Fixtures: test/cli/fixtures/encodings/.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../src/store/index.ts';

const BIN = resolve('bin/marsad.js');
const FIX = resolve('test/cli/fixtures/encodings');
const env = { ...process.env, DATABASE_URL: '' };
// CLI processes load the coder and PGlite: slow on a busy machine, so the limits are wide.
const run = (args: string[]) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, timeout: 300_000 });

const TITLE = 'استدعاء';
const BODY = 'استدعت وزارة الخارجية الأذربيجانية القائم بالأعمال الروسي احتجاجاً على مداهمات يكاترينبورغ.';

describe('marsad code reads every encoding as ingest does', { timeout: 400_000 }, () => {
  // [fixture, the title it must read, a warning stderr must give (null: stderr stays empty)]
  const cases: [string, string, RegExp | null][] = [
    ['utf8-one-bad-byte.txt', `${TITLE}\uFFFD`, /warning: .*utf8-one-bad-byte\.txt \(line 1\): 1 invalid UTF-8 byte sequence replaced/],
    ['windows-1256.txt', TITLE, null],
    ['utf16le-bom.txt', TITLE, null],
    ['utf16be-bom.txt', TITLE, null],
    ['utf16le.txt', TITLE, null],
    ['utf16be.txt', TITLE, null],
  ];
  it.each(cases)('%s codes as Arabic: the summons of the Russian chargé', (file, title, warning) => {
    const r = run(['code', join(FIX, file)]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ lang: 'ar', title });
    expect(out.events).toContainEqual(expect.objectContaining({ source: 'AZE', target: 'RUS', cameo: '114', quote: BODY }));
    if (warning) expect(r.stderr).toMatch(warning);
    else expect(r.stderr).toBe('');
  });

  it('refuses binary files by name and still codes the others', () => {
    const r = run(['code', join(FIX, 'noise.txt'), join(FIX, 'utf16le.txt'), join(FIX, 'nul-bytes.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual([TITLE]);
    expect(r.stderr).toMatch(/not coded: .*noise\.txt: is binary, not text: \d+ of its \d+ characters are control characters/);
    expect(r.stderr).toMatch(/not coded: .*nul-bytes\.txt: is binary, not text: it holds a NUL character/);
  });
});

describe('marsad ingest with damaged and binary inputs', { timeout: 400_000 }, () => {
  it('stores the good files, names each bad one, warns of replaced bytes and exits 1', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-enc-')), 'db');
    const files = ['utf8-one-bad-byte.txt', 'noise.txt', 'nul-bytes.txt', 'nul-escape.json', 'windows-1256.txt'].map((f) => join(FIX, f));
    const r = run(['--db', db, 'ingest', ...files, '--workers', '0', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/ingested 2 articles .*failed 3/);
    expect(r.stderr).toMatch(/not stored: .*noise\.txt: is binary, not text/);
    expect(r.stderr).toMatch(/not stored: .*nul-bytes\.txt: is binary, not text: it holds a NUL character/);
    expect(r.stderr).toMatch(/not stored: .*nul-escape\.json: text: must not contain a NUL character/);
    expect(r.stderr).toMatch(/warning: .*utf8-one-bad-byte\.txt \(line 1\): 1 invalid UTF-8 byte sequence replaced/);
    expect(r.stderr).not.toMatch(/invalid byte sequence for encoding|article "[0-9a-f]{16}"/);

    const store = await openStore({ db });
    try {
      const { items } = await store.listArticles({ limit: 10 });
      expect(items.map((a) => a.title).sort()).toEqual([TITLE, `${TITLE}\uFFFD`]);
    } finally {
      await store.close();
    }
  });
});

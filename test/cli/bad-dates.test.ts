// Dates that do not exist (February 30, year 0000) are refused by the flag that gave them, before any store is
// opened: not a store error naming "filter.from", a raw database error, or one failed article per record.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '' };

const CASES: [args: string[], flag: string, value: string][] = [
  [['events', '--from', '2025-02-30'], '--from', '2025-02-30'],
  [['events', '--to', '0000'], '--to', '0000'],
  [['export', '--format', 'jsonl', '--from', '0000-06'], '--from', '0000-06'],
  [['ingest', '-', '--published', '2025-02-30'], '--published', '2025-02-30'],
];

describe('date flags', { timeout: 120_000 }, () => {
  it.each(CASES)('%j is refused naming %s', (args, flag, value) => {
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-dates-')), 'db');
    const r = spawnSync('node', [BIN, '--db', db, ...args], { encoding: 'utf8', env, input: 'Title\n\nRussia protested.\n', timeout: 110_000 });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`marsad: ${flag}: expected a date`);
    expect(r.stderr).toContain(`got "${value}"`);
  });
});

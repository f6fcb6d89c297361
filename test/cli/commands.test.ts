// The CLI as a user runs it: code, ingest, events, export, dyad — on articles written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve('bin/marsad.js');
const env = { ...process.env, DATABASE_URL: '' };
const run = (args: string[], input?: string) => spawnSync('node', [BIN, ...args], { encoding: 'utf8', env, input, timeout: 120_000 });

let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  db = join(dir, 'db');
  writeFileSync(
    join(dir, 'raid.txt'),
    '---\nid: cli-1\npublished: 2025-06-30\noutlet: caspian.example\n---\nPolice raid\n\nAzerbaijani police raided the Baku office of a Russian news agency on Monday and arrested two Russian journalists.\n',
  );
  writeFileSync(
    join(dir, 'reply.txt'),
    '---\nid: cli-2\npublished: 2025-07-02\noutlet: volga.example\n---\nMoscow replies\n\nRussia summoned the ambassador of Azerbaijan on Tuesday and condemned the arrests.\n',
  );
  const r = run(['--db', db, 'ingest', dir, '--workers', '0']);
  expect(r.status, r.stderr).toBe(0);
});

describe('marsad code', () => {
  it('prints events with FORMAT.md field names and evidence offsets into the text', () => {
    const text = 'Russia summoned the ambassador of Azerbaijan on Tuesday.';
    const r = run(['code', '-', '--published', '2025-07-02'], `Title\n\n${text}\n`);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const e = out.events.find((x: { cameo: string }) => x.cameo.startsWith('11'));
    expect(e).toMatchObject({ source: 'RUS', target: 'AZE', negated: false, date: '2025-07-01' });
    expect(text.slice(e.trigger_start, e.trigger_end)).toBe(e.trigger);
    expect(text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
    expect(out.dates[0].value).toBe('2025-07-01');
    expect(out.dates[0].text).toMatch(/Tuesday$/);
  });

  it('explains what it coded and why', () => {
    const r = run(['code', '-', '--explain', '--published', '2025-07-02'], 'Title\n\nRussia summoned the ambassador of Azerbaijan on Tuesday.\n');
    expect(r.stdout).toMatch(/CODED\s+RUS/);
    expect(r.stdout).toMatch(/rule/);
  });

  it('names a malformed --published value', () => {
    const r = run(['code', '-', '--published', 'July 2'], 'T\n\nText.\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--published: expected YYYY-MM-DD, got "July 2"');
  });
});

describe('stored events', () => {
  it('lists a dyad as a table and as JSON', () => {
    const table = run(['--db', db, 'events', '--dyad', 'AZE,RUS']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/AZE\/COP\s+RUS/);
    const json = JSON.parse(run(['--db', db, 'events', '--dyad', 'AZE,RUS', '--json']).stdout);
    expect(json.events.length).toBeGreaterThanOrEqual(2);
    expect(json.events.every((e: { source: string; target: string }) => [e.source, e.target].sort().join() === 'AZE,RUS')).toBe(true);
  });

  it('filters by CAMEO root', () => {
    const json = JSON.parse(run(['--db', db, 'events', '--root', '17', '--json']).stdout);
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.events.every((e: { root: string }) => e.root === '17')).toBe(true);
  });

  it('exports GDELT rows of 61 tab-separated columns with the source URL column', () => {
    const r = run(['--db', db, 'export', '--format', 'gdelt']);
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.replace(/\n$/, '').split('\n');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split('\t')).toHaveLength(61);
  });

  it('finds events by words of their article, in any inflection', () => {
    const articles = (words: string) =>
      [...new Set(JSON.parse(run(['--db', db, 'events', '--search', words, '--json']).stdout).events.map((e: { article_id: string }) => e.article_id))];
    expect(articles('arrest journalists')).toEqual(['cli-1']);
    expect(articles('Moscow replies')).toEqual(['cli-2']);
    expect(articles('Tehran')).toEqual([]);
  });

  it('shows the dyad series with its tension and surge columns', () => {
    const r = run(['--db', db, 'dyad', 'AZE', 'RUS', '--by', 'day']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2025-06-30/);
    expect(r.stdout).toMatch(/tension\s+Δ\s+surge/);
    const json = JSON.parse(run(['--db', db, 'dyad', 'AZE', 'RUS', '--by', 'day', '--json']).stdout);
    expect(json.points[0]).toMatchObject({ surge: null, hostilityBaseline: null });
    expect(json.points.at(-1).surge).toEqual(expect.any(Number));
  });

  it('judges alerts against the newest publication date and says so', () => {
    const json = JSON.parse(run(['--db', db, 'alerts', '--min-events', '1', '--json']).stdout);
    expect(json.present).toBe('2025-07-02');
    const open = run(['--db', db, 'alerts', '--open', '--min-events', '1']);
    expect(open.status, open.stderr).toBe(0);
    expect(open.stdout).toMatch(/2025-07-02, the newest publication date/);
  });
});

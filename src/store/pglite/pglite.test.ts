// Runs the Store contract on PGlite in a temporary folder, and checks openStore's folder handling and lock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../index.ts';
import { storeContract } from '../store.contract.ts';
import { storePagingContract } from '../store-paging.contract.ts';
import { storeSearchContract } from '../store-search.contract.ts';
import { storeWatchContract } from '../store-watch.contract.ts';
import { openPgliteEngine } from './engine.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('pglite', () => openPgliteEngine(join(dir, 'contract')));
storePagingContract('pglite', () => openPgliteEngine(join(dir, 'paging')));
storeSearchContract('pglite', () => openPgliteEngine(join(dir, 'search')));
storeWatchContract('pglite', () => openPgliteEngine(join(dir, 'watch')));
// The server's engine: the same database on a thread of its own.
describe('on its own thread', () => storeContract('pglite', () => openPgliteEngine(join(dir, 'thread'), { thread: true })));

describe('openStore on PGlite', () => {
  it('creates the folder, keeps data across reopenings and migrates once', async () => {
    const db = join(dir, 'reopen');
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const first = await openStore({ db });
      expect(first.engine).toBe('pglite');
      expect(await first.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
      await first.close();
      const second = await openStore({ db });
      expect(await second.counts()).toEqual({ articles: 0, events: 0, actors: 0 });
      await second.close();
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  }, 60_000);

  it('names the folder when it cannot be used', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a database');
    await expect(openStore({ db: file })).rejects.toThrow(new RegExp(`cannot open the PGlite database folder ${file}`));
  });
});

describe('PGlite folder lock', () => {
  it('refuses a folder another live process holds, naming it', async () => {
    const db = join(dir, 'held');
    mkdirSync(db, { recursive: true });
    writeFileSync(join(db, 'marsad.lock'), String(process.ppid));
    await expect(openPgliteEngine(db)).rejects.toThrow(`in use by another process (pid ${process.ppid})`);
  });

  it('refuses a second open in the same process and takes over a lock left by a dead process', async () => {
    const db = join(dir, 'stale');
    mkdirSync(db, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(db, 'marsad.lock'), String(dead));
    const engine = await openPgliteEngine(db);
    try {
      await expect(openPgliteEngine(db)).rejects.toThrow('in use by this process');
    } finally {
      await engine.close();
    }
    expect(existsSync(join(db, 'marsad.lock'))).toBe(false);
    await (await openPgliteEngine(db)).close();
  }, 60_000);
});

describe('PGlite on its own thread', () => {
  it('plans a repeated read once, and passes every value to it as the value itself', async () => {
    const engine = await openPgliteEngine(join(dir, 'prepared'), { thread: true });
    try {
      const read = 'SELECT $1::text AS word, $2::int[] AS ids, $3::jsonb AS doc, $4::date AS day';
      const hostile = [`O'Brien`, `back\\slash`, `'); DROP TABLE pg_class; --`, `"quoted", {braced}`, 'أذربيجان'];
      for (const word of hostile) {
        const [row] = await engine.query<{ word: string; ids: number[]; doc: unknown; day: unknown }>(read, [word, [3, 1], { w: word }, '2025-07-01']);
        expect(row!.word).toBe(word);
        expect(row!.ids).toEqual([3, 1]);
        expect(row!.doc).toEqual({ w: word });
        expect(new Date(row!.day as string).toISOString().slice(0, 10)).toBe('2025-07-01');
      }
      const kept = await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE $1', ['%$1::text AS word%']);
      expect(kept[0]!.n).toBe(1);
      // A parameter whose type Postgres cannot infer runs as a plain query.
      expect(await engine.query('SELECT $1 AS v', ['free'])).toEqual([{ v: 'free' }]);
    } finally {
      await engine.close();
    }
  }, 60_000);
});

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

// PGlite engine: an embedded Postgres (WebAssembly) kept in a folder on disk, run in the calling thread or, for
// a server, on a thread of its own (thread.mjs).
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { StoreError } from '../../errors.ts';
import type { Engine, Queryable } from '../engine.ts';
import { lockFolder } from './lock.ts';

export interface PgliteOptions {
  /**
   * Run the database on a worker thread: its queries no longer hold the caller's thread (a server answers
   * from memory while a query or a write runs), for the cost of passing each statement and its rows between threads.
   */
  thread?: boolean;
}

/**
 * Open (creating when missing) a PGlite database in `dir`.
 * @example const engine = await openPgliteEngine('./marsad-data');
 */
export async function openPgliteEngine(dir: string, options: PgliteOptions = {}): Promise<Engine> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StoreError('open', `cannot open the PGlite database folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const release = lockFolder(dir);
  try {
    return await (options.thread ? threadEngine : localEngine)(dir, release);
  } catch (err) {
    release();
    throw new StoreError('open', `cannot open the PGlite database folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
}

function wrap(db: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await db.query<T>(sql, params)).rows;
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
  };
}

async function localEngine(dir: string, release: () => void): Promise<Engine> {
  // pg_trgm backs the text-search index (migration 0004).
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  return {
    name: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async listenOwn(channel, onPayload) {
      await db.listen(channel, onPayload);
    },
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/** An operation sent to thread.mjs; `tx` names the transaction it runs in. */
type Operation =
  | { op: 'query'; sql: string; params?: unknown[]; tx?: number }
  | { op: 'exec'; sql: string; tx?: number }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'listen'; channel: string }
  | { op: 'close' };

type Message =
  | { ready: boolean; error?: Record<string, unknown> }
  | { id: number; result?: unknown; error?: Record<string, unknown> }
  | { notify: string; payload: string };

/** The thread's error with its own fields (a Postgres error's code, detail…), so callers see what they would locally. */
function rebuilt(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message)), fields);
}

async function threadEngine(dir: string, release: () => void): Promise<Engine> {
  const worker = new Worker(new URL('./thread.mjs', import.meta.url), { workerData: { dir } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, (payload: string) => void>();
  let nextId = 1;
  let gone: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (msg: Message) => {
      if ('ready' in msg) return msg.ready ? resolve() : reject(rebuilt(msg.error!));
      if ('notify' in msg) return listeners.get(msg.notify)?.(msg.payload);
      const waiting = pending.get(msg.id)!;
      pending.delete(msg.id);
      if (msg.error) waiting.reject(rebuilt(msg.error));
      else waiting.resolve(msg.result);
    });
    // The thread ended (a crash, or close): what it held fails rather than waits for ever.
    worker.on('error', (err) => {
      gone = err;
      reject(err);
    });
    worker.once('exit', (code) => {
      gone ??= new StoreError('query', `the PGlite database thread for ${dir} exited (code ${code})`);
      reject(gone);
      for (const { reject: fail } of pending.values()) fail(gone);
      pending.clear();
    });
  });
  const send = <T>(operation: Operation): Promise<T> => {
    if (gone) return Promise.reject(gone);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...operation, id });
    });
  };
  const on = (tx?: number): Queryable => ({
    query: <T>(sql: string, params?: unknown[]) => send<T[]>({ op: 'query', sql, params, tx }),
    exec: (sql: string) => send<void>({ op: 'exec', sql, tx }),
  });
  try {
    await ready;
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  return {
    name: 'pglite',
    ...on(),
    async transaction(fn) {
      const tx = await send<number>({ op: 'begin' });
      let result;
      try {
        result = await fn(on(tx));
      } catch (err) {
        await send({ op: 'end', tx, commit: false }).catch(() => {});
        throw err;
      }
      await send({ op: 'end', tx, commit: true });
      return result;
    },
    async listenOwn(channel, onPayload) {
      listeners.set(channel, onPayload);
      await send({ op: 'listen', channel });
    },
    async close() {
      try {
        await send({ op: 'close' });
      } finally {
        await worker.terminate();
        release();
      }
    },
  };
}

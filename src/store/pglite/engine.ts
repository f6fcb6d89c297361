// PGlite engine: an embedded Postgres (WebAssembly) kept in a folder on disk.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { StoreError } from '../../errors.ts';
import type { Engine, Queryable } from '../engine.ts';
import { lockFolder } from './lock.ts';

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

/**
 * Open (creating when missing) a PGlite database in `dir`.
 * @example const engine = await openPgliteEngine('./marsad-data');
 */
export async function openPgliteEngine(dir: string): Promise<Engine> {
  let db: PGlite;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new StoreError('open', `cannot open the PGlite database folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const release = lockFolder(dir);
  try {
    // pg_trgm backs the text-search index (migration 0004).
    db = await PGlite.create(dir, { extensions: { pg_trgm } });
  } catch (err) {
    release();
    throw new StoreError('open', `cannot open the PGlite database folder ${dir}: ${(err as Error).message}`, { cause: err });
  }
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

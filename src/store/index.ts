// Opens the Store: PostgreSQL when a database URL is given (or DATABASE_URL is set), else PGlite in a folder.
import { MarsadError, StoreError } from '../errors.ts';
import { SqlStore } from './sql-store.ts';
import { migrate } from './migrate.ts';
import { fillSearchText } from './search.ts';
import type { Store } from './store.ts';
import type { Engine } from './engine.ts';

export type * from './store.ts';
export { SqlStore } from './sql-store.ts';

export const DEFAULT_DB_DIR = './marsad-data';

export interface OpenStoreOptions {
  /** PGlite data folder (default ./marsad-data). */
  db?: string;
  /** PostgreSQL connection URL; wins over `db`. */
  databaseUrl?: string;
  /** PGlite only: run the database on a thread of its own (the server; see pglite/engine.ts). */
  thread?: boolean;
}

/**
 * Open the store and bring its schema up to date: PostgreSQL at `databaseUrl`, else at DATABASE_URL,
 * else PGlite in the `db` folder (the CLI always passes --db, so the environment must win over it).
 * @example const store = await openStore({ db: './marsad-data' });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  return new SqlStore(await openEngine(options));
}

/**
 * The engine under `openStore`, schema up to date, for modules that run their own SQL beside the store
 * (the job queue): one PGlite folder admits one connection, so they share it with `new SqlStore(engine)`.
 * @example const engine = await openEngine({ db: './marsad-data' }); const store = new SqlStore(engine);
 */
export async function openEngine(options: OpenStoreOptions = {}): Promise<Engine> {
  const url = options.databaseUrl || process.env.DATABASE_URL || undefined;
  // Each engine's driver loads only when used: `--help` and PGlite runs need not load pg, nor PostgreSQL runs PGlite.
  const engine = url
    ? await (await import('./postgres/engine.ts')).openPostgresEngine(url)
    : await (await import('./pglite/engine.ts')).openPgliteEngine(options.db ?? DEFAULT_DB_DIR, { thread: options.thread });
  try {
    await migrate(engine);
    await fillSearchText(engine);
  } catch (err) {
    await engine.close().catch(() => {});
    if (err instanceof MarsadError) throw err;
    throw new StoreError('migrate', (err as Error).message, { cause: err });
  }
  return engine;
}
export { TOTAL_CAP } from './store.ts';

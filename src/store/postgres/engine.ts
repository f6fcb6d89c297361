// PostgreSQL engine: a node-postgres pool on a server named by a connection URL.
import pg from 'pg';
import { StoreError } from '../../errors.ts';
import type { Engine, Queryable } from '../engine.ts';

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      return (await client.query(sql, params)).rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

/**
 * Connect to PostgreSQL at `url`, checking the server answers.
 * @example const engine = await openPostgresEngine('postgres://me@localhost:5432/marsad');
 */
export async function openPostgresEngine(url: string): Promise<Engine> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 8 });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    const e = err as Error & { code?: string };
    throw new StoreError('open', `cannot reach PostgreSQL at ${redactUrl(url)}: ${e.message || e.code || String(err)}`, { cause: err });
  }
  return {
    name: 'postgres',
    ...wrap(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

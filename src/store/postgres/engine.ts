// PostgreSQL engine: a node-postgres pool on a server named by a connection URL.
import pg from 'pg';
import { MarsadError, StoreError, StoreUnavailableError } from '../../errors.ts';
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

/** SQLSTATEs of a server that is gone or not taking connections: class 08, and shutdown, crash or startup (57P01–03). */
const GONE_STATE = /^(08|57P0[123])/;
/** Socket errors of a server that cannot be reached at all. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres's own errors for a connection lost or never made, which carry no code. */
const LOST = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout)/;

/**
 * What happened, when `err` says the server cannot be reached (refused, lost, shutting down); null for any other
 * error (bad SQL, a violated constraint), which the same request would meet again.
 */
export function connectionFailure(err: unknown): string | null {
  const e = err as Error & { code?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (err instanceof pg.DatabaseError) return GONE_STATE.test(code) ? message : null;
  if (SOCKET_CODES.has(code) || LOST.test(message)) return message || code;
  return null;
}

/** `err` as a StoreUnavailableError naming the database when the server cannot be reached, else unchanged. */
function unavailable(err: unknown, database: string, operation: string): unknown {
  if (err instanceof MarsadError) return err;
  const reason = connectionFailure(err);
  return reason === null ? err : new StoreUnavailableError(operation, database, reason, { cause: err });
}

function wrap(client: pg.Pool | pg.PoolClient, database: string): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<T[]> {
      try {
        return (await client.query(sql, params)).rows as T[];
      } catch (err) {
        throw unavailable(err, database, 'query');
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await client.query(sql);
      } catch (err) {
        throw unavailable(err, database, 'query');
      }
    },
  };
}

/**
 * Connect to PostgreSQL at `url`, checking the server answers. While the server is away every call fails
 * with a StoreUnavailableError; the pool opens fresh connections once it is back, so callers need not reopen.
 * @example const engine = await openPostgresEngine('postgres://me@localhost:5432/marsad');
 */
export async function openPostgresEngine(url: string): Promise<Engine> {
  const database = `PostgreSQL at ${redactUrl(url)}`;
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000, max: 8 });
  // A client losing its connection emits 'error', and an 'error' event nobody listens to kills the process.
  // The pool listens on idle clients; checked-out ones (a transaction) get this listener: the failure reaches
  // the caller anyway, as the rejection of the query that was running or the next one.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    const reason = connectionFailure(err);
    if (reason !== null) throw new StoreUnavailableError('open', database, reason, { cause: err });
    const e = err as Error & { code?: string };
    throw new StoreError('open', `cannot reach ${database}: ${e.message || e.code || String(err)}`, { cause: err });
  }
  return {
    name: 'postgres',
    ...wrap(pool, database),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        throw unavailable(err, database, 'connect');
      }
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, database));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw unavailable(err, database, 'transaction');
      } finally {
        // A client whose connection broke is not queryable, and the pool drops it instead of reusing it.
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

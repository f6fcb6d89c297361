// The thin layer each engine folder implements: parameterized queries, scripts and transactions.

/** A Postgres connection or transaction, as the SQL store sees it. */
export interface Queryable {
  /** Run one parameterized statement and return its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Engine extends Queryable {
  readonly name: 'pglite' | 'postgres';
  /** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Only engines whose database no other process can write (PGlite: one process holds its folder): pass each
   * payload a commit notifies on `channel` to `onPayload`, before that commit's own promise resolves.
   */
  listenOwn?(channel: string, onPayload: (payload: string) => void): Promise<void>;
}

// An Engine inside an open transaction, whose own transactions are savepoints: a SqlStore over it stores
// articles in the caller's transaction (with the job's state), and one article's failure still rolls back
// that article alone.
import type { Engine, Queryable } from '../store/engine.ts';

/**
 * The transaction `tx` of `outer` seen as an Engine; `close` does nothing (the caller ends the transaction).
 * @example await engine.transaction((tx) => new SqlStore(savepointEngine(engine, tx)).saveDocs(docs))
 */
export function savepointEngine(outer: Engine, tx: Queryable): Engine {
  let depth = 0;
  return {
    name: outer.name,
    query: tx.query.bind(tx),
    exec: tx.exec.bind(tx),
    async transaction(fn) {
      const name = `marsad_sp_${++depth}`;
      await tx.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(tx);
        await tx.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (err) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw err;
      } finally {
        depth--;
      }
    },
    async close() {},
  };
}

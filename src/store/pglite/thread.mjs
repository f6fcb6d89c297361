// The PGlite database of a server, on its own thread (see thread.ts): the WebAssembly Postgres runs here, so
// a long query or a write does not stop the server's thread from answering what it keeps. Plain JavaScript:
// it needs PGlite only, and runs the same from the sources and from the bundle.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** Errors cross as their own fields (a Postgres error's code, detail, constraint…), rebuilt on the other side. */
const fields = (err) => ({ ...err, name: err?.name, message: err?.message ?? String(err) });

let db;
try {
  // pg_trgm backs the text-search index (migration 0004), as in engine.ts.
  db = await PGlite.create(workerData.dir, { extensions: { pg_trgm } });
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ ready: false, error: fields(err) });
}

/**
 * Reads outside a transaction run as prepared statements, kept per SQL text (least recently used dropped): over
 * a store's month partitions, planning a query costs tens of milliseconds and running it often one, and PGlite
 * plans every unnamed statement afresh. A kept statement is planned once for its shape (Postgres keeps a generic
 * plan when it is no worse than the custom ones, and replans after a schema change such as a new partition).
 * EXECUTE takes no bound parameters, so each value is written as a literal, in the text PGlite itself would bind.
 */
const PREPARED_MAX = 256;
const prepared = new Map();
/** SQL texts Postgres would not prepare (a parameter whose type it cannot infer): run as plain queries. */
const unpreparable = new Set();
let nextStatement = 1;
const READ = /^\s*(SELECT|WITH)\b/i;

async function prepare(sql) {
  const name = `marsad_${nextStatement++}`;
  await db.exec(`PREPARE ${name} AS ${sql}`);
  const [row] = (await db.query('SELECT parameter_types::oid[] AS types FROM pg_prepared_statements WHERE name = $1', [name])).rows;
  if (prepared.size >= PREPARED_MAX) {
    const [oldest, { name: dropped }] = prepared.entries().next().value;
    prepared.delete(oldest);
    await db.exec(`DEALLOCATE ${dropped}`);
  }
  return { name, types: row.types };
}

function literal(value, oid) {
  if (value === null || value === undefined) return 'NULL';
  const serialize = db.serializers[oid];
  return `'${String(serialize ? serialize(value) : value.toString()).replaceAll("'", "''")}'`;
}

async function preparedQuery(sql, params = []) {
  let statement = prepared.get(sql);
  if (statement) prepared.delete(sql);
  else {
    try {
      statement = await prepare(sql);
    } catch {
      unpreparable.add(sql);
      return (await db.query(sql, params)).rows;
    }
  }
  prepared.set(sql, statement);
  const args = params.map((v, i) => literal(v, statement.types[i]));
  return (await db.query(`EXECUTE ${statement.name}${args.length ? `(${args.join(', ')})` : ''}`)).rows;
}

/** Open transactions by id: the PGlite transaction object, and how to end it (commit or roll back). */
const open = new Map();
let nextTx = 1;

/** Run one message's operation; resolves with what the reply carries. */
async function run(msg) {
  const on = msg.tx ? open.get(msg.tx).tx : db;
  switch (msg.op) {
    case 'query':
      if (!msg.tx && READ.test(msg.sql) && !msg.sql.includes(';') && !unpreparable.has(msg.sql)) return preparedQuery(msg.sql, msg.params);
      return (await on.query(msg.sql, msg.params)).rows;
    case 'exec':
      await on.exec(msg.sql);
      return null;
    case 'begin': {
      const id = nextTx++;
      const entry = {};
      return new Promise((begun, failed) => {
        // PGlite commits when the callback's promise resolves and rolls back when it rejects: 'end' settles it.
        entry.done = db.transaction((tx) => new Promise((commit, rollback) => {
          Object.assign(entry, { tx, commit, rollback });
          open.set(id, entry);
          begun(id);
        }));
        entry.done.catch(failed);
      });
    }
    case 'end': {
      const entry = open.get(msg.tx);
      open.delete(msg.tx);
      if (msg.commit) entry.commit();
      else entry.rollback(new Error('rolled back'));
      await entry.done.catch((err) => {
        if (msg.commit) throw err;
      });
      return null;
    }
    case 'listen':
      await db.listen(msg.channel, (payload) => parentPort.postMessage({ notify: msg.channel, payload }));
      return null;
    case 'close':
      await db.close();
      return null;
    default:
      throw new Error(`unknown operation ${msg.op}`);
  }
}

parentPort.on('message', (msg) => {
  run(msg).then(
    (result) => parentPort.postMessage({ id: msg.id, result }),
    (err) => parentPort.postMessage({ id: msg.id, error: fields(err) }),
  );
});

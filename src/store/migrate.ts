// Applies the numbered .sql files in migrations/ in order, once each, recorded in schema_migrations.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../errors.ts';
import type { Engine } from './engine.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: serializes migrations of concurrent processes on one server. */
const LOCK_KEY = 7_411_960;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files, ordered by their number prefix. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+-[a-z0-9-]+\.sql$/.test(f))
    .map((f) => ({ version: Number(f.split('-')[0]), name: f, sql: readFileSync(`${dir}/${f}`, 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Apply every migration not yet recorded; returns the names applied now.
 * @example await migrate(engine) // ['0001-init.sql'] on a new database, [] afterwards
 */
export async function migrate(engine: Engine, migrations = listMigrations()): Promise<string[]> {
  const applied: string[] = [];
  try {
    await engine.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  } catch (err) {
    // Two processes creating the table at once: the loser sees a unique violation and can go on.
    if ((err as { code?: string }).code !== '23505') throw err;
  }
  for (const m of migrations) {
    await engine.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.length > 0) return;
      try {
        await tx.exec(m.sql);
      } catch (err) {
        throw new StoreError('migrate', `migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.name);
    });
  }
  return applied;
}

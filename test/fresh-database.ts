// A new empty database on the PostgreSQL server of MARSAD_TEST_DATABASE_URL, for suites that must share
// nothing with the others running beside them (the store contract truncates the test database's tables).
import pg from 'pg';

/**
 * Drop and create database `name` on the server of `serverUrl`; returns its URL.
 * @example const url = await freshDatabase(process.env.MARSAD_TEST_DATABASE_URL!, 'marsad_queue_unit');
 */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

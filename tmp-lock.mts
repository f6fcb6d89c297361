import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create('/tmp/locktest');
await db.exec('create table if not exists t (x int)');
console.log(process.argv[2], 'opened');
await new Promise((r) => setTimeout(r, 8000));
await db.query('insert into t values (1)');
console.log(process.argv[2], (await db.query('select count(*) from t')).rows);
await db.close();

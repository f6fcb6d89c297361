import { openStore } from './src/store/index.ts';
const s = await openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:55433/bench' });
for (let i = 0; i < 3; i++) { const t = Date.now(); await s.recluster(); console.log('recluster ms', Date.now() - t); }
await s.close();
const p = await openStore({ db: '/tmp/bench/db' });
for (let i = 0; i < 2; i++) { const t = Date.now(); await p.recluster(); console.log('pglite recluster ms', Date.now() - t); }
await p.close();

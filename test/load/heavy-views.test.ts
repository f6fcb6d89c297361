// The API's heavy views on a 100k-event store: a freshly started server answers alerts, a dyad series and an event
// page at once, quickly, and after a write it recomputes only what the write touched, with the same results as
// the analyses run directly on the store.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSyntheticEvents } from '../../bench/api-latency.ts';
import { alerts, dataPresent, dyadTension } from '../../src/analyze/from-store.ts';
import { buildServer } from '../../src/serve/index.ts';
import { makeDoc } from '../../src/store/contract-docs.ts';
import type { Engine } from '../../src/store/engine.ts';
import { SqlStore } from '../../src/store/index.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPgliteEngine } from '../../src/store/pglite/engine.ts';

const EVENTS = 100_000;
/** Generous bounds for a busy 2-core machine; before the per-dyad views, a cold alerts took 10 s and more, and a series waited behind it. */
const CONCURRENT_MS = 5_000;
/**
 * The server polls every second; this bound only says it notices another process's write without a restart
 * (a CI run at full load once took 5.8 s). How fast it is belongs to `npm run bench`.
 */
const AFTER_WRITE_MS = 20_000;

/** JSON as the API sends it (undefined fields dropped). */
const asJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('heavy views on a 100k-event store', () => {
  let dir: string;
  let engine: Engine;
  let store: SqlStore;
  let app: FastifyInstance;
  let base: string;

  const timed = async (path: string): Promise<{ ms: number; status: number; body: any }> => {
    const t0 = performance.now();
    const res = await fetch(base + path);
    const body = await res.json();
    return { ms: performance.now() - t0, status: res.status, body };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-heavy-views-'));
    engine = await openPgliteEngine(dir);
    await migrate(engine);
    await fillSyntheticEvents(engine, EVENTS);
    store = new SqlStore(engine);
    app = await buildServer({ store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }, 900_000);

  afterAll(async () => {
    await app?.close();
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers alerts, a dyad series and an event page at once, quickly, on a fresh start, as computed directly', async () => {
    const [first, series, events] = await Promise.all([
      timed('/api/alerts?limit=500'), timed('/api/dyads/RUS/AZE/series?by=month'), timed('/api/events?actor=RUS&quad=4&limit=50'),
    ]);
    expect([first.status, series.status, events.status]).toEqual([200, 200, 200]);
    expect(first.ms).toBeLessThan(CONCURRENT_MS);
    expect(series.ms).toBeLessThan(CONCURRENT_MS);
    expect(events.ms).toBeLessThan(CONCURRENT_MS);
    expect(series.body.points).toEqual(asJson(await dyadTension(store, 'RUS', 'AZE', { by: 'month' })));
    const present = await dataPresent(store);
    expect(first.body.present).toBe(present);
    expect(first.body.items).toEqual(asJson((await alerts(store, { asOf: present })).slice(0, 500)));
  }, 900_000);

  it('after a write by another process, recomputes only the touched dyad: series and alerts come quickly and match the direct analyses', async () => {
    await timed('/api/alerts');
    const before = (await timed('/api/dyads/AZE/RUS/series?by=month')).body.points as { period: string; total: number }[];
    // Written to the store directly, as an ingest in another process would: the server hears nothing of it.
    const text = 'Russian forces shelled Azerbaijani border posts. Baku expelled the Russian envoy. Moscow seized an Azerbaijani tanker.';
    const doc = makeDoc({
      id: 'late-crisis', lang: 'en', published: '2025-12-30', title: 'Border crisis', text, events: [
        { quote: 'Russian forces shelled Azerbaijani border posts.', trigger: 'shelled', source: 'RUS', target: 'AZE', cameo: '190', goldstein: -10, date: '2025-12-29' },
        { quote: 'Baku expelled the Russian envoy.', trigger: 'expelled', source: 'AZE', target: 'RUS', cameo: '161', goldstein: -4, date: '2025-12-29' },
        { quote: 'Moscow seized an Azerbaijani tanker.', trigger: 'seized', source: 'RUS', target: 'AZE', cameo: '171', goldstein: -9.2, date: '2025-12-30' },
      ],
    });
    expect((await store.saveDoc(doc)).status).toBe('inserted');

    // The server notices a write by another process within a second or so (it polls the dyad versions).
    const december = (points: { period: string; total: number }[]) => points.find((p) => p.period === '2025-12')!.total;
    const t0 = performance.now();
    let series = await timed('/api/dyads/AZE/RUS/series?by=month');
    while (december(series.body.points) === december(before) && performance.now() - t0 < AFTER_WRITE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      series = await timed('/api/dyads/AZE/RUS/series?by=month');
    }
    expect(performance.now() - t0).toBeLessThan(AFTER_WRITE_MS);
    expect(december(series.body.points)).toBe(december(before) + 3);
    expect(series.body.points).toEqual(asJson(await dyadTension(store, 'AZE', 'RUS', { by: 'month' })));

    const after = await timed('/api/alerts?limit=500');
    expect(after.ms).toBeLessThan(AFTER_WRITE_MS);
    expect(after.body.items).toEqual(asJson((await alerts(store, { asOf: after.body.present })).slice(0, 500)));
  }, 900_000);
});

// The examples corpus, ingested by the real pipeline, must tell the Azerbaijan–Russia story an analyst expects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { ingest } from '../../src/ingest/run.ts';
import { alerts, chains, dataPresent, dyadTension, topMovers } from '../../src/analyze/from-store.ts';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-examples-'));
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  store = await openStore({ db: dir });
  if (saved !== undefined) process.env.DATABASE_URL = saved;
  const summary = await ingest(['examples'], { store, workers: 0 });
  expect(summary.failed).toEqual([]);
  expect(summary.ingested).toBeGreaterThanOrEqual(30);
}, 300_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the examples corpus', () => {
  it('shows AZE–RUS tension higher in summer 2025 than in December 2024', async () => {
    const points = await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2024-12', to: '2025-07' });
    const at = (period: string) => points.find((p) => p.period === period)!;
    expect(at('2024-12').total).toBeGreaterThan(0);
    const summer = Math.max(at('2025-06').tension, at('2025-07').tension);
    expect(summer).toBeGreaterThan(at('2024-12').tension);
    expect(at('2025-06').q4 + at('2025-07').q4).toBeGreaterThan(at('2024-12').q4);
  });

  it('shows the AZE–RUS surge up in the June–July 2025 crisis months, above every calm month', async () => {
    const points = await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2024-09', to: '2025-08' });
    const surge = (period: string) => points.find((p) => p.period === period)!.surge!;
    const calm = points.filter((p) => !/^2025-0[678]|^2024-12|^2025-02/.test(p.period));
    expect(calm.map((p) => p.period)).toEqual(['2024-09', '2024-10', '2024-11', '2025-01', '2025-03', '2025-04', '2025-05']);
    const calmest = Math.max(...calm.map((p) => p.surge!));
    expect(surge('2025-06')).toBeGreaterThan(calmest + 5);
    expect(surge('2025-07')).toBeGreaterThan(calmest + 5);
    // The tension share barely tells the same months apart.
    expect(points.find((p) => p.period === '2025-07')!.tension - points.find((p) => p.period === '2025-05')!.tension).toBeLessThan(10);
  });

  it('ranks movers on periods that have events, and judges alerts open against the newest publication date', async () => {
    const present = await dataPresent(store);
    expect(present).toBe('2025-08-11');
    const movers = await topMovers(store);
    const aze = movers.find((m) => m.dyad.join() === 'AZE,RUS')!;
    expect([aze.fromPeriod, aze.period]).toEqual(['2025-07', '2025-08']);
    for (const m of movers) {
      const series = await dyadTension(store, m.dyad[0], m.dyad[1], { by: 'month' });
      expect(series.find((p) => p.period === m.period)!.total, m.dyad.join()).toBeGreaterThan(0);
      expect(series.find((p) => p.period === m.fromPeriod)!.total, m.dyad.join()).toBeGreaterThan(0);
    }
    const summer = (await alerts(store)).filter((a) => a.dyad.join() === 'AZE,RUS' && /^2025-0[67]/.test(a.period));
    expect(summer.length).toBeGreaterThan(0);
    expect(summer.every((a) => a.open)).toBe(true);
  });

  it('raises an AZE–RUS escalation alert in June or July 2025 with the events behind it', async () => {
    const found = (await alerts(store)).filter(
      (a) => a.dyad.join() === 'AZE,RUS' && a.direction === 'escalation' && /^2025-0[67]/.test(a.period),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.drivers.length).toBeGreaterThan(0);
    expect(found[0]!.drivers.some((e) => e.quad_class === 4)).toBe(true);
  });

  it('finds the summer 2025 tit-for-tat: Russian raids answered by arrests in Baku, answered by arrests in Russia', async () => {
    const { chains: found } = await chains(store, { dyad: ['AZE', 'RUS'], from: '2025-06-01', to: '2025-08-31' });
    const sequences = found.map((c) => c.links.map((l) => `${l.source}>${l.target}:${l.cameo.slice(0, 2)}`));
    const raidsThenArrests = sequences.some((s) => {
      const i = s.findIndex((x) => /^RUS>AZE:1[78]$/.test(x));
      return i >= 0 && s.slice(i + 1).some((x, k) => x === 'AZE>RUS:17' && s.slice(i + 2 + k).some((y) => y === 'RUS>AZE:17'));
    });
    expect(raidsThenArrests, JSON.stringify(sequences)).toBe(true);
  });
});

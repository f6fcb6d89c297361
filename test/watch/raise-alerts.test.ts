// Alerts as they happen: only the dyad-periods that got new events raise alerts, each alert is kept once, and
// the webhook receives what it has not accepted yet.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/run.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { postAlerts, raiseNewAlerts } from '../../src/watch/raise-alerts.ts';
import { CONFLICT, HISTORY, RECOVERED, startFeedServer, type FeedServer, type Story } from './feed-server.ts';

let dir: string;
let store: Store;
let server: FeedServer;

/** Store stories now, as the watch's hand-off would; returns the time just before (after everything stored earlier). */
async function storeStories(stories: Story[]): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = new Date().toISOString();
  const file = join(dir, `batch-${stories[0]!.id}.jsonl`);
  writeFileSync(file, stories.map((s) => JSON.stringify({ ...s, lang: 'en' })).join('\n'));
  const summary = await ingest([file], { store, workers: 0 });
  expect(summary.ingested).toBe(stories.length);
  return before;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-raise-'));
  store = await openStore({ db: join(dir, 'db'), databaseUrl: '' });
  server = await startFeedServer();
}, 120_000);

afterAll(async () => {
  await store?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('raiseNewAlerts', () => {
  it('raises nothing for alerts in dyad-periods no new event touched', async () => {
    await storeStories([...HISTORY, ...CONFLICT.slice(0, 3)]);
    // The escalation of July exists in the data, but the only new article is about another dyad.
    const since = await storeStories([RECOVERED]);
    expect(await raiseNewAlerts(store, since)).toEqual([]);
  }, 120_000);

  it('raises the alert of a period that got new events, once', async () => {
    const since = await storeStories([CONFLICT[3]!]);
    const raised = await raiseNewAlerts(store, since);
    expect(raised.map((a) => [a.kind, a.dyad.join('-'), a.period])).toEqual([['escalation/share', 'AZE-RUS', '2025-07']]);
    expect(await raiseNewAlerts(store, since)).toEqual([]);
    expect(await store.raisedAlerts()).toHaveLength(1);
  }, 120_000);

  it('posts each kept alert until the webhook accepts it, and names the refusal', async () => {
    server.hookFailures = 1;
    const url = `${server.base}/hook`;
    expect(await postAlerts(store, url, { timeoutMs: 5000 })).toEqual({ posted: 0, error: 'answered HTTP 503', waiting: 1 });
    expect((await store.raisedAlerts())[0]!.postError).toBe('answered HTTP 503');
    expect(await postAlerts(store, url, { timeoutMs: 5000 })).toEqual({ posted: 1, error: null, waiting: 0 });
    expect(await postAlerts(store, url, { timeoutMs: 5000 })).toEqual({ posted: 0, error: null, waiting: 0 });
    expect(server.hooks.map((h) => h.status)).toEqual([503, 200]);
    const dead = await postAlerts(store, 'http://127.0.0.1:9/hook', { timeoutMs: 5000 });
    expect(dead).toEqual({ posted: 0, error: null, waiting: 0 });
  }, 60_000);
});

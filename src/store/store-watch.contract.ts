// The watch state every Store engine must keep: feeds between polls, alerts raised once, webhook deliveries.
import { beforeEach, describe, expect, it } from 'vitest';
import { contractStore, DOC_A } from './contract-docs.ts';
import type { Engine } from './engine.ts';
import type { FeedState, NewAlert } from './store.ts';

const FEED: FeedState = {
  url: 'https://news.example/rss.xml', lastPoll: '2026-01-02T03:04:05.120Z', etag: '"v1"', lastModified: 'Fri, 02 Jan 2026 03:00:00 GMT',
  items: 12, stored: 7, failures: 0, nextPoll: '2026-01-02T03:19:05.120Z', lastError: null,
};

const ALERT: NewAlert = {
  dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share',
  alert: { dyad: ['AZE', 'RUS'], period: '2025-07', magnitude: 31.5, drivers: [{ id: 1, quote: 'Baku «arrests»' }] },
};

/** Register the watch-state contract for one engine. */
export function storeWatchContract(name: string, openEngine: () => Promise<Engine>): void {
  describe(`Store watch state on ${name}`, () => {
    const db = contractStore(openEngine);
    beforeEach(async () => {
      await db.engine.exec('TRUNCATE feeds, raised_alerts RESTART IDENTITY');
    });

    it('keeps a feed state and replaces it by URL', async () => {
      await db.store.saveFeed(FEED);
      expect(await db.store.feeds()).toEqual([FEED]);
      const failed = { ...FEED, failures: 2, lastError: 'answered HTTP 500', etag: null };
      await db.store.saveFeed(failed);
      expect(await db.store.feeds()).toEqual([failed]);
    });

    it('keeps each alert once by dyad, period and kind and returns only the new ones', async () => {
      const first = await db.store.raiseAlerts([ALERT]);
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({ dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share', alert: ALERT.alert, postedAt: null });
      expect(first[0]!.raisedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const volume = { ...ALERT, kind: 'escalation/volume' };
      const second = await db.store.raiseAlerts([{ ...ALERT, alert: { changed: true } }, volume]);
      expect(second.map((a) => a.kind)).toEqual(['escalation/volume']);
      const kept = await db.store.raisedAlerts();
      expect(kept.map((a) => a.kind).sort()).toEqual(['escalation/share', 'escalation/volume']);
      expect(kept.find((a) => a.kind === 'escalation/share')!.alert).toEqual(ALERT.alert);
    });

    it('lists alerts the webhook has not accepted until they are marked posted', async () => {
      const [a, b] = await db.store.raiseAlerts([ALERT, { ...ALERT, period: '2025-08' }]);
      await db.store.markAlertPosted(a!.id, 'answered HTTP 503');
      expect((await db.store.raisedAlerts({ unposted: true })).map((x) => [x.id, x.postError])).toEqual([[a!.id, 'answered HTTP 503'], [b!.id, null]]);
      await db.store.markAlertPosted(a!.id, null);
      const left = await db.store.raisedAlerts({ unposted: true });
      expect(left.map((x) => x.id)).toEqual([b!.id]);
      expect((await db.store.raisedAlerts()).find((x) => x.id === a!.id)!.postedAt).toMatch(/Z$/);
    });

    it('names the dyads and days of events stored after a time', async () => {
      const before = new Date(Date.now() - 60_000).toISOString();
      await db.store.saveDoc(DOC_A);
      const days = await db.store.eventDaysSince(before);
      // The negated event and the one without a target are left out.
      expect(days.sort((x, y) => x.day.localeCompare(y.day))).toEqual([
        { source: 'AZE', target: 'RUS', day: '2025-06-29' }, { source: 'RUS', target: 'AZE', day: '2025-06-30' }]);
      expect(await db.store.eventDaysSince(new Date(Date.now() + 60_000).toISOString())).toEqual([]);
    });
  });
}

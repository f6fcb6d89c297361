// The watch page in a real browser: each watched feed with its last poll, item count and last error, and the
// alerts the watch raised with when; in English, then in Arabic laid out right to left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { FeedState } from '../../src/store/store.ts';
import { act, collectPageErrors, openRoute, openView, shoot, sideOverflow, startHarness, VIEWS, type Harness, BROWSER_SUITES } from './harness.ts';

const HEALTHY: FeedState = {
  url: 'https://news.example/rss.xml', lastPoll: '2026-03-04T05:06:07.000Z', etag: '"v9"', lastModified: null, items: 20, stored: 14,
  failures: 0, nextPoll: '2026-03-04T05:21:07.000Z', lastError: null,
};
const FAILING: FeedState = {
  url: 'https://akhbar.example/feeds/world/middle-east/south-caucasus/rss-2.0-full-text.xml', lastPoll: '2026-03-04T05:06:08.000Z', etag: null, lastModified: null, items: 7, stored: 3,
  failures: 3, nextPoll: '2026-03-04T07:06:08.000Z', lastError: 'answered HTTP 500',
};

let h: Harness;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  h = await startHarness({ examples: 1 });
  await h.fixture.store.saveFeed(HEALTHY);
  await h.fixture.store.saveFeed(FAILING);
  // A real alert of the fixture data, kept as the watch keeps it.
  const alert = (await h.app.inject('/api/alerts?limit=1')).json().items[0];
  await h.fixture.store.raiseAlerts([{ dyad: alert.dyad, period: alert.period, kind: `${alert.direction}/${alert.signal}`, alert }]);
  context = await h.browser();
  page = await context.newPage();
  collectPageErrors(page, problems);
}, 240_000);

afterAll(async () => {
  await h?.close();
});

const rowOf = (url: string) => page.locator(`#feeds tr[data-url="${url}"]`);

describe.runIf(BROWSER_SUITES)('watch page', () => {
  it('shows each feed with its last poll, item count and last error, and the alerts raised', async () => {
    await openRoute(page, h.base, '#/watch');
    expect(await page.locator('h1').textContent()).toBe('Watched feeds');
    expect(await page.locator('#feeds tbody tr').count()).toBe(2);
    expect(await rowOf(HEALTHY.url).locator('.last-poll').textContent()).toBe('Mar 4, 2026, 5:06 AM UTC');
    expect(await rowOf(HEALTHY.url).locator('.items').textContent()).toBe('20');
    expect(await rowOf(HEALTHY.url).locator('.stored').textContent()).toBe('14');
    expect(await rowOf(HEALTHY.url).locator('.last-error').textContent()).toBe('—');
    expect(await rowOf(FAILING.url).locator('.last-error').textContent())
      .toBe('answered HTTP 500 (3 failed polls in a row; next try Mar 4, 2026, 7:06 AM UTC)');
    const raised = page.locator('#raised li');
    expect(await raised.count()).toBe(1);
    expect(await raised.locator('.raised-at').textContent()).toMatch(/^raised \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC$/);
    expect(await raised.locator('a.dyad-link').getAttribute('href')).toMatch(/^#\/dyad\/[A-Z]{3}\/[A-Z]{3}$/);
    expect(await page.locator('nav a[data-page="watch"]').getAttribute('class')).toBe('active');
    await shoot(page, 'watch-en');
  });

  it('in Arabic, labels the page in Arabic and lays it out right to left with URLs left to right', async () => {
    await act(page, () => page.click('#lang-switch'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('المصادر المراقبة');
    expect(await page.locator('#feeds thead th').allTextContents()).toEqual(['المصدر', 'آخر استطلاع', 'المواد', 'المخزَّنة', 'آخر خطأ']);
    expect(await rowOf(HEALTHY.url).locator('.items').textContent()).toBe(await page.evaluate(() => new Intl.NumberFormat('ar').format(20)));
    // The first column sits on the right; the URL inside it still reads left to right.
    const [first, last] = await Promise.all([page.locator('#feeds thead th').first().boundingBox(), page.locator('#feeds thead th').last().boundingBox()]);
    expect(first!.x).toBeGreaterThan(last!.x);
    expect(await rowOf(FAILING.url).locator('.feed-url').evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    expect(await page.locator('#raised .raised-at').textContent()).toMatch(/^أُطلق .+ UTC$/);
    await shoot(page, 'watch-ar');
    await act(page, () => page.click('#lang-switch'));
  });

  it('fits a phone and a desktop in both languages without sideways scrolling', async () => {
    for (const view of VIEWS) {
      await openView(page, h.base, '#/watch', view);
      expect(await page.locator('#feeds tbody tr').count()).toBe(2);
      expect(await sideOverflow(page), `${view.lang} at ${view.width} px`).toBeLessThanOrEqual(0);
      if (view.width === 390) await shoot(page, `watch-${view.lang}-390`);
    }
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});

// The dashboard as an analyst meets it on the examples (all 55 articles, coded by the real pipeline): the overview's
// latest events, movers and open alerts; the alerts page; the network with its legend; the events table with article
// titles, the actor picker and empty results; week periods as dates; chains following the chosen range; a compressed
// bundle; and every view in English and Arabic at 1440 and 390 px without sideways scrolling.
// Screenshots: test-artifacts/screenshots/<view>-<lang>-<width>.png.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { StoredEvent } from '../../src/store/store.ts';
import { act, BROWSER_SUITES, collectPageErrors, type Harness, openView, shoot, sideOverflow, startHarness, VIEWS } from './harness.ts';

interface ApiAlert { dyad: [string, string]; period: string; direction: string; score: number; open: boolean; drivers: StoredEvent[] }

let h: Harness;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const api = async <T>(path: string): Promise<T> => (await h.app.inject(path)).json() as T;

beforeAll(async () => {
  h = await startHarness({ fixtures: false, examples: 'all' });
  context = await h.browser();
  page = await context.newPage();
  collectPageErrors(page, problems);
});

afterAll(async () => {
  await h?.close();
});

/** Open `hash` in every language and width: no sideways scrolling, a screenshot, then the view's own checks. */
async function eachView(hash: string, name: string, check: (view: (typeof VIEWS)[number]) => Promise<void> = async () => {}): Promise<void> {
  for (const view of VIEWS) {
    await openView(page, h.base, hash, view);
    expect(await sideOverflow(page), `${name} ${view.lang} ${view.width}`).toBeLessThanOrEqual(0);
    await check(view);
    await shoot(page, `${name}-${view.lang}-${view.width}`);
  }
}

// Every view is loaded four times (two languages, two widths): give a loaded machine room.
describe.runIf(BROWSER_SUITES)('the dashboard on the examples', { timeout: 240_000 }, () => {
  it('stored every example article', async () => {
    expect(h.examples.length).toBeGreaterThanOrEqual(55);
    expect((await api<{ counts: { articles: number } }>('/api/overview')).counts.articles).toBe(h.examples.length);
  });

  it('overview: latest events with their article titles and no date after the news, movers and alerts as dates', async () => {
    const overview = await api<{ latest: StoredEvent[]; movers: { surge: number }[]; alerts: ApiAlert[] }>('/api/overview?limit=10');
    expect(overview.movers.length).toBeGreaterThan(0);
    for (const e of overview.latest) expect(e.date! <= e.published!, `${e.article_id}: ${e.date} after ${e.published}`).toBe(true);
    const titles = new Map(h.examples.map((a) => [a.id, a.title]));
    await eachView('#/', 'overview', async ({ lang }) => {
      const rows = page.locator('#latest tbody tr');
      expect(await rows.count()).toBe(overview.latest.length);
      expect(await rows.locator('.article-title').allTextContents()).toEqual(overview.latest.map((e) => titles.get(e.article_id)));
      // Movers show the surge that ranks them, signed in the interface language.
      const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
      expect(await page.locator('#movers li .surge').allTextContents()).toEqual(overview.movers.map((m) => signed.format(m.surge)));
      const alerts = page.locator('#alerts li');
      expect(await alerts.count()).toBe(overview.alerts.length);
      expect(await alerts.locator('a.dyad-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(overview.alerts.map((a) => `#/dyad/${a.dyad[0]}/${a.dyad[1]}`));
      // Periods read as dates: no ISO month or week keys anywhere in the cards.
      expect(await page.locator('#movers, #alerts').allTextContents()).not.toContainEqual(expect.stringMatching(/\d{4}-(W?\d{2})\b/));
      if (lang === 'en') expect(await alerts.locator('.period').allTextContents()).toEqual(overview.alerts.map((a) => new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${a.period}-01T00:00:00Z`))));
      else expect(await alerts.locator('.direction').allTextContents()).toEqual(overview.alerts.map((a) => (a.direction === 'escalation' ? '▲ تصعيد' : '▼ تهدئة')));
    });
  });

  it('alerts page: every alert with its dyad link, period, size and the events that drove it', async () => {
    const all = (await api<{ items: ApiAlert[] }>('/api/alerts?limit=500')).items;
    expect(all.length).toBeGreaterThan(0);
    await eachView('#/alerts', 'alerts', async ({ lang }) => {
      const cards = page.locator('#alert-list .alert');
      expect(await cards.count()).toBe(all.length);
      for (const [i, a] of all.entries()) {
        const card = cards.nth(i);
        expect(await card.getAttribute('data-dyad')).toBe(a.dyad.join('-'));
        expect(await card.getAttribute('data-direction')).toBe(a.direction);
        expect(await card.locator('h2 a.dyad-link').getAttribute('href')).toBe(`#/dyad/${a.dyad[0]}/${a.dyad[1]}`);
        expect(await card.locator('.size').textContent()).toContain(new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(a.score));
        expect(await card.locator('.open-badge').count()).toBe(a.open ? 1 : 0);
        expect(await card.locator('tbody tr').count()).toBe(a.drivers.length);
        expect(await card.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')))).toEqual(a.drivers.map((e) => String(e.id)));
      }
    });
    await openView(page, h.base, '#/', VIEWS[0]!);
    await act(page, () => page.click('#all-alerts'));
    expect(await page.locator('#alert-list .alert').count()).toBe(all.length);
    const first = all[0]!;
    await act(page, () => page.locator('#alert-list .alert h2 a.dyad-link').first().click());
    expect(page.url()).toMatch(new RegExp(`#/dyad/${first.dyad[0]}/${first.dyad[1]}$`));
  });

  it('alerts page filters by direction, and says so when no alert matches', async () => {
    const all = (await api<{ items: ApiAlert[] }>('/api/alerts?limit=500')).items;
    await openView(page, h.base, '#/alerts', VIEWS[0]!);
    await page.selectOption('select[name=direction]', 'de-escalation');
    await act(page, () => page.click('form.filters button[type=submit]'));
    const directions = await page.locator('#alert-list .alert').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-direction')));
    expect(directions).toEqual(all.filter((a) => a.direction === 'de-escalation').map(() => 'de-escalation'));
    await eachView('#/alerts?dyad=AZE,ZZZ', 'alerts-empty', async ({ lang }) => {
      expect(await page.locator('#alerts-empty').textContent()).toBe(lang === 'en' ? 'No alerts match these filters.' : 'لا تنبيهات تطابق عوامل التصفية هذه.');
    });
  });

  it('events table shows each article title; an empty filter result says so', async () => {
    const first = (await api<{ items: StoredEvent[] }>('/api/events?limit=1')).items[0]!;
    await eachView('#/events?limit=25', 'events', async () => {
      expect(await page.locator('#events tbody tr').first().locator('.article-title').textContent()).toBe(first.article_title);
    });
    await eachView('#/events?q=qqxzzq', 'events-empty', async ({ lang }) => {
      expect(await page.locator('#events .empty').textContent()).toBe(lang === 'en' ? 'No events match these filters.' : 'لا أحداث تطابق عوامل التصفية هذه.');
      expect(await page.locator('#events .pager').count()).toBe(0);
    });
  });

  it('the actor picker suggests actors by name in either spelling and fills in the code', async () => {
    await eachView('#/events?limit=25', 'events-actor-picker', async ({ lang }) => {
      const input = page.locator('input[name=actor]');
      await input.fill(lang === 'ar' ? 'اذربيجان' : 'azer');
      const options = page.locator('[role=listbox] [role=option]');
      expect(await options.first().getAttribute('data-code')).toBe('AZE');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
    });
    await openView(page, h.base, '#/events?limit=25', VIEWS[2]!);
    await page.locator('input[name=actor]').fill('اذربيجان');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('input[name=actor]')).toBe('AZE');
    expect(await page.locator('.actor-echo').textContent()).toBe('أذربيجان');
    await act(page, () => page.click('form.filters button[type=submit]'));
    expect(page.url()).toContain('actor=AZE');
    const parties = await page.locator('#events tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td.actor-cell [data-code]')].map((x) => x.getAttribute('data-code'))));
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.every((codes) => codes.includes('AZE'))).toBe(true);
    // Clicking a suggestion picks it too (English, by a later word of the name).
    await openView(page, h.base, '#/events?limit=25', VIEWS[0]!);
    await page.locator('input[name=actor]').fill('arab');
    await page.locator('[role=option][data-code=ARE]').click();
    expect(await page.inputValue('input[name=actor]')).toBe('ARE');
  });

  it('the network draws every actor and explains red and green lines, UNK and IGO; UNK and organisations are named', async () => {
    const graph = await api<{ nodes: { actor: string }[] }>('/api/network');
    expect(graph.nodes.map((n) => n.actor)).toEqual(expect.arrayContaining(['UNK', 'IGO']));
    await eachView('#/network?actor=RUS', 'network', async ({ lang }) => {
      expect(Number(await page.locator('#network-chart').getAttribute('data-nodes'))).toBe(graph.nodes.length);
      const legend = page.locator('#network-legend li');
      expect(await legend.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(['conflict', 'cooperation', 'width', 'UNK', 'IGO']);
      expect(await legend.first().textContent()).toMatch(lang === 'en' ? /^Red line: mostly conflict/ : /^خط أحمر/);
      // Russia's adversaries include the unidentified actor, named rather than shown as a bare code.
      expect(await page.locator('#actor-panel .adversaries li .name').allTextContents()).toContain(lang === 'en' ? 'Unidentified actor' : 'طرف غير محدد');
    });
  });

  it('dyad page: week periods read as dates, and chains and events follow the chosen dates', async () => {
    await eachView('#/dyad/AZE/RUS?by=week', 'dyad-weeks', async ({ lang }) => {
      const note = (await page.locator('#range-note').textContent())!;
      expect(note).not.toMatch(/W\d{2}/);
      expect(note).toMatch(lang === 'en' ? /[A-Z][a-z]{2} \d{1,2}\s?–\s?([A-Z][a-z]{2} )?\d{1,2}, 20\d\d/ : /[\d٠-٩]{1,2}\s?–\s?[\d٠-٩]{1,2} [\u0600-\u06FF]+ [\d٠-٩]{4}|[\d٠-٩]{1,2} [\u0600-\u06FF]+\s?–\s?[\d٠-٩]{1,2} [\u0600-\u06FF]+ [\d٠-٩]{4}/);
    });
    const all = (await api<{ items: unknown[] }>('/api/chains?dyad=AZE,RUS')).items.length;
    const july = await api<{ items: { links: { date: string }[] }[] }>('/api/chains?dyad=AZE,RUS&from=2025-07-01&to=2025-07-31');
    expect(july.items.length).toBeLessThan(all);
    const events = await api<{ total: number }>('/api/events?dyad=AZE,RUS&from=2025-07-01&to=2025-07-31&limit=1');
    await eachView('#/dyad/AZE/RUS?from=2025-07-01&to=2025-07-31', 'dyad-july', async () => {
      expect(await page.locator('#chains .chain').count()).toBe(july.items.length);
      expect(await page.locator('#tension-chart canvas, #surge-chart canvas, #quad-chart canvas').count()).toBe(3);
      expect(await page.locator('#tension-chart').getAttribute('data-first')).toBe('2025-07');
      expect(Number(await page.locator('#tension-chart').getAttribute('data-periods'))).toBe(1);
      expect(await page.locator('#dyad-events .pager .range').textContent()).toMatch(new RegExp(`${Math.min(25, events.total)}\\D+${events.total}$`));
    });
    // The dates are chosen on the page itself.
    await openView(page, h.base, '#/dyad/AZE/RUS', VIEWS[0]!);
    await page.fill('.range-form input[name=from]', '2025-07-01');
    await page.fill('.range-form input[name=to]', '2025-07-31');
    await act(page, () => page.click('.range-form button[type=submit]'));
    expect(page.url()).toMatch(/from=2025-07-01&to=2025-07-31/);
    expect(await page.locator('#chains .chain').count()).toBe(july.items.length);
  });

  it('article pages fit a phone too, in both languages', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const id = h.examples.find((a) => a.lang === lang)!.id;
      await eachView(`#/article/${id}`, `article-${lang}`, async () => {
        expect(await page.locator('#article-text .hl-trigger').count()).toBeGreaterThan(0);
      });
    }
  });

  it('serves the bundle compressed: brotli to the browser, gzip or plain to clients that ask for them', async () => {
    const scripts: { url: string; encoding?: string }[] = [];
    page.on('response', (res) => {
      if (res.url().endsWith('.js')) scripts.push({ url: res.url(), encoding: res.headers()['content-encoding'] });
    });
    await page.goto('about:blank');
    await openView(page, h.base, '#/', VIEWS[0]!);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => s.encoding === 'br')).toBe(true);
    const path = new URL(scripts[0]!.url).pathname;
    const plain = await h.app.inject({ url: path, headers: { 'accept-encoding': 'identity' } });
    const gzip = await h.app.inject({ url: path, headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(gunzipSync(gzip.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});

// The dashboard in a real browser: each page renders, links lead overview → dyad → article, the language switch
// mirrors the layout, and nothing breaks the Content-Security-Policy. Screenshots go to test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { act, openRoute, shoot, startHarness, type Harness, BROWSER_SUITES } from './harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  context = await h.browser();
  page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`));
});

afterAll(async () => {
  await h?.close();
});

describe.runIf(BROWSER_SUITES)('dashboard', () => {
  it('overview shows counts, tension movers, open alerts and latest events', async () => {
    await openRoute(page, h.base, '#/');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('h1').first().textContent()).toBe('Overview');
    expect(await page.locator('#movers li').count()).toBeGreaterThan(0);
    expect(await page.locator('#alerts li').count()).toBeGreaterThan(0);
    expect(await page.locator('#latest tbody tr').count()).toBe(10);
    await shoot(page, 'overview-en');
  });

  it('clicking a mover opens its dyad page with two charts, chains and events', async () => {
    await act(page, () => page.locator('#movers li a').first().click());
    expect(page.url()).toMatch(/#\/dyad\/[A-Z]{3}\/[A-Z]{3}$/);
    const [, a, b] = /#\/dyad\/([A-Z]{3})\/([A-Z]{3})$/.exec(page.url())!;
    const names = (await h.app.inject(`/api/actors?codes=${a},${b}`)).json().items.map((x: { name: { en: string } }) => x.name.en);
    expect(await page.locator('h1').textContent()).toBe(`Relations: ${names[0]} and ${names[1]} ${a}–${b}`);
    expect(await page.locator('#tension-chart canvas').count()).toBe(1);
    expect(await page.locator('#quad-chart canvas').count()).toBe(1);
    expect(await page.locator('#chains .chain').count()).toBeGreaterThan(0);
    expect(await page.locator('#dyad-events tbody tr').count()).toBeGreaterThan(0);
    await shoot(page, 'dyad-en');
  });

  it('clicking an event opens its article with highlights and a trigger tooltip', async () => {
    await act(page, () => page.locator('#dyad-events tbody tr a[href^="#/article/"]').first().click());
    expect(page.url()).toMatch(/#\/article\//);
    const text = page.locator('#article-text');
    for (const kind of ['actor', 'date', 'trigger']) expect(await text.locator(`.hl-${kind}`).count()).toBeGreaterThan(0);
    const trigger = text.locator('.hl-trigger').first();
    await trigger.hover();
    const tip = page.locator('#event-tooltip');
    await tip.waitFor({ state: 'visible' });
    const code = await trigger.getAttribute('data-cameo');
    expect(await tip.textContent()).toContain(code!);
    expect(await tip.textContent()).toMatch(/Rule.*fixture\./);
    await shoot(page, 'article-en');
  });

  it('shows pipeline-coded example articles with their highlights, in both languages', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const coded: { id: string; events: number }[] = [];
      for (const a of h.examples.filter((x) => x.lang === lang)) {
        coded.push({ id: a.id, events: (await h.app.inject(`/api/articles/${a.id}`)).json().events.length });
      }
      const best = coded.sort((x, y) => y.events - x.events)[0]!;
      await openRoute(page, h.base, `#/article/${best.id}`);
      expect(await page.locator('#article-text').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('#article-text .hl-actor').count()).toBeGreaterThan(0);
      expect(best.events).toBeGreaterThan(0);
      expect(await page.locator('#article-text .hl-trigger').count()).toBeGreaterThan(0);
      await shoot(page, `article-pipeline-${lang}`);
    }
  });

  it('events explorer filters by QuadClass, sorts and pages on the server', async () => {
    const total = (await h.app.inject('/api/events?limit=1')).json().total as number;
    expect(total).toBeGreaterThan(15);
    await openRoute(page, h.base, '#/events?limit=25');
    expect(await page.locator('.pager .range').textContent()).toBe(`1–${Math.min(25, total)} of ${total}`);
    await page.selectOption('select[name=quad]', '4');
    await act(page, () => page.click('form.filters button[type=submit]'));
    const quads = await page.locator('#events tbody .quad').evaluateAll((els) => els.map((e) => e.className));
    expect(quads.length).toBeGreaterThan(0);
    expect(quads.every((c) => c.includes('quad-4'))).toBe(true);
    await act(page, () => page.click('th button:has-text("Goldstein")'));
    expect(page.url()).toContain('sort=goldstein');
    await openRoute(page, h.base, '#/events?limit=5&offset=5');
    expect(await page.locator('.pager .range').textContent()).toBe(`6–10 of ${total}`);
    await act(page, () => page.click('.pager .next'));
    expect(await page.locator('.pager .range').textContent()).toBe(`11–15 of ${total}`);
    await shoot(page, 'events-en');
  });

  it('network page draws the graph and lists partners and adversaries of an actor', async () => {
    await openRoute(page, h.base, '#/network?actor=AZE');
    expect(await page.locator('#network-chart canvas').count()).toBe(1);
    const panel = page.locator('#actor-panel');
    expect(await panel.locator('h2').getAttribute('data-code')).toBe('AZE');
    expect(await panel.locator('h2').textContent()).toBe('Azerbaijan AZE');
    expect(await panel.locator('.partners li').count()).toBeGreaterThan(0);
    expect(await panel.locator('.adversaries li').count()).toBeGreaterThan(0);
    await shoot(page, 'network-en');
  });

  it('the language switch turns the whole interface Arabic and right-to-left, and back', async () => {
    await openRoute(page, h.base, '#/');
    await act(page, () => page.click('#lang-switch'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('nav a[data-page=overview]').textContent()).toBe('نظرة عامة');
    expect(await page.locator('h1').first().textContent()).toBe('نظرة عامة');
    expect(await page.locator('#latest th').first().textContent()).toBe('التاريخ');
    // Table cells align to the start, which is the right edge in RTL.
    const align = await page.locator('#latest td').first().evaluate((td) => getComputedStyle(td).textAlign);
    expect(['start', 'right']).toContain(align);
    await shoot(page, 'overview-ar');
    await openRoute(page, h.base, '#/dyad/AZE/RUS');
    expect(await page.locator('h1').textContent()).toBe('العلاقات بين أذربيجان وروسيا AZE–RUS');
    await shoot(page, 'dyad-ar');
    await openRoute(page, h.base, '#/article/fx-culture-july');
    expect(await page.locator('#article-text').getAttribute('dir')).toBe('rtl');
    await shoot(page, 'article-ar');
    await openRoute(page, h.base, '#/events');
    await shoot(page, 'events-ar');
    await openRoute(page, h.base, '#/network?actor=RUS');
    await shoot(page, 'network-ar');
    await act(page, () => page.click('#lang-switch'));
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('nav a[data-page=overview]').textContent()).toBe('Overview');
  });

  it('the Arabic font is bundled and served by the same server', async () => {
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.includes('Noto Naskh Arabic')).map((f) => f.status);
    });
    expect(fonts.length).toBeGreaterThan(0);
  });

  it('no page raised an error, broke the CSP or fetched from elsewhere', () => {
    expect(problems).toEqual([]);
  });
});

// What an Arabic-speaking analyst sees: Arabic CAMEO names and actor names on the dyad page, the chart opening on the
// latest activity (not on one 2020 report years earlier) with a control for the full history, and dates typed and shown in Arabic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { act, BROWSER_SUITES, collectPageErrors, type Harness, openRoute, shoot, startHarness, TOKEN } from './harness.ts';

let h: Harness;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  // One report from 2020, long before the 2025 fixture events between the same two states.
  const res = await fetch(`${h.base}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      id: 'old-2020', lang: 'en', outlet: 'Archive Desk', published: '2020-03-04',
      text: 'Russia condemned Azerbaijan on Wednesday over the detention of two Russian journalists in Baku.',
    }),
  });
  expect(res.status).toBe(201);
  context = await h.browser();
  await context.addInitScript(() => localStorage.setItem('marsad.lang', 'ar'));
  page = await context.newPage();
  collectPageErrors(page, problems);
});

afterAll(async () => {
  await h?.close();
});

describe.runIf(BROWSER_SUITES)('Arabic dyad page', () => {
  it('the 2020 report was coded for the dyad, so the history really starts years before the 2025 events', async () => {
    const old = (await h.app.inject('/api/events?dyad=AZE,RUS&to=2020-12-31')).json();
    expect(old.total).toBeGreaterThan(0);
    const series = (await h.app.inject('/api/dyads/AZE/RUS/series?by=month')).json();
    expect(series.points[0].period).toBe('2020-03');
  });

  it('titles the page with the actor names, codes beside them', async () => {
    await openRoute(page, h.base, '#/dyad/AZE/RUS');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('العلاقات بين أذربيجان وروسيا AZE–RUS');
    expect(await page.locator('#dyad-events h2').textContent()).toBe('الأحداث بين أذربيجان وروسيا');
  });

  it('shows CAMEO names in Arabic in the events table and the chains', async () => {
    const row = page.locator('#dyad-events tbody tr', { has: page.locator('.code', { hasText: /^173$/ }) }).first();
    expect(await row.locator('.cameo-name').textContent()).toBe('اعتقال أو احتجاز أو ملاحقة قضائية');
    expect(await row.locator('td.actor-cell .name').allTextContents()).toEqual(['روسيا', 'أذربيجان']);
    expect(await row.locator('td.actor-cell .code').allTextContents()).toEqual(['RUS', 'AZE']);
    const names = await page.locator('#dyad-events .cameo-name').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => /[A-Za-z]/.test(n))).toEqual([]);
    const chain = await page.locator('#chains .chain').first().textContent();
    expect(chain).toMatch(/روسيا|أذربيجان/);
    expect(await page.locator('#chains .chain-event').first().textContent()).toMatch(/^\d{3,4} [\u0600-\u06FF]/);
  });

  it('opens the charts on the latest activity and shows the full history on request', async () => {
    const chart = page.locator('#tension-chart');
    const all = (await h.app.inject('/api/dyads/AZE/RUS/series?by=month')).json().points as { period: string; total: number }[];
    const first = (await chart.getAttribute('data-first'))!;
    expect(first >= '2021').toBe(true);
    // The window starts on a period with events and leaves out the 2020 report and the empty years after it.
    expect(all.find((p) => p.period === first)!.total).toBeGreaterThan(0);
    expect(Number(await chart.getAttribute('data-periods'))).toBe(all.length - all.findIndex((p) => p.period === first));
    expect(Number(await chart.getAttribute('data-periods'))).toBeLessThan(all.length - 40);
    expect(await page.locator('#range-note').textContent()).toContain('أُخفي ما قبله');
    // The events listed follow the window: the 2020 report is left out until the full history is shown.
    const total = async (query: string) => (await h.app.inject(`/api/events?dyad=AZE,RUS&limit=1${query}`)).json().total as number;
    const listed = async () => Number((await page.locator('#dyad-events .pager .range').textContent())!.split(' ').pop());
    expect(await total(`&from=${first}`)).toBeLessThan(await total(''));
    expect(await listed()).toBe(await total(`&from=${first}`));
    await shoot(page, 'dyad-ar-recent');
    await act(page, () => page.click('#range-toggle'));
    expect(page.url()).toContain('range=all');
    expect(await chart.getAttribute('data-first')).toBe('2020-03');
    expect(Number(await chart.getAttribute('data-periods'))).toBe(all.length);
    expect(await listed()).toBe(await total(''));
    expect(await page.locator('#range-toggle').textContent()).toBe('عرض النشاط الأخير');
    await shoot(page, 'dyad-ar-full');
    await act(page, () => page.click('#range-toggle'));
    expect(page.url()).not.toContain('range=all');
  });

  it('takes dates typed with Arabic-Indic digits and echoes them in Arabic', async () => {
    await openRoute(page, h.base, '#/events?limit=25');
    expect(await page.locator('.pager .range').textContent()).toMatch(/^1–25 من \d+$/);
    await page.fill('input[name=from]', '٢٠٢٥-٠٧-٠١');
    expect(await page.inputValue('input[name=from]')).toBe('2025-07-01');
    expect(await page.locator('input[name=from] + .date-echo').textContent()).toMatch(/يوليو|تموز/);
    await act(page, () => page.click('form.filters button[type=submit]'));
    expect(page.url()).toContain('from=2025-07-01');
    const dates = await page.locator('#events td.date').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => /[\u0600-\u06FF]/.test(d))).toBe(true);
    await shoot(page, 'events-ar-dates');
  });

  it('labels the network with actor names and their codes', async () => {
    await openRoute(page, h.base, '#/network?actor=RUS');
    expect(await page.locator('#actor-panel h2').textContent()).toBe('روسيا RUS');
    expect(await page.locator('#actor-panel li .name').allTextContents()).toContain('أذربيجان');
    await shoot(page, 'network-ar-names');
  });

  it('raised no page errors', () => {
    expect(problems).toEqual([]);
  });
});

// Article text is untrusted: an article full of markup, ingested through the API and coded by the real pipeline,
// must show literally on its article page and run nothing (checked with the CSP off, so the DOM code alone is tested).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TOKEN, openRoute, shoot, startHarness, type Harness, BROWSER_SUITES } from './harness.ts';

const TITLE = `<img src=x onerror="window.__marsadPwned='title'"> Baku protest <b>bold</b>`;
const TEXT = [
  `Officials in Baku said on Monday <script>window.__marsadPwned='script'</script> that Russia had condemned the talks.`,
  `<img src="x" onerror="window.__marsadPwned='img'; alert(1)"> Azerbaijan rejected the claim on Tuesday.`,
  `<svg onload="window.__marsadPwned='svg'"></svg><iframe srcdoc="<script>parent.__marsadPwned='iframe'</script>"></iframe>`,
  `"><script>alert(document.domain)</script> <a href="javascript:window.__marsadPwned='link'">details</a> &lt;b&gt;escaped&lt;/b&gt;`,
].join('\n');

let h: Harness;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  context = await h.browser({ bypassCSP: true });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await h?.close();
});

describe.runIf(BROWSER_SUITES)('untrusted article text', () => {
  it('is stored through POST /api/articles and shown literally, with nothing executed', async () => {
    const res = await fetch(`${h.base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ id: 'xss-1', title: TITLE, text: TEXT, lang: 'en', published: '2025-07-10', outlet: '<i>Outlet</i>', url: 'javascript:alert(2)' }),
    });
    expect(res.status).toBe(201);
    await openRoute(page, h.base, '#/article/xss-1');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __marsadPwned?: string }).__marsadPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('#article-text').textContent()).toBe(TEXT);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('main').textContent()).toContain('<i>Outlet</i>');
    const tags = await page.locator('#article-text *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags.filter((tag) => tag !== 'SPAN')).toEqual([]);
    expect(await page.locator('main img, main script, main svg, main iframe, main b, main i').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await shoot(page, 'article-untrusted');
  });

  it('shows literally in the events explorer and overview too', async () => {
    await openRoute(page, h.base, '#/events?q=script');
    await openRoute(page, h.base, '#/');
    expect(await page.evaluate(() => (window as unknown as { __marsadPwned?: string }).__marsadPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('main img, main script, main svg, main iframe').count()).toBe(0);
  });
});

// Browser-test harness: builds the dashboard, serves it over a temp PGlite store, and drives Debian's chromium.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/index.ts';
import { fixtureStore, type FixtureStore } from '../../src/serve/fixture-docs.ts';
import { readArticleFile } from '../../src/ingest/text-file.ts';
import type { Article } from '../../src/doc.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(REPO, 'test-artifacts', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser suites run wherever chromium is installed, and always in CI (where a missing browser fails them).
 * On a developer machine without it they are skipped with a note, so `npm test` still passes there.
 */
export const BROWSER_SUITES = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!BROWSER_SUITES) console.warn(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
export const TOKEN = 'browser-test-token';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface Harness {
  base: string;
  app: FastifyInstance;
  fixture: FixtureStore;
  /** The examples/ articles ingested through POST /api/articles (coded by the real pipeline). */
  examples: Article[];
  /** A fresh browser profile; `bypassCSP` turns the server's Content-Security-Policy off (to test the DOM code alone). */
  browser(options?: { bypassCSP?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Build the dashboard into a temp folder (so a stale dashboard/dist never hides a change). */
async function buildDashboard(outDir: string): Promise<void> {
  await build({ configFile: join(REPO, 'dashboard', 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export interface HarnessOptions {
  /** Store the hand-written fixture articles first (default true). */
  fixtures?: boolean;
  /** How many example articles per language to ingest (default 3), or all of them. */
  examples?: number | 'all';
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`browser tests need chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const work = mkdtempSync(join(tmpdir(), 'marsad-browser-'));
  const dashboardDir = join(work, 'dist');
  await buildDashboard(dashboardDir);
  const fixture = await fixtureStore(options.fixtures === false ? [] : undefined);
  const app = await buildServer({ store: fixture.store, token: TOKEN, dashboardDir });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const examples = await ingestExamples(base, options.examples === 'all' ? Infinity : options.examples ?? 3);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    base,
    app,
    fixture,
    examples,
    async browser(options = {}) {
      const profile = mkdtempSync(join(work, 'profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: FLAGS,
        viewport: { width: 1280, height: 900 },
        bypassCSP: options.bypassCSP ?? false,
        locale: 'en-US',
      });
      contexts.push(context);
      return context;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await app.close();
      await fixture.dispose();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** The first few (or all) Arabic and English example articles, posted in one batch so the server's pipeline codes them. */
async function ingestExamples(base: string, perLanguage = 3): Promise<Article[]> {
  const dir = join(REPO, 'examples');
  const files = readdirSync(dir).filter((f) => /\.(ar|en)\.txt$/.test(f)).sort();
  const pick = [...files.filter((f) => f.includes('.ar.')).slice(0, perLanguage), ...files.filter((f) => f.includes('.en.')).slice(0, perLanguage)];
  const articles = pick.flatMap((f) => readArticleFile(join(dir, f)));
  const res = await fetch(`${base}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles }),
  });
  if (res.status !== 201) throw new Error(`ingesting examples answered ${res.status}: ${await res.text()}`);
  return articles;
}

/** Open a route and wait until the page has rendered (main loses aria-busy). */
/** Collect the page's uncaught errors and console errors into `problems` (a test asserts it stays empty). */
export function collectPageErrors(page: Page, problems: string[]): void {
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
}

export async function openRoute(page: Page, base: string, hash: string): Promise<void> {
  const before = await page.evaluate(() => document.body?.dataset.ready ?? '').catch(() => '');
  if (page.url().startsWith(base)) await page.evaluate((h) => { location.hash = h; }, hash);
  else await page.goto(`${base}/${hash}`);
  await settle(page, before);
}

/** Wait for the render that follows an action (navigation, click, language switch). */
export async function settle(page: Page, before = ''): Promise<void> {
  await page.waitForFunction((prev) => {
    const ready = document.body?.dataset.ready;
    return !!ready && ready !== prev && !document.querySelector('main[aria-busy]');
  }, before);
}

/** Run an action that triggers a render (a click on a link, the language switch) and wait for it. */
export async function act(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => document.body?.dataset.ready ?? '');
  await action();
  await settle(page, before);
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The two interface languages at a desktop and a phone width: every dashboard view is checked and shot in each. */
export const VIEWS = (['en', 'ar'] as const).flatMap((lang) => ([1440, 390] as const).map((width) => ({ lang, width })));
export type View = (typeof VIEWS)[number];

/** Load a route afresh in the view's language and width (the language is read when the page loads). */
export async function openView(page: Page, base: string, hash: string, view: View): Promise<void> {
  await page.setViewportSize({ width: view.width, height: 900 });
  if (!page.url().startsWith(base)) await page.goto(`${base}/#/`);
  await page.evaluate((lang) => localStorage.setItem('marsad.lang', lang), view.lang);
  await page.goto('about:blank');
  await page.goto(`${base}/${hash}`);
  await settle(page);
}

/** How far the page reaches past the viewport's width (0 when nothing makes the reader scroll sideways). */
export async function sideOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

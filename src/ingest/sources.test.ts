import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expandInputs, readSource } from './sources.ts';
import type { Article } from '../doc.ts';
import { InputError } from '../errors.ts';

const ARABIC = 'استدعت وزارة الخارجية الأذربيجانية القائم بالأعمال الروسي احتجاجاً على مداهمات يكاترينبورغ.';

async function readAll(path: string): Promise<(Article | InputError)[]> {
  const out: (Article | InputError)[] = [];
  for (const s of expandInputs([path])) for await (const a of readSource(s)) out.push(a instanceof InputError ? a : a.article);
  return out;
}

let dir: string;
let server: Server;
let base: string;
/** Bytes each oversized route wrote before the client hung up (-1 while it holds on). */
const sent = new Map<string, number>();
const MB = 1024 * 1024;

/** Write up to `total` bytes of HTML in 64 KB chunks, then hold the connection open without ending it. */
function oversized(route: string, res: import('node:http').ServerResponse, total: number) {
  const chunk = Buffer.alloc(64 * 1024, '<p>Azerbaijan summoned the Russian envoy.</p>\n');
  let written = 0;
  sent.set(route, -1);
  res.on('close', () => sent.set(route, written));
  const more = () => {
    while (written < total && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
  };
  res.write('<!doctype html><html><body><article>');
  more();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-src-'));
  server = createServer((req, res) => {
    if (req.url === '/story-1') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="en"><head><title>Story</title>
        <meta property="og:site_name" content="Caspian Wire"><meta property="article:published_time" content="2025-07-01T09:00:00Z"></head>
        <body><nav>Home | World</nav><article><h1>Baku detains Russian IT workers</h1>
        <p>Azerbaijani police detained eight Russian citizens in Baku on Monday, accusing them of drug trafficking and cybercrime.</p>
        <p>Russia's foreign ministry said it had summoned the Azerbaijani ambassador to protest the arrests, which it called unjustified.</p>
        <p>The detentions came days after two Azerbaijani brothers died during police raids in Yekaterinburg.</p></article>
        <footer>Copyright</footer></body></html>`);
    } else if (req.url === '/news/feed.rss') {
      // Links relative to the feed's own URL, as some outlets write them.
      res.setHeader('content-type', 'application/rss+xml');
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Root-relative</title><link>/story-1</link><description>Short teaser.</description></item>
        <item><title>Path-relative</title><link>../story-1</link><description>Another teaser.</description></item></channel></rss>`);
    } else if (req.url === '/endless' || req.url === '/endless-item') {
      res.setHeader('content-type', 'text/html');
      oversized(req.url, res, 16 * MB);
    } else if (req.url === '/declared') {
      res.setHeader('content-type', 'text/html');
      res.setHeader('content-length', String(600 * MB));
      oversized(req.url, res, MB);
    } else {
      res.statusCode = 404;
      res.end('missing');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

describe('encodings', () => {
  it('reads a windows-1256 Arabic article file with its title', async () => {
    const file = join(dir, 'legacy.txt');
    writeFileSync(file, iconv.encode(`عنوان الخبر\n\n${ARABIC}\n`, 'windows-1256'));
    const [a] = (await readAll(file)) as Article[];
    expect(a!.title).toBe('عنوان الخبر');
    expect(a!.text).toBe(ARABIC);
  });
});

describe('input kinds', () => {
  it('walks folders recursively, skipping hidden entries, READMEs and non-article files', () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'T\n\nBody.');
    writeFileSync(join(root, 'sub', 'deeper', 'b.json'), '{"text":"Body."}');
    writeFileSync(join(root, '.git', 'c.txt'), 'T\n\nBody.');
    writeFileSync(join(root, 'photo.jpg'), 'x');
    writeFileSync(join(root, 'README.md'), '# About this folder');
    const files = expandInputs([root]).map((s) => (s.kind === 'file' ? s.path.slice(root.length) : s.kind));
    expect(files).toEqual(['/a.txt', '/sub/deeper/b.json']);
  });

  it('reads an HTML page: main text without navigation, title, date and outlet from meta tags', async () => {
    const file = join(dir, 'page.html');
    const html = await (await fetch(`${base}/story-1`)).text();
    writeFileSync(file, html);
    const [a] = (await readAll(file)) as Article[];
    expect(a!.published).toBe('2025-07-01');
    expect(a!.outlet).toBe('Caspian Wire');
    expect(a!.lang).toBe('en');
    expect(a!.text).toContain('Azerbaijani police detained eight Russian citizens');
    expect(a!.text).not.toContain('Copyright');
    expect(a!.text.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it('reads JSON-LD when meta tags are missing', async () => {
    const file = join(dir, 'ld.html');
    writeFileSync(
      file,
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ankara reacts","datePublished":"2025-05-03","publisher":{"@type":"Organization","name":"Bosphorus Daily"}}</script></head>
       <body><article><p>Turkey suspended all trade with Israel on Thursday, the trade ministry said in a statement, citing the war in Gaza and the humanitarian situation.</p><p>Officials said the measure would stay until a permanent ceasefire.</p></article></body></html>`,
    );
    const [a] = (await readAll(file)) as Article[];
    expect(a).toMatchObject({ title: 'Ankara reacts', published: '2025-05-03', outlet: 'Bosphorus Daily' });
  });

  it('reads an RSS feed, fetching the page of an item that holds only a summary', async () => {
    const file = join(dir, 'feed.rss');
    const long = 'The Russian foreign ministry summoned the Azerbaijani ambassador on Tuesday. '.repeat(10);
    writeFileSync(
      file,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
       <item><title>Full item</title><link>https://news.example/full</link><pubDate>Tue, 01 Jul 2025 10:00:00 GMT</pubDate><description><![CDATA[<p>${long}</p>]]></description></item>
       <item><title>Summary item</title><link>${base}/story-1</link><pubDate>Mon, 30 Jun 2025 08:00:00 GMT</pubDate><description>Short teaser.</description></item>
       </channel></rss>`,
    );
    const items = (await readAll(file)) as Article[];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ title: 'Full item', published: '2025-07-01', url: 'https://news.example/full', outlet: 'news.example' });
    expect(items[1]!.title).toBe('Summary item');
    expect(items[1]!.published).toBe('2025-06-30');
    expect(items[1]!.text).toContain('detained eight Russian citizens');
  });

  it('fetches the pages of a fetched feed\'s items whose links are relative to the feed', async () => {
    const items = await readAll(`${base}/news/feed.rss`);
    expect(items.map((a) => (a instanceof InputError ? a.message : a.url))).toEqual([`${base}/story-1`, `${base}/story-1`]);
    expect((items[0] as Article).text).toContain('detained eight Russian citizens');
  });

  it('reads an Atom feed', async () => {
    const file = join(dir, 'feed.atom');
    const body = 'قالت وزارة الخارجية الروسية إنها استدعت السفير الأذربيجاني في موسكو للاحتجاج على اعتقال مواطنين روس في باكو. '.repeat(6);
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
       <entry><title>خبر</title><link rel="alternate" href="https://ar.example/1"/><published>2025-07-02T06:00:00Z</published><content type="html">&lt;p&gt;${body}&lt;/p&gt;</content></entry></feed>`,
    );
    const [a] = (await readAll(file)) as Article[];
    expect(a).toMatchObject({ title: 'خبر', published: '2025-07-02', url: 'https://ar.example/1' });
    expect(a!.text).toContain('استدعت السفير');
  });

  it('reads JSON Lines, reporting a bad line by number and keeping the good ones', async () => {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, '{"id":"j1","text":"One.","published":"2025-01-01"}\nnot json\n{"id":"j3","text":"Three."}\n');
    const items = await readAll(file);
    expect(items.filter((i) => !(i instanceof InputError)).map((a) => (a as Article).id)).toEqual(['j1', 'j3']);
    const bad = items.find((i) => i instanceof InputError) as InputError;
    expect(bad.message).toMatch(/batch\.jsonl \(line 2\): is not valid JSON/);
  });

  it('reports an unreachable feed page as a failure of that item, naming its URL', async () => {
    const file = join(dir, 'broken.rss');
    writeFileSync(file, `<rss><channel><item><title>x</title><link>${base}/gone</link><description>teaser</description></item></channel></rss>`);
    const [err] = await readAll(file);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toContain(`${base}/gone: answered HTTP 404`);
  });
});

describe('pages over the size limit', () => {
  // [route, what the failure says]: reading stops at the 8 MB cap (or at once, for a declared size over it).
  const cases: [string, RegExp][] = [
    ['/endless', /^http:\/\/127\.0\.0\.1:\d+\/endless: sent more than 8 MB, the limit for a page; reading stopped there$/],
    ['/declared', /^http:\/\/127\.0\.0\.1:\d+\/declared: sent more than 8 MB, the limit for a page; reading stopped there$/],
  ];
  it.each(cases)('%s fails by URL, having read no more than the cap', async (route, reason) => {
    const started = performance.now();
    const [err] = await readAll(`${base}${route}`);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(reason);
    // The server holds the connection open: only a client that stops reading gets here, long before the 20 s timeout.
    expect(performance.now() - started).toBeLessThan(15_000);
    await vi.waitFor(() => expect(sent.get(route)).toBeGreaterThanOrEqual(0));
    expect(sent.get(route)).toBeLessThan(16 * MB);
  }, 60_000);

  it('fails only the feed item whose page is too large; the others are read', async () => {
    const file = join(dir, 'big-item.rss');
    const long = 'The Russian foreign ministry summoned the Azerbaijani ambassador on Tuesday. '.repeat(10);
    writeFileSync(
      file,
      `<rss version="2.0"><channel><title>Wire</title>
       <item><title>Full item</title><link>https://news.example/full</link><description>${long}</description></item>
       <item><title>Huge page</title><link>${base}/endless-item</link><description>teaser</description></item>
       <item><title>Summary item</title><link>${base}/story-1</link><description>Short teaser.</description></item>
       </channel></rss>`,
    );
    const items = await readAll(file);
    expect(items.map((i) => (i instanceof InputError ? i.message : i.title))).toEqual([
      'Full item',
      `${base}/endless-item: sent more than 8 MB, the limit for a page; reading stopped there`,
      'Summary item',
    ]);
  }, 60_000);
});

// A local feed server for the watch tests: an RSS feed whose items change between polls (with ETag and
// Last-Modified), story pages, a feed that fails with 500, one that never answers in time, and a webhook receiver.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Story {
  id: string;
  title: string;
  text: string;
  published: string;
}

/** Articles written for these tests: cooperation between Azerbaijan and Russia until June 2025, then a month of conflict. */
export const HISTORY: Story[] = [
  { id: 'h1', title: 'Trade deal', text: 'Russia and Azerbaijan signed a trade agreement in Baku on Monday, officials said.', published: '2025-03-10' },
  { id: 'h2', title: 'Praise', text: 'Azerbaijan praised Russia for its help with the harvest on Tuesday.', published: '2025-04-08' },
  { id: 'h3', title: 'Visit', text: 'The Russian foreign minister visited Azerbaijan on Wednesday and met President Aliyev.', published: '2025-05-14' },
  { id: 'h4', title: 'Aid', text: 'Russia promised economic aid to Azerbaijan on Thursday.', published: '2025-06-12' },
];
export const CONFLICT: Story[] = [
  { id: 'n1', title: 'Arrests', text: 'Azerbaijani police arrested two Russian journalists in Baku on Monday.', published: '2025-07-07' },
  { id: 'n2', title: 'Condemnation', text: 'Russia condemned Azerbaijan on Tuesday over the arrests.', published: '2025-07-08' },
  { id: 'n3', title: 'Expulsion', text: 'Azerbaijan expelled three Russian diplomats on Wednesday.', published: '2025-07-09' },
  { id: 'n4', title: 'Threat', text: 'Russia threatened Azerbaijan with sanctions on Thursday.', published: '2025-07-10' },
];
/** What the failing feed serves once it recovers. */
export const RECOVERED: Story = { id: 'f1', title: 'Talks', text: 'Turkey praised Georgia for the new railway on Friday.', published: '2025-07-11' };

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface FeedServer {
  base: string;
  /** The stories of /news.rss now; change it between polls. */
  news: Story[];
  /** Requests /flaky.rss answers with 500 before it serves RECOVERED. */
  flakyFailures: number;
  /** Requests each path received, with the validators they sent. */
  requests: { path: string; ifNoneMatch: string | null; ifModifiedSince: string | null }[];
  /** Webhook POSTs: the status answered and the JSON received; the first `hookFailures` get 503. */
  hookFailures: number;
  hooks: { status: number; body: Record<string, any> }[];
  close(): Promise<void>;
}

function rss(base: string, stories: Story[]): string {
  const items = stories.map((s) => `<item><title>${escape(s.title)}</title><link>${base}/story/${s.id}.html</link>
    <guid>${base}/story/${s.id}.html</guid><pubDate>${new Date(`${s.published}T09:00:00Z`).toUTCString()}</pubDate>
    <description>${escape(s.text)}</description></item>`);
  // A broken item in every version: no text and no link.
  items.push('<item><title>Photo gallery</title></item>');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Caspian Wire</title>${items.join('')}</channel></rss>`;
}

function page(s: Story): string {
  return `<!doctype html><html lang="en"><head><title>${escape(s.title)}</title></head>
    <body><article><h1>${escape(s.title)}</h1><p>${escape(s.text)}</p></article></body></html>`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
  });
}

/** Start the server on a free loopback port. */
export async function startFeedServer(): Promise<FeedServer> {
  const all = new Map([...HISTORY, ...CONFLICT, RECOVERED].map((s) => [s.id, s]));
  let flakyCalls = 0;
  const timers = new Set<NodeJS.Timeout>();
  const state = { news: [] as Story[], flakyFailures: 0, requests: [] as FeedServer['requests'], hookFailures: 0, hooks: [] as FeedServer['hooks'] };
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    state.requests.push({ path, ifNoneMatch: req.headers['if-none-match'] ?? null, ifModifiedSince: req.headers['if-modified-since'] ?? null });
    if (path === '/news.rss') {
      const xml = rss(base, state.news);
      const etag = `"${state.news.map((s) => s.id).join('-')}"`;
      const modified = new Date(Date.UTC(2025, 6, state.news.length)).toUTCString();
      if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'last-modified': modified }).end(xml);
    }
    if (path === '/flaky.rss') {
      if (++flakyCalls <= state.flakyFailures) return res.writeHead(500).end('internal error');
      return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base, [RECOVERED]));
    }
    if (path === '/slow.rss') {
      // Answers long after any watch timeout in these tests.
      const timer = setTimeout(() => res.writeHead(200).end(rss(base, [])), 5000);
      timers.add(timer);
      return;
    }
    const story = /^\/story\/(\w+)\.html$/.exec(path);
    if (story && all.has(story[1]!)) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(all.get(story[1]!)!));
    if (path === '/hook' && req.method === 'POST') {
      const json = JSON.parse(await body(req)) as Record<string, any>;
      const status = state.hooks.length < state.hookFailures ? 503 : 200;
      state.hooks.push({ status, body: json });
      return res.writeHead(status).end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    base,
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

// The watch's small parts as tables: the feed list, durations, backoff, and the cycle's summary line.
import { describe, expect, it } from 'vitest';
import { parseFeedList } from './feed-list.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { backoffMs, freshState, isDue } from './feed-state.ts';
import { formatCycle } from './report.ts';
import type { CycleSummary } from './index.ts';

describe('parseFeedList', () => {
  it('reads URLs and files with optional lang and outlet, skipping comments and blank lines', () => {
    const list = parseFeedList([
      '# Arabic and English feeds',
      'https://example.org/rss.xml lang=ar outlet="Al Example"',
      '',
      'https://news.example/feed#top   # the fragment stays, the comment goes',
      'feeds/local.xml lang=en',
    ].join('\n'), 'feeds.txt');
    expect(list.errors).toEqual([]);
    expect(list.feeds).toEqual([
      { url: 'https://example.org/rss.xml', lang: 'ar', outlet: 'Al Example' },
      { url: 'https://news.example/feed#top' },
      { url: 'feeds/local.xml', lang: 'en' },
    ]);
  });

  it.each([
    ['https://a.example/rss lang=fr', 'feeds.txt (line 1): lang must be ar or en, found "fr"'],
    ['https://a.example/rss region=gulf', 'feeds.txt (line 1): unknown field "region" (expected lang or outlet)'],
    ['ftp://a.example/rss', 'feeds.txt (line 1): expected an http(s) URL or a file, found "ftp://a.example/rss"'],
    ['https://a.example/rss outlet', 'feeds.txt (line 1): expected key=value after the URL, found "outlet"'],
  ])('names the file and line of %s and keeps the other lines', (line, message) => {
    const list = parseFeedList(`${line}\nhttps://ok.example/rss\n`, 'feeds.txt');
    expect(list.errors.map((e) => e.message)).toEqual([message]);
    expect(list.feeds).toEqual([{ url: 'https://ok.example/rss' }]);
  });

  it('reports a feed listed twice', () => {
    const list = parseFeedList('https://a.example/rss\nhttps://a.example/rss lang=en\n', 'f.txt');
    expect(list.feeds).toHaveLength(1);
    expect(list.errors[0]!.message).toBe('f.txt (line 2): lists https://a.example/rss a second time');
  });
});

describe('durations', () => {
  it.each([['500ms', 500], ['30s', 30_000], ['15m', 900_000], ['1.5h', 5_400_000], ['1d', 86_400_000]])('reads %s', (text, ms) => {
    expect(parseDuration(text, '--every')).toBe(ms);
  });

  it.each(['15', '0m', '-5m', 'soon'])('refuses %s, naming the flag', (text) => {
    expect(() => parseDuration(text, '--every')).toThrow(`--every: expected a duration such as 30s, 15m or 2h, got "${text}"`);
  });

  it('writes a duration short', () => {
    expect([900_000, 400, 5_400_000].map(formatDuration)).toEqual(['15m', '400ms', '1.5h']);
  });
});

describe('backoffMs', () => {
  it.each([[1, 1_800_000], [2, 3_600_000], [3, 7_200_000], [4, 14_400_000], [5, 21_600_000], [9, 21_600_000]])(
    'waits every × 2^failures, capped: %i failures of a 15m feed wait %i ms', (failures, ms) => {
      expect(backoffMs(failures, 900_000, 21_600_000)).toBe(ms);
    });

  it('never waits less than the interval, whatever the cap', () => {
    expect(backoffMs(3, 900_000, 60_000)).toBe(900_000);
  });
});

describe('isDue', () => {
  const at = Date.parse('2026-01-01T12:00:00.000Z');
  const state = (lastPoll: string | null, failures: number, nextPoll: string | null) => ({ ...freshState('u'), lastPoll, failures, nextPoll });
  it.each([
    ['a feed never polled', state(null, 0, null), true],
    ['a healthy feed polled one interval ago', state('2026-01-01T11:45:00.000Z', 0, '2026-01-01T12:00:00.000Z'), true],
    ['a healthy feed polled lately', state('2026-01-01T11:50:00.000Z', 0, '2026-01-01T12:05:00.000Z'), false],
    ['a healthy feed polled a little less than one interval ago (cron starting early)', state('2026-01-01T11:45:30.000Z', 0, null), true],
    // A previous run with a longer interval set a later next poll: this run's interval decides.
    ['a healthy feed whose recorded next poll came from a longer interval', state('2026-01-01T11:45:00.000Z', 0, '2026-01-01T13:45:00.000Z'), true],
    ['a failing feed inside its backoff', state('2026-01-01T11:45:00.000Z', 2, '2026-01-01T12:45:00.000Z'), false],
    ['a failing feed at the end of its backoff', state('2026-01-01T11:00:00.000Z', 2, '2026-01-01T12:00:00.000Z'), true],
  ])('%s', (_name, s, due) => {
    expect(isDue(s, at, 900_000)).toBe(due);
  });
});

describe('formatCycle', () => {
  const base: CycleSummary = {
    cycle: 3, started: '2026-01-01T00:00:00.000Z', seconds: 1.24, polled: 4, unchanged: 1, waiting: 2, backingOff: 1, newItems: 5, stored: 4,
    duplicates: 1, events: 9, failedFeeds: [{ url: 'https://dead.example/rss', reason: 'answered HTTP 500', failures: 2, nextPoll: '2026-01-01T01:00:00.000Z' }],
    failedItems: [{ input: 'https://a.example/rss: item "Gallery"', reason: 'has no text and no link' }],
    alerts: [{ id: 1, dyad: ['AZE', 'RUS'], period: '2025-07', kind: 'escalation/share', alert: {}, raisedAt: '', postedAt: null, postError: null }],
    webhook: { posted: 0, error: 'answered HTTP 503', waiting: 1 }, error: null,
  };

  it('says in one line what the cycle polled, found, stored and raised, and each problem after it', () => {
    const { summary, details } = formatCycle(base);
    expect(summary).toBe('cycle 3: polled 4 feeds (1 unchanged, 1 backing off, 1 not due), 5 new items, 4 stored (9 events), 1 duplicate, '
      + '2 failed (1 feed, 1 item), 1 alert — 1.2 s');
    expect(details).toEqual([
      'feed failed (2 times in a row, next poll 2026-01-01T01:00:00.000Z): https://dead.example/rss: answered HTTP 500',
      'item not stored: https://a.example/rss: item "Gallery": has no text and no link',
      'alert: escalation/share AZE–RUS 2025-07',
      'webhook failed: answered HTTP 503; 1 alert waits for the next cycle',
    ]);
  });
});

// Watch page: the feeds `marsad watch` polls (last poll, items, stored articles, failures, last error) and the
// alerts it raised as new events came in, newest first, each with when it was raised.
import type { FeedState, RaisedAlert } from '../../../src/store/store.ts';
import { getJson } from '../api.ts';
import { el } from '../dom.ts';
import { fmtDateTime, fmtNumber, t, type MessageKey } from '../i18n/index.ts';
import { ensureActors } from '../names.ts';
import { alertLine, type Alert } from './alerts.ts';

function cell(label: MessageKey, ...content: (Node | string)[]): HTMLElement {
  return el('td', { 'data-label': t(label) }, ...content);
}

function feedRow(f: FeedState): HTMLElement {
  return el('tr', { class: f.lastError ? 'feed failing' : 'feed', 'data-url': f.url },
    // A URL reads left to right inside a right-to-left page.
    cell('watch.feed', el('bdi', { class: 'feed-url', dir: 'ltr' }, f.url)),
    cell('watch.lastPoll', el('span', { class: 'last-poll' }, f.lastPoll ? fmtDateTime(f.lastPoll) : t('watch.never'))),
    el('td', { class: 'num items', 'data-label': t('watch.items') }, fmtNumber(f.items)),
    el('td', { class: 'num stored', 'data-label': t('watch.stored') }, fmtNumber(f.stored)),
    cell('watch.lastError', f.lastError
      ? el('span', { class: 'error last-error' }, el('bdi', { dir: 'ltr' }, f.lastError), ' ',
        el('span', { class: 'muted' }, t('watch.failures', { n: f.failures, next: f.nextPoll ? fmtDateTime(f.nextPoll) : '—' })))
      : el('span', { class: 'muted last-error' }, '—')));
}

function feedsTable(feeds: FeedState[]): HTMLElement {
  if (feeds.length === 0) return el('p', { class: 'muted', id: 'feeds-empty' }, t('watch.noFeeds'));
  const th = (key: MessageKey, numeric = false) => el('th', { scope: 'col', class: numeric ? 'num' : undefined }, t(key));
  return el('table', { class: 'events feeds', id: 'feeds' },
    el('thead', {}, el('tr', {}, th('watch.feed'), th('watch.lastPoll'), th('watch.items', true), th('watch.stored', true), th('watch.lastError'))),
    el('tbody', {}, ...feeds.map(feedRow)));
}

function raisedList(raised: RaisedAlert[]): HTMLElement {
  if (raised.length === 0) return el('p', { class: 'muted', id: 'raised-empty' }, t('watch.noAlerts'));
  return el('ul', { class: 'plain alerts', id: 'raised' }, ...raised.map((r) => {
    const line = alertLine(r.alert as unknown as Alert);
    line.append(el('span', { class: 'muted raised-at' }, t('watch.raisedAt', { at: fmtDateTime(r.raisedAt) })));
    return line;
  }));
}

export async function renderWatch(root: HTMLElement): Promise<void> {
  const [feeds, raised] = await Promise.all([
    getJson<{ items: FeedState[] }>('/api/feeds'),
    getJson<{ items: RaisedAlert[] }>('/api/alerts/raised', { limit: 100 }),
  ]);
  await ensureActors(raised.items.flatMap((r) => r.dyad));
  root.append(
    el('h1', {}, t('watch.title')),
    el('p', { class: 'muted' }, t('watch.hint')),
    el('section', { class: 'card', id: 'watch-feeds' }, el('h2', {}, t('watch.feeds')), feedsTable(feeds.items)),
    el('section', { class: 'card', id: 'watch-alerts' }, el('h2', {}, t('watch.alerts')), raisedList(raised.items)),
  );
}

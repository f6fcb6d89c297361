// Events explorer: filters, sorting and server-side paging, all kept in the URL hash so views can be shared.
import { getJson, type EventPage } from '../api.ts';
import { eventsTable, type SortKey } from '../components/events-table.ts';
import { pager } from '../components/pager.ts';
import { el } from '../dom.ts';
import { fmtNumber, t, type MessageKey } from '../i18n/index.ts';
import { allActorNames, ensureActors } from '../names.ts';
import type { ActorChoice } from '../actor-match.ts';
import { actorPicker } from '../components/actor-picker.ts';
import { dateField } from '../components/date-field.ts';
import { setRouteQuery } from '../router.ts';

const TEXT_FILTERS = [
  ['dyad', 'events.dyad', 'AZE,RUS'],
  ['cameo', 'events.cameo', '17'],
  ['q', 'events.q', ''],
] as const;
const SORTS: SortKey[] = ['-date', 'date', 'goldstein', '-goldstein', 'cameo'];
const PAGE_SIZES = [25, 50, 100, 200];

function select(name: string, value: string, options: [string, string][]): HTMLSelectElement {
  const s = el('select', { name });
  for (const [v, label] of options) s.appendChild(el('option', { value: v, selected: v === value }, label));
  return s;
}

/** Filters applied beyond paging and sorting (an empty page then means "nothing matches", not "no data"). */
const PAGING = new Set(['limit', 'offset', 'sort', 'after']);

function filterForm(query: URLSearchParams, actors: ActorChoice[]): HTMLFormElement {
  const field = (label: string, control: HTMLElement) => el('label', {}, label, control);
  const form = el('form', { class: 'filters' },
    actorPicker('actor', t('events.actor'), query.get('actor'), actors),
    ...TEXT_FILTERS.map(([name, key, placeholder]) =>
      field(t(key), el('input', { name, value: query.get(name) ?? '', placeholder, size: name === 'q' ? 18 : 9, dir: 'auto' }))),
    field(t('events.quad'), select('quad', query.get('quad') ?? '', [['', t('common.any')], ...[1, 2, 3, 4].map((q): [string, string] => [String(q), t(`quad.${q}` as MessageKey)])])),
    dateField('from', t('common.from'), query.get('from')),
    dateField('to', t('common.to'), query.get('to')),
    field(t('events.lang'), select('lang', query.get('lang') ?? '', [['', t('common.any')], ['ar', t('lang.ar')], ['en', t('lang.en')]])),
    field(t('events.sort'), select('sort', query.get('sort') ?? '-date', SORTS.map((s) => [s, t(`events.sort.${s}` as MessageKey)]))),
    field(t('common.perPage'), select('limit', query.get('limit') ?? '50', PAGE_SIZES.map((n) => [String(n), fmtNumber(n)]))),
    el('label', { class: 'check' }, t('events.clusters'), el('input', { type: 'checkbox', name: 'clusters', checked: query.get('clusters') === 'true' })),
    el('button', { type: 'submit', class: 'primary' }, t('common.apply')),
    el('button', { type: 'button', onclick: () => setRouteQuery(new URLSearchParams()) }, t('common.reset')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) next.set(k, k === 'clusters' ? 'true' : v.trim());
    setRouteQuery(next);
  });
  return form;
}

export async function renderEvents(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const limit = Number(query.get('limit') ?? 50);
  const offset = Number(query.get('offset') ?? 0);
  const sort = (query.get('sort') ?? '-date') as SortKey;
  const params = Object.fromEntries(query);
  const [page, network] = await Promise.all([
    getJson<EventPage>('/api/events', { ...params, limit, offset, sort }),
    // The network's nodes are the actors of the stored events with their counts (cached by the server).
    getJson<{ nodes: { actor: string; events: number }[] }>('/api/network'),
  ]);
  await ensureActors([...network.nodes.map((n) => n.actor), ...page.items.flatMap((r) => { const e = 'event' in r ? r.event : r; return [e.source, e.target]; })]);
  const actors = network.nodes.map((n) => ({ code: n.actor, names: allActorNames(n.actor), events: n.events }));
  const filtered = [...query.keys()].some((k) => !PAGING.has(k));
  const card = el('section', { class: 'card', id: 'events' });
  root.append(el('h1', {}, t('events.title')), filterForm(query, actors), card);
  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setRouteQuery(next);
  };
  card.append(
    eventsTable(page.items, { sort, clusters: page.clusters, onSort: (s) => go({ sort: s, offset: '0' }), empty: filtered ? t('events.empty') : undefined }),
    ...(page.items.length || offset ? [pager(page.total, offset, limit, (o) => go({ offset: String(o) }), page.totalExact ?? true)] : []),
  );
}

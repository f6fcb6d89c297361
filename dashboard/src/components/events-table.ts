// The events table used on several pages: date, actors (names with codes), code and name, evidence, Goldstein, and the
// article (title, outlet). Cells carry their column name so narrow screens can show each row as a labelled card.
// Callers load actor names first (ensureActors) so rows show names.
import type { EventCluster, StoredEvent } from '../api.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, plural, t, type MessageKey } from '../i18n/index.ts';
import { actorLabel, cameoName, dyadText } from '../names.ts';

export type SortKey = 'date' | '-date' | 'goldstein' | '-goldstein' | 'cameo';

export interface TableOptions {
  /** Current sort, and a callback when a sortable header is clicked. */
  sort?: SortKey;
  onSort?: (sort: SortKey) => void;
  /** Whether rows are clusters (shows report counts). */
  clusters?: boolean;
  /** What to say when there are no rows (default: nothing to show yet). */
  empty?: string;
}

function actorCell(label: MessageKey, code: string | null, sector: string | null): HTMLElement {
  return el('td', { class: 'actor-cell', 'data-label': t(label) }, actorLabel(code, sector));
}

/** The article an event was read in: its title (in its own language and direction), the outlet beneath. */
function articleCell(e: StoredEvent, cluster: EventCluster | null): HTMLElement {
  return el('td', { class: 'article-cell', 'data-label': t('event.article') }, el('div', {},
    routeLink(['article', e.article_id], e.article_title ?? e.article_id, { class: 'article-title', lang: e.lang, dir: 'auto' }),
    el('div', { class: 'muted outlet' }, e.outlet ? el('bdi', {}, e.outlet) : null, ' ', dyadLink(e)),
    cluster && cluster.num_mentions > 1 ? el('div', { class: 'muted' }, plural('reports', cluster.num_mentions)) : null));
}

function dyadLink(e: StoredEvent): Node | string {
  if (!e.source || !e.target || e.source === e.target) return '';
  return routeLink(['dyad', e.source, e.target], '⇄', { title: dyadText(e.source, e.target), class: 'dyad-link' });
}

function header(key: MessageKey, sortAs: SortKey | null, options: TableOptions, numeric = false): HTMLElement {
  const label = t(key);
  const th = el('th', { class: numeric ? 'num' : undefined, scope: 'col' });
  if (!sortAs || !options.onSort) {
    th.textContent = label;
    return th;
  }
  const active = options.sort?.replace('-', '') === sortAs.replace('-', '');
  const next: SortKey = active && options.sort === sortAs ? (sortAs.startsWith('-') ? sortAs.slice(1) : `-${sortAs}`) as SortKey : sortAs;
  th.setAttribute('aria-sort', active ? (options.sort!.startsWith('-') ? 'descending' : 'ascending') : 'none');
  th.appendChild(el('button', { type: 'button', onclick: () => options.onSort!(next) }, label, active ? (options.sort!.startsWith('-') ? ' ▼' : ' ▲') : ''));
  return th;
}

/**
 * A table of events (or clusters, shown by their representative event).
 * @example host.append(eventsTable(page.items, { sort: '-date', onSort }))
 */
export function eventsTable(rows: (StoredEvent | EventCluster)[], options: TableOptions = {}): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted empty' }, options.empty ?? t('common.none'));
  const head = el('tr', {},
    header('event.date', '-date', options),
    header('event.source', null, options),
    header('event.code', 'cameo', options),
    header('event.target', null, options),
    header('event.quote', null, options),
    header('event.goldstein', 'goldstein', options, true),
    header('event.article', null, options),
  );
  const body = el('tbody');
  for (const row of rows) {
    const e = 'event' in row ? row.event : row;
    const cluster = 'event' in row ? row : null;
    body.appendChild(el('tr', { class: e.negated ? 'negated' : undefined, 'data-event-id': e.id },
      el('td', { class: 'date', 'data-label': t('event.date') }, el('bdi', {}, fmtDate(e.date ?? e.published))),
      actorCell('event.source', e.source, e.source_sector),
      el('td', { class: 'code-cell', title: cameoName(e.cameo), 'data-label': t('event.code') }, el('div', {},
        el('span', { class: `quad quad-${e.quad_class}`, title: t(`quad.${e.quad_class}` as MessageKey) }),
        el('span', { class: 'code' }, e.cameo), ' ', el('span', { class: 'cameo-name' }, cameoName(e.cameo)),
        e.negated ? el('span', { class: 'muted' }, ` (${t('event.negated')})`) : null)),
      actorCell('event.target', e.target, e.target_sector),
      el('td', { class: 'quote', lang: e.lang, dir: 'auto', 'data-label': t('event.quote') }, e.quote),
      el('td', { class: 'num', 'data-label': t('event.goldstein') }, fmtNumber(e.goldstein, 1)),
      articleCell(e, cluster),
    ));
  }
  return el('table', { class: 'events' }, el('thead', {}, head), body);
}

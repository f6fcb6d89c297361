// Alerts page: every escalation and de-escalation alert with its dyad (linked to the dyad page), period, size and the
// events that drove it; filters by dyad, direction and dates are kept in the URL. The overview's card reuses alertLine.
import type { Alert as AnalysisAlert } from '../../../src/analyze/alerts.ts';
import { getJson, type StoredEvent } from '../api.ts';
import { dateField } from '../components/date-field.ts';
import { eventsTable } from '../components/events-table.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, plural, t } from '../i18n/index.ts';
import { dyadLabel, ensureActors } from '../names.ts';
import { setRouteQuery } from '../router.ts';

/** An alert as /api/alerts gives it: the analysis record, with its driving events and whether it is open. */
export type Alert = AnalysisAlert & {
  drivers?: StoredEvent[];
  /** Whether the period ends near the present of the data (the newest publication), as the server judges it. */
  open?: boolean;
};

const DIRECTIONS = ['escalation', 'de-escalation'] as const;

/** What moved and by how much, in the words of the alert's signal. */
function alertSize(a: Alert): string {
  const vars = { score: fmtNumber(a.score, 1), baseline: fmtNumber(a.baseline, 1), magnitude: fmtNumber(a.magnitude, 1) };
  return t(a.signal === 'volume' ? 'alerts.size.volume' : 'alerts.size.share', vars);
}

/** ▲ Escalation / ▼ De-escalation, coloured like rising and falling tension. */
function directionBadge(a: Alert): HTMLElement {
  const up = a.direction === 'escalation';
  return el('strong', { class: `direction ${up ? 'up' : 'down'}`, 'data-direction': a.direction }, `${up ? '▲' : '▼'} ${t(`alerts.${a.direction}`)}`);
}

/** The alert's period, and the period its run started in when that was earlier. */
function periodText(a: Alert): string {
  const since = a.runStart && a.runStart !== a.period ? ` (${t('alerts.since', { start: fmtDate(a.runStart) })})` : '';
  return `${fmtDate(a.period)}${since}`;
}

/**
 * One alert as a list line: dyad (linked to its page), period, direction, size and event count.
 * @example ul.append(alertLine(alert))
 */
export function alertLine(a: Alert): HTMLElement {
  return el('li', { class: 'alert-line', 'data-dyad': a.dyad.join('-') },
    routeLink(['dyad', ...a.dyad], dyadLabel(...a.dyad), { class: 'dyad-link' }),
    el('bdi', { class: 'period' }, fmtDate(a.period)),
    directionBadge(a),
    el('span', { class: 'size muted' }, `${alertSize(a)} · ${plural('events', a.events)}`));
}

function alertCard(a: Alert): HTMLElement {
  return el('section', { class: 'card alert', 'data-direction': a.direction, 'data-dyad': a.dyad.join('-'), 'data-period': a.period },
    el('h2', {}, directionBadge(a), ' ', routeLink(['dyad', ...a.dyad], dyadLabel(...a.dyad), { class: 'dyad-link' }),
      a.open ? el('span', { class: 'open-badge' }, t('alerts.open')) : null),
    el('p', { class: 'alert-facts' },
      el('span', {}, `${t('alerts.period')}: `, el('bdi', { class: 'period' }, periodText(a))), ' · ',
      el('span', { class: 'size' }, alertSize(a)), ' · ',
      el('span', {}, plural('events', a.events))),
    el('h3', {}, t('alerts.drivers')),
    eventsTable(a.drivers ?? []));
}

function filterForm(query: URLSearchParams): HTMLFormElement {
  const direction = el('select', { name: 'direction' },
    el('option', { value: '' }, t('common.any')),
    ...DIRECTIONS.map((d) => el('option', { value: d, selected: query.get('direction') === d }, t(`alerts.${d}`))));
  const form = el('form', { class: 'filters' },
    el('label', {}, t('events.dyad'), el('input', { name: 'dyad', value: query.get('dyad') ?? '', placeholder: 'AZE,RUS', size: 9, dir: 'ltr' })),
    el('label', {}, t('alerts.direction'), direction),
    dateField('from', t('common.from'), query.get('from')),
    dateField('to', t('common.to'), query.get('to')),
    el('button', { type: 'submit', class: 'primary' }, t('common.apply')),
    el('button', { type: 'button', onclick: () => setRouteQuery(new URLSearchParams()) }, t('common.reset')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    setRouteQuery(next);
  });
  return form;
}

export async function renderAlerts(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const direction = query.get('direction');
  const filtered = ['dyad', 'from', 'to', 'direction'].some((k) => query.get(k));
  const page = await getJson<{ items: Alert[] }>('/api/alerts', { dyad: query.get('dyad'), from: query.get('from'), to: query.get('to'), limit: 500 });
  // The API has no direction filter; one page holds every alert, so filtering here is exact.
  const items = page.items.filter((a) => !direction || a.direction === direction);
  await ensureActors(items.flatMap((a) => [...a.dyad, ...(a.drivers ?? []).flatMap((e) => [e.source, e.target])]));
  root.append(el('h1', {}, t('alerts.title')), el('p', { class: 'muted' }, t('alerts.hint')), filterForm(query));
  if (items.length === 0) {
    root.append(el('p', { class: 'muted empty', id: 'alerts-empty' }, t(filtered ? 'alerts.empty' : 'alerts.none')));
    return;
  }
  root.append(el('p', { class: 'muted', id: 'alerts-count' }, plural('alerts', items.length)),
    el('div', { id: 'alert-list' }, ...items.map(alertCard)));
}

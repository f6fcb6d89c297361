// Overview page: counts, latest events, dyads whose tension moved most, open alerts (with a link to all of them).
import { getJson, type StoredEvent } from '../api.ts';
import { eventsTable } from '../components/events-table.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, fmtSigned, plural, t } from '../i18n/index.ts';
import { alertLine, type Alert } from './alerts.ts';
import { arrow, dyadLabel, ensureActors } from '../names.ts';

interface Mover { dyad: [string, string]; period: string; fromPeriod: string; from: number; to: number; change: number; surge: number; events: number }
interface Overview { counts: { articles: number; events: number; actors: number }; latest: StoredEvent[]; movers: Mover[]; alerts: Alert[] }

/** Each mover: the two periods with events compared, the tension in them, and the latest period's surge (what ranks it). */
function moversList(movers: Mover[]): HTMLElement {
  if (movers.length === 0) return el('p', { class: 'muted' }, t('common.none'));
  return el('ul', { class: 'plain movers' }, ...movers.map((m) =>
    el('li', {},
      routeLink(['dyad', m.dyad[0], m.dyad[1]], dyadLabel(m.dyad[0], m.dyad[1])),
      el('bdi', { class: 'muted periods' }, `${fmtDate(m.fromPeriod)} ${arrow()} ${fmtDate(m.period)}`),
      el('span', { class: 'muted tension' }, t('overview.tension', { from: fmtNumber(m.from, 1), to: fmtNumber(m.to, 1) })),
      el('strong', { class: `surge ${m.surge > 0 ? 'up' : 'down'}`, title: t('overview.surge') }, fmtSigned(m.surge)),
    )));
}

function alertsList(alerts: Alert[]): HTMLElement[] {
  const all = el('p', { class: 'more' }, el('a', { href: '#/alerts', id: 'all-alerts' }, t('overview.allAlerts')));
  if (alerts.length === 0) return [el('p', { class: 'muted' }, t('overview.noAlerts')), all];
  return [el('ul', { class: 'plain alerts' }, ...alerts.map(alertLine)), all];
}

export async function renderOverview(root: HTMLElement): Promise<void> {
  const data = await getJson<Overview>('/api/overview', { limit: 10 });
  await ensureActors([...data.latest.flatMap((e) => [e.source, e.target]), ...data.movers.flatMap((m) => m.dyad), ...data.alerts.flatMap((a) => a.dyad)]);
  root.append(
    el('h1', {}, t('overview.title')),
    el('p', { class: 'muted counts' }, t('overview.counts', { articles: plural('articles', data.counts.articles), events: plural('events', data.counts.events), actors: plural('actors', data.counts.actors) })),
    el('div', { class: 'grid' },
      el('section', { class: 'card', id: 'movers' }, el('h2', {}, t('overview.movers')), moversList(data.movers)),
      el('section', { class: 'card', id: 'alerts' }, el('h2', {}, t('overview.alerts')), ...alertsList(data.alerts)),
    ),
    el('section', { class: 'card', id: 'latest' }, el('h2', {}, t('overview.latest')), eventsTable(data.latest)),
  );
}

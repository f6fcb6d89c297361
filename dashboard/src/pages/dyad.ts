// Dyad page: the tension line, QuadClass stacked bars per period, tit-for-tat chains and the events between two actors.
// Charts open on the latest stretch of activity (range.ts); ?range=all shows the whole history.
import { getJson, type EventPage } from '../api.ts';
import { QUAD_COLORS, categoryAxis, grid, legend, mountChart, valueAxis } from '../charts.ts';
import { eventsTable, type SortKey } from '../components/events-table.ts';
import { pager } from '../components/pager.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, plural, t, type MessageKey } from '../i18n/index.ts';
import { actorLabel, actorText, arrow, cameoName, ensureActors } from '../names.ts';
import { recentWindow } from '../range.ts';
import { setRouteQuery } from '../router.ts';

interface Point { period: string; q1: number; q2: number; q3: number; q4: number; total: number; tension: number; baseline: number }
interface Series { a: string; b: string; by: string; points: Point[] }
interface Link { eventId: number; source: string; target: string; date: string; cameo: string; trigger: string; articleId: string; lagDays: number | null }
interface Chains { items: { dyad: [string, string]; links: Link[] }[]; reciprocity: { dyad: [string, string]; actions: number; answered: number; score: number }[] }

const BYS = ['day', 'week', 'month'] as const;

/** Month and day periods in the locale's words; weeks (2025-W14) as given. */
function periodLabel(by: string, period: string): string {
  return by === 'week' ? period : fmtDate(period);
}

function tensionChart(host: HTMLElement, s: Series): void {
  const labels = s.points.map((p) => periodLabel(s.by, p.period));
  mountChart(host, {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtNumber(v, 1) },
    legend: legend(),
    grid: grid(),
    xAxis: categoryAxis(labels),
    yAxis: valueAxis({ min: 0, max: 100 }),
    series: [
      { name: t('dyad.tension'), type: 'line', data: s.points.map((p) => p.tension), smooth: false, symbolSize: 6, lineStyle: { width: 3 }, color: '#c0392b' },
      { name: t('dyad.baseline'), type: 'line', data: s.points.map((p) => p.baseline), symbol: 'none', lineStyle: { type: 'dashed', width: 1 }, color: '#5d6b78' },
    ],
  });
}

function quadChart(host: HTMLElement, s: Series): void {
  const labels = s.points.map((p) => periodLabel(s.by, p.period));
  mountChart(host, {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtNumber(v) },
    legend: legend(),
    grid: grid(),
    xAxis: categoryAxis(labels),
    yAxis: valueAxis({ minInterval: 1 }),
    series: ([1, 2, 3, 4] as const).map((q) => ({
      name: t(`quad.${q}` as MessageKey), type: 'bar', stack: 'quad', color: QUAD_COLORS[q - 1],
      data: s.points.map((p) => p[`q${q}`]),
    })),
  });
}

function chainsList(c: Chains): HTMLElement {
  if (c.items.length === 0) return el('p', { class: 'muted' }, t('dyad.noChains'));
  return el('div', { class: 'chains' }, ...c.items.map((chain) =>
    el('div', { class: 'chain' }, el('ol', {}, ...chain.links.map((l) =>
      el('li', {},
        el('span', { class: 'link-actors' }, actorLabel(l.source), ` ${arrow()} `, actorLabel(l.target)), ' ',
        routeLink(['article', l.articleId], el('span', {}, el('span', { class: 'code' }, l.cameo), ' ', cameoName(l.cameo)), { class: 'chain-event' }), ' ',
        el('bdi', { class: 'muted' }, fmtDate(l.date)),
        l.lagDays !== null ? el('span', { class: 'muted lag' }, ` (+${fmtNumber(l.lagDays)})`) : null))))));
}

export async function renderDyad(root: HTMLElement, a: string, b: string, query: URLSearchParams): Promise<void> {
  const by = (BYS as readonly string[]).includes(query.get('by') ?? '') ? query.get('by')! : 'month';
  const offset = Number(query.get('offset') ?? 0);
  const sort = (query.get('sort') ?? '-date') as SortKey;
  const limit = 25;
  const [series, chains, events] = await Promise.all([
    getJson<Series>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { by }),
    getJson<Chains>('/api/chains', { dyad: `${a},${b}` }),
    getJson<EventPage>('/api/events', { dyad: `${a},${b}`, limit, offset, sort }),
  ]);
  await ensureActors([a, b, ...events.items.flatMap((r) => { const e = 'event' in r ? r.event : r; return [e.source, e.target]; })]);
  const full = query.get('range') === 'all';
  const window = recentWindow(series.points);
  const shown: Series = full ? series : { ...series, points: series.points.slice(window.start) };
  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setRouteQuery(next);
  };
  const bySelect = el('select', { name: 'by', onchange: (ev: Event) => go({ by: (ev.target as HTMLSelectElement).value }) },
    ...BYS.map((x) => el('option', { value: x, selected: x === by }, t(`dyad.by.${x}` as MessageKey))));
  const tensionHost = el('div', { class: 'chart', id: 'tension-chart' });
  const quadHost = el('div', { class: 'chart', id: 'quad-chart' });
  const rangeNote = window.hiddenPeriods === 0 ? null : el('p', { class: 'range-note', id: 'range-note' },
    el('span', { class: 'muted' }, full
      ? t('dyad.range.full', { first: periodLabel(series.by, series.points[0]!.period) })
      : t('dyad.range.recent', { first: periodLabel(series.by, shown.points[0]!.period), events: plural('events', window.hiddenEvents) })),
    ' ',
    el('button', { type: 'button', id: 'range-toggle', onclick: () => go({ range: full ? '' : 'all' }) }, t(full ? 'dyad.range.showRecent' : 'dyad.range.showAll')));
  root.append(
    el('h1', { class: 'dyad-title' }, t('dyad.title', { a: actorText(a), b: actorText(b) }), ' ', el('span', { class: 'code secondary' }, `${a}–${b}`)),
    el('div', { class: 'controls' }, el('label', {}, `${t('dyad.by')} `, bySelect), rangeNote),
    el('div', { class: 'grid' },
      el('section', { class: 'card' }, el('h2', {}, t('dyad.tension')), tensionHost),
      el('section', { class: 'card' }, el('h2', {}, t('dyad.quads')), quadHost),
    ),
    el('section', { class: 'card', id: 'chains' }, el('h2', {}, t('dyad.chains')), chainsList(chains)),
    el('section', { class: 'card', id: 'dyad-events' }, el('h2', {}, t('dyad.events', { a: actorText(a), b: actorText(b) })),
      eventsTable(events.items, { sort, onSort: (s) => go({ sort: s, offset: '0' }) }),
      pager(events.total, offset, limit, (o) => go({ offset: String(o) }), events.totalExact ?? true)),
  );
  tensionHost.dataset.first = shown.points[0]?.period ?? '';
  tensionHost.dataset.periods = String(shown.points.length);
  tensionChart(tensionHost, shown);
  quadChart(quadHost, shown);
}

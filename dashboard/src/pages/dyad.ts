// Dyad page: the tension line, the surge, QuadClass stacked bars per period, tit-for-tat chains and the events between two actors.
// Charts open on the latest stretch of activity (range.ts); ?range=all shows the whole history, ?from=&to= chosen dates;
// chains and events follow the periods shown.
import { getJson, type EventPage } from '../api.ts';
import { QUAD_COLORS, categoryAxis, grid, legend, mountChart, valueAxis } from '../charts.ts';
import { eventsTable, type SortKey } from '../components/events-table.ts';
import { pager } from '../components/pager.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, plural, t, type MessageKey } from '../i18n/index.ts';
import { actorLabel, actorText, arrow, cameoName, ensureActors } from '../names.ts';
import { recentWindow } from '../range.ts';
import { dateField } from '../components/date-field.ts';
import { setRouteQuery } from '../router.ts';

interface Point { period: string; start: string; end: string; q1: number; q2: number; q3: number; q4: number; total: number; tension: number; baseline: number; surge: number | null }
interface Series { a: string; b: string; by: string; points: Point[] }
interface Link { eventId: number; source: string; target: string; date: string; cameo: string; trigger: string; articleId: string; lagDays: number | null }
interface Chains { items: { dyad: [string, string]; links: Link[] }[]; reciprocity: { dyad: [string, string]; actions: number; answered: number; score: number }[] }

const BYS = ['day', 'week', 'month'] as const;

function tensionChart(host: HTMLElement, s: Series): void {
  const labels = s.points.map((p) => fmtDate(p.period));
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

/** The surge per period (docs/analysis.md): bars above zero, red, when hostility exceeds the dyad's recent normal. */
function surgeChart(host: HTMLElement, s: Series): void {
  mountChart(host, {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => fmtNumber(v, 1) },
    grid: grid(),
    xAxis: categoryAxis(s.points.map((p) => fmtDate(p.period))),
    yAxis: valueAxis(),
    series: [{
      name: t('dyad.surge'), type: 'bar',
      data: s.points.map((p) => ({ value: p.surge, itemStyle: { color: (p.surge ?? 0) > 0 ? QUAD_COLORS[3] : QUAD_COLORS[1] } })),
      markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#5d6b78' }, label: { show: false } },
    }],
  });
}

function quadChart(host: HTMLElement, s: Series): void {
  const labels = s.points.map((p) => fmtDate(p.period));
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

interface Shown {
  series: Series;
  /** Periods and events before the shown window (the recent-activity default), none when all or dates are shown. */
  hiddenPeriods: number;
  hiddenEvents: number;
  full: boolean;
}

/** The controls over what the page shows: period length and dates, and the note saying which periods are shown. */
function rangeControls(query: URLSearchParams, by: string, shown: Shown): HTMLElement {
  const form = el('form', { class: 'filters range-form' },
    el('label', {}, t('dyad.by'), el('select', { name: 'by' },
      ...BYS.map((x) => el('option', { value: x, selected: x === by }, t(`dyad.by.${x}` as MessageKey))))),
    dateField('from', t('common.from'), query.get('from')),
    dateField('to', t('common.to'), query.get('to')),
    el('button', { type: 'submit', class: 'primary' }, t('common.apply')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams(query);
    next.delete('offset');
    for (const k of ['by', 'from', 'to']) next.set(k, String(new FormData(form).get(k) ?? '').trim());
    setRouteQuery(next);
  });
  form.querySelector('select')!.addEventListener('change', () => form.requestSubmit());
  const points = shown.series.points;
  if (points.length === 0) return form;
  const span = { first: fmtDate(points[0]!.period), last: fmtDate(points[points.length - 1]!.period) };
  const toggle = (all: boolean) => {
    const next = new URLSearchParams(query);
    next.set('range', all ? 'all' : '');
    next.delete('offset');
    setRouteQuery(next);
  };
  const note = el('p', { class: 'range-note', id: 'range-note' });
  if (shown.hiddenPeriods > 0 && !shown.full) {
    note.append(el('span', { class: 'muted' }, t('dyad.range.recent', { first: span.first, events: plural('events', shown.hiddenEvents) })), ' ',
      el('button', { type: 'button', id: 'range-toggle', onclick: () => toggle(true) }, t('dyad.range.showAll')));
  } else if (shown.hiddenPeriods > 0) {
    note.append(el('span', { class: 'muted' }, t('dyad.range.full', { first: span.first })), ' ',
      el('button', { type: 'button', id: 'range-toggle', onclick: () => toggle(false) }, t('dyad.range.showRecent')));
  } else note.append(el('span', { class: 'muted' }, t('dyad.range.span', span)));
  return el('div', { class: 'controls' }, form, note);
}

/** The periods to chart: the dates asked for, else the latest stretch of activity unless ?range=all. */
function shownSeries(series: Series, query: URLSearchParams): Shown {
  const dated = Boolean(query.get('from') || query.get('to'));
  const window = dated ? { start: 0, hiddenPeriods: 0, hiddenEvents: 0 } : recentWindow(series.points);
  const full = query.get('range') === 'all';
  return { series: full ? series : { ...series, points: series.points.slice(window.start) }, hiddenPeriods: window.hiddenPeriods, hiddenEvents: window.hiddenEvents, full };
}

export async function renderDyad(root: HTMLElement, a: string, b: string, query: URLSearchParams): Promise<void> {
  const by = (BYS as readonly string[]).includes(query.get('by') ?? '') ? query.get('by')! : 'month';
  const offset = Number(query.get('offset') ?? 0);
  const sort = (query.get('sort') ?? '-date') as SortKey;
  const limit = 25;
  const dyad = `${a},${b}`;
  const range = { from: query.get('from') ?? undefined, to: query.get('to') ?? undefined };
  const series = await getJson<Series>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, { by, ...range });
  const shown = shownSeries(series, query);
  // Chains and events follow the periods the charts show: the dates asked for, or the window of latest activity.
  const from = range.from ?? (shown.hiddenPeriods > 0 && !shown.full ? shown.series.points[0]?.start : undefined);
  const [chains, events] = await Promise.all([
    getJson<Chains>('/api/chains', { dyad, from, to: range.to }),
    getJson<EventPage>('/api/events', { dyad, limit, offset, sort, from, to: range.to }),
  ]);
  await ensureActors([a, b, ...events.items.flatMap((r) => { const e = 'event' in r ? r.event : r; return [e.source, e.target]; })]);
  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    setRouteQuery(next);
  };
  const tensionHost = el('div', { class: 'chart', id: 'tension-chart' });
  const quadHost = el('div', { class: 'chart', id: 'quad-chart' });
  const surgeHost = el('div', { class: 'chart', id: 'surge-chart' });
  root.append(
    el('h1', { class: 'dyad-title' }, t('dyad.title', { a: actorText(a), b: actorText(b) }), ' ', el('span', { class: 'code secondary' }, `${a}–${b}`)),
    rangeControls(query, by, shown),
    el('div', { class: 'grid' },
      el('section', { class: 'card' }, el('h2', {}, t('dyad.tension')), tensionHost),
      el('section', { class: 'card' }, el('h2', {}, t('dyad.surge')), surgeHost),
      el('section', { class: 'card' }, el('h2', {}, t('dyad.quads')), quadHost),
    ),
    el('section', { class: 'card', id: 'chains' }, el('h2', {}, t('dyad.chains')), chainsList(chains)),
    el('section', { class: 'card', id: 'dyad-events' }, el('h2', {}, t('dyad.events', { a: actorText(a), b: actorText(b) })),
      eventsTable(events.items, { sort, onSort: (s) => go({ sort: s, offset: '0' }), empty: t('events.empty') }),
      pager(events.total, offset, limit, (o) => go({ offset: String(o) }), events.totalExact ?? true)),
  );
  tensionHost.dataset.first = shown.series.points[0]?.period ?? '';
  tensionHost.dataset.periods = String(shown.series.points.length);
  tensionChart(tensionHost, shown.series);
  surgeChart(surgeHost, shown.series);
  quadChart(quadHost, shown.series);
}

// Network page: the actor graph for a period (laid out to fit its box, with a legend); clicking an actor lists its
// partners and adversaries.
import { getJson } from '../api.ts';
import { FONT, mountChart } from '../charts.ts';
import { clear, el, routeLink } from '../dom.ts';
import { fmtNumber, plural, t } from '../i18n/index.ts';
import { forceLayout } from '../graph-layout.ts';
import { setRouteQuery } from '../router.ts';
import { dateField } from '../components/date-field.ts';
import { actorLabel, actorText, dyadText, ensureActors } from '../names.ts';

interface Edge { a: string; b: string; events: number; cooperation: number; conflict: number }
interface Counterpart { actor: string; cooperation: number; conflict: number; events: number }
interface Network {
  nodes: { actor: string; events: number }[];
  edges: Edge[];
  actor?: { code: string; partners: Counterpart[]; adversaries: Counterpart[] };
}

function counterpartList(title: string, actor: string, list: Counterpart[], weight: 'cooperation' | 'conflict'): HTMLElement {
  return el('div', { class: weight === 'cooperation' ? 'partners' : 'adversaries' }, el('h3', {}, title),
    list.length === 0 ? el('p', { class: 'muted' }, t('common.none')) :
      el('ul', { class: 'plain' }, ...list.map((c) => el('li', {},
        routeLink(['dyad', actor, c.actor], actorLabel(c.actor)),
        el('span', { class: 'muted' }, plural('events', c.events)),
        el('strong', { class: weight === 'cooperation' ? 'down' : 'up' }, fmtNumber(c[weight], 1))))));
}

/** Room around the laid-out graph for the largest circles and their two-line labels. */
const MARGIN = { left: 90, right: 90, top: 30, bottom: 50 };
const CONFLICT = '#c0392b';
const COOPERATION = '#1f7a4d';

/** Red when the pair's conflictual Goldstein weight outweighs its cooperative weight, else green. */
function edgeColor(e: Edge): string {
  return e.conflict > e.cooperation ? CONFLICT : COOPERATION;
}

/** What the colours, widths and the generic codes of the graph mean (UNK and IGO only when they are in it). */
function graphLegend(data: Network): HTMLElement {
  const line = (kind: 'conflict' | 'cooperation') => el('span', { class: `swatch-line ${kind}` });
  const codes = new Set(data.nodes.map((n) => n.actor));
  return el('div', { class: 'graph-legend', id: 'network-legend' },
    el('strong', {}, t('network.legend')),
    el('ul', {},
      el('li', { 'data-key': 'conflict' }, line('conflict'), t('network.legend.conflict')),
      el('li', { 'data-key': 'cooperation' }, line('cooperation'), t('network.legend.cooperation')),
      el('li', { 'data-key': 'width' }, t('network.legend.width')),
      codes.has('UNK') ? el('li', { 'data-key': 'UNK' }, t('network.legend.unk')) : null,
      codes.has('IGO') ? el('li', { 'data-key': 'IGO' }, t('network.legend.igo')) : null));
}

async function showActor(panel: HTMLElement, actor: string, range: { from?: string; to?: string }): Promise<void> {
  const data = await getJson<Network>('/api/network', { ...range, actor });
  await ensureActors([actor, ...(data.actor?.partners ?? []).map((c) => c.actor), ...(data.actor?.adversaries ?? []).map((c) => c.actor)]);
  clear(panel);
  panel.append(el('h2', { 'data-code': actor }, actorLabel(actor)),
    counterpartList(t('network.partners'), actor, data.actor?.partners ?? [], 'cooperation'),
    counterpartList(t('network.adversaries'), actor, data.actor?.adversaries ?? [], 'conflict'));
}

export async function renderNetwork(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const range = { from: query.get('from') ?? undefined, to: query.get('to') ?? undefined };
  const data = await getJson<Network>('/api/network', range);
  await ensureActors(data.nodes.map((n) => n.actor));
  const form = el('form', { class: 'filters' },
    dateField('from', t('common.from'), range.from ?? null),
    dateField('to', t('common.to'), range.to ?? null),
    el('button', { type: 'submit', class: 'primary' }, t('common.apply')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v) next.set(k, v);
    setRouteQuery(next);
  });
  const host = el('div', { class: 'chart tall', id: 'network-chart' });
  const panel = el('aside', { class: 'card', id: 'actor-panel' }, el('p', { class: 'muted' }, t('network.select')));
  root.append(el('h1', {}, t('network.title')), el('p', { class: 'muted' }, t('network.hint')), form,
    el('div', { class: 'side' }, el('section', { class: 'card' }, host, graphLegend(data)), panel));
  if (data.nodes.length === 0) {
    host.replaceWith(el('p', { class: 'muted' }, t('common.none')));
    return;
  }
  const maxEvents = Math.max(...data.nodes.map((n) => n.events));
  // Laid out here, once, in the box's own proportions: echarts fits a fixed layout to its box, where its live force
  // layout lets nodes drift out of view.
  const box = { width: (host.clientWidth || 800) - MARGIN.left - MARGIN.right, height: (host.clientHeight || 500) - MARGIN.top - MARGIN.bottom };
  const at = forceLayout(data.nodes.map((n) => n.actor), data.edges, box.width, box.height);
  const chart = mountChart(host, {
    tooltip: { formatter: (p: { dataType: string; name: string; data: { value?: number } }) => (p.dataType === 'node' ? `${actorText(p.name)} (${p.name}): ${plural('events', p.data.value ?? 0)}` : p.name) },
    series: [{
      type: 'graph', layout: 'none', roam: true, draggable: true,
      ...MARGIN,
      label: {
        show: true, position: 'bottom', fontFamily: FONT, fontSize: 13,
        formatter: (p: { name: string }) => (actorText(p.name) === p.name ? `{name|${p.name}}` : `{name|${actorText(p.name)}}\n{code|${p.name}}`),
        rich: {
          name: { fontFamily: FONT, fontWeight: 'bold', fontSize: 13, lineHeight: 22, align: 'center' },
          code: { fontFamily: 'DejaVu Sans Mono, monospace', fontSize: 10, lineHeight: 12, color: '#5d6b78', align: 'center' },
        },
      },
      data: data.nodes.map((n) => ({ name: n.actor, value: n.events, ...at.get(n.actor), symbolSize: 14 + 30 * Math.sqrt(n.events / maxEvents), itemStyle: { color: '#0b6e69' } })),
      links: data.edges.map((e) => ({
        source: e.a, target: e.b, name: `${dyadText(e.a, e.b)}: ${plural('events', e.events)}`,
        lineStyle: { width: 1 + Math.log2(1 + e.events), color: edgeColor(e), opacity: 0.7, curveness: 0.1 },
      })),
    }],
  });
  host.dataset.nodes = String(data.nodes.length);
  chart.on('click', (p) => {
    if (p.dataType === 'node') void showActor(panel, p.name, range);
  });
  const preset = query.get('actor');
  if (preset) await showActor(panel, preset.toUpperCase(), range);
}

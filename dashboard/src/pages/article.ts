// Article page: the text with actors, dates, quantities and event triggers highlighted, built node by node from
// offsets (article text is untrusted: it only ever reaches the DOM as text nodes); triggers show a tooltip.
import { ApiError, getJson, type ArticleAnnotations, type StoredEvent } from '../api.ts';
import { eventsTable } from '../components/events-table.ts';
import { el, routeLink } from '../dom.ts';
import { fmtDate, fmtNumber, t, type MessageKey } from '../i18n/index.ts';
import { actorText, cameoName, dyadText, ensureActors } from '../names.ts';

type Kind = 'actor' | 'date' | 'quantity' | 'trigger';

interface Mark {
  start: number;
  end: number;
  kind: Kind;
  label: string;
  event?: StoredEvent;
}

function marksOf(a: ArticleAnnotations): Mark[] {
  return [
    ...a.actors.map((m): Mark => ({ start: m.start, end: m.end, kind: 'actor', label: `${actorText(m.code)} (${m.code}${m.sector ? ` ${m.sector}` : ''})` })),
    ...a.dates.map((m): Mark => ({ start: m.start, end: m.end, kind: 'date', label: m.value ?? m.text })),
    ...a.quantities.map((m): Mark => ({ start: m.start, end: m.end, kind: 'quantity', label: `${fmtNumber(m.value)}${m.unit ? ` ${m.unit}` : ''}` })),
    ...a.events.map((e): Mark => ({ start: e.trigger_start, end: e.trigger_end, kind: 'trigger', label: e.cameo, event: e })),
  ].filter((m) => m.start >= 0 && m.end > m.start && m.end <= a.article.text.length);
}

/**
 * The text cut at every mark boundary; each piece is a text node, wrapped in spans for the marks covering it.
 * @example highlightedText('Russia condemned Baku.', marks) // <span class="hl hl-actor">Russia</span> …
 */
export function highlightedText(text: string, marks: Mark[], tooltip: Tooltip): DocumentFragment {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((x, y) => x - y);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    let node: Node = document.createTextNode(text.slice(from, to));
    const covering = marks.filter((m) => m.start <= from && m.end >= to).sort((x, y) => (y.end - y.start) - (x.end - x.start));
    for (const mark of covering.reverse()) {
      const span = el('span', { class: `hl hl-${mark.kind}`, title: mark.kind === 'trigger' ? undefined : `${t(`article.${mark.kind}` as MessageKey)}: ${mark.label}` });
      span.appendChild(node);
      if (mark.event) tooltip.attach(span, mark.event);
      node = span;
    }
    out.appendChild(node);
  }
  return out;
}

interface Tooltip {
  attach(target: HTMLElement, event: StoredEvent): void;
}

function eventTooltip(): Tooltip & { node: HTMLElement } {
  const node = el('div', { class: 'tooltip', role: 'tooltip', hidden: true, id: 'event-tooltip' });
  const show = (target: HTMLElement, e: StoredEvent) => {
    const rows: [MessageKey, string][] = [
      ['event.code', e.cameo],
      ['event.name', cameoName(e.cameo)],
      ['event.source', e.source ? `${actorText(e.source)} (${e.source}${e.source_sector ? ` ${e.source_sector}` : ''})` : '—'],
      ['event.target', e.target ? `${actorText(e.target)} (${e.target}${e.target_sector ? ` ${e.target_sector}` : ''})` : '—'],
      ['event.date', fmtDate(e.date)],
      ['event.quad', t(`quad.${e.quad_class}` as MessageKey)],
      ['event.goldstein', fmtNumber(e.goldstein, 1)],
      ['event.rule', e.rule],
    ];
    node.replaceChildren(el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', { dir: 'auto' }, v)])));
    if (e.negated) node.appendChild(el('div', {}, `(${t('event.negated')})`));
    node.hidden = false;
    const box = target.getBoundingClientRect();
    node.style.top = `${Math.min(box.bottom + 6, window.innerHeight - node.offsetHeight - 4)}px`;
    node.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - node.offsetWidth - 4))}px`;
  };
  const hide = () => { node.hidden = true; };
  return {
    node,
    attach(target, e) {
      target.tabIndex = 0;
      target.setAttribute('aria-describedby', 'event-tooltip');
      target.dataset.cameo = e.cameo;
      target.addEventListener('mouseenter', () => show(target, e));
      target.addEventListener('focus', () => show(target, e));
      target.addEventListener('mouseleave', hide);
      target.addEventListener('blur', hide);
    },
  };
}

export async function renderArticle(root: HTMLElement, id: string): Promise<void> {
  let data: ArticleAnnotations;
  try {
    data = await getJson<ArticleAnnotations>(`/api/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      root.append(el('h1', {}, t('article.title')), el('p', { class: 'muted' }, t('article.notFound')));
      return;
    }
    throw err;
  }
  await ensureActors([...data.events.flatMap((e) => [e.source, e.target]), ...data.actors.map((m) => m.code)]);
  const a = data.article;
  const tooltip = eventTooltip();
  const legend = el('div', { class: 'legend' }, el('strong', {}, t('article.legend')),
    ...(['actor', 'date', 'quantity', 'trigger'] as const).map((k) => el('span', { class: `hl hl-${k}` }, t(`article.${k}`))));
  root.append(
    el('h1', { lang: a.lang, dir: 'auto', class: 'article-title' }, a.title ?? a.id),
    el('p', { class: 'muted' }, [a.outlet, a.published ? t('article.published', { date: `\u2068${fmtDate(a.published)}\u2069` }) : null].filter(Boolean).join(' · '),
      a.url && /^https?:\/\//.test(a.url) ? el('span', {}, ' · ', el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', dir: 'ltr' }, a.url)) : null),
    el('section', { class: 'card' }, legend,
      el('div', { class: 'article-text', lang: a.lang, dir: a.lang === 'ar' ? 'rtl' : 'ltr', id: 'article-text' }, highlightedText(a.text, marksOf(data), tooltip))),
    el('section', { class: 'card' }, el('h2', {}, t('article.events')), eventsTable(data.events)),
    tooltip.node,
  );
  const dyads = new Set(data.events.filter((e) => e.source && e.target && e.source !== e.target).map((e) => `${e.source}/${e.target}`));
  if (dyads.size) root.append(el('p', {}, ...[...dyads].map((d) => el('span', {}, routeLink(['dyad', ...d.split('/')], dyadText(...(d.split('/') as [string, string])), { class: 'dyad-link' }), ' '))));
}

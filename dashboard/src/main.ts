// Dashboard entry: the header (navigation, language switch) and the page for the current hash route.
import './style.css';
import { disposeCharts } from './charts.ts';
import { clear, el } from './dom.ts';
import { applyLang, lang, setLang, t } from './i18n/index.ts';
import { renderAlerts } from './pages/alerts.ts';
import { renderArticle } from './pages/article.ts';
import { renderDyad } from './pages/dyad.ts';
import { renderEvents } from './pages/events.ts';
import { renderNetwork } from './pages/network.ts';
import { renderOverview } from './pages/overview.ts';
import { renderWatch } from './pages/watch.ts';
import { parseRoute, type Route } from './router.ts';
import { ensureOntology } from './names.ts';

const app = document.getElementById('app')!;
let renderId = 0;

function header(route: Route): HTMLElement {
  const link = (page: Route['page'], href: string, key: Parameters<typeof t>[0]) =>
    el('a', { href, class: route.page === page ? 'active' : undefined, 'data-page': page }, t(key));
  return el('header', { class: 'top' },
    el('a', { class: 'brand', href: '#/' }, t('app.title')),
    el('span', { class: 'tagline' }, t('app.tagline')),
    el('nav', {}, link('overview', '#/', 'nav.overview'), link('events', '#/events', 'nav.events'), link('alerts', '#/alerts', 'nav.alerts'), link('network', '#/network', 'nav.network'), link('watch', '#/watch', 'nav.watch')),
    el('button', {
      type: 'button', class: 'lang-switch', id: 'lang-switch', lang: lang() === 'en' ? 'ar' : 'en', 'aria-label': t('lang.switchLabel'),
      onclick: () => {
        setLang(lang() === 'en' ? 'ar' : 'en');
        void render();
      },
    }, t('lang.switch')),
  );
}

async function renderPage(root: HTMLElement, route: Route): Promise<void> {
  switch (route.page) {
    case 'overview': return renderOverview(root);
    case 'events': return renderEvents(root, route.query);
    case 'network': return renderNetwork(root, route.query);
    case 'alerts': return renderAlerts(root, route.query);
    case 'dyad': return renderDyad(root, route.a, route.b, route.query);
    case 'article': return renderArticle(root, route.id);
    case 'watch': return renderWatch(root);
  }
}

async function render(): Promise<void> {
  const id = ++renderId;
  const route = parseRoute(location.hash);
  disposeCharts();
  applyLang();
  // The page is attached before it renders so charts can measure their containers.
  const loading = el('p', { class: 'muted loading' }, t('common.loading'));
  const content = el('div', { id: 'page', 'data-page': route.page });
  const main = el('main', { 'aria-busy': 'true' }, loading, content);
  clear(app);
  app.append(header(route), main);
  try {
    await ensureOntology();
    await renderPage(content, route);
    if (id !== renderId) return;
    loading.remove();
  } catch (err) {
    if (id !== renderId) return;
    main.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('common.error', { message: (err as Error).message })));
  } finally {
    if (id === renderId) {
      main.removeAttribute('aria-busy');
      document.body.dataset.ready = String(id);
    }
  }
}

window.addEventListener('hashchange', () => void render());
void render();

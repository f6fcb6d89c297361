// Hash routes (#/dyad/AZE/RUS, #/article/ID, #/events?actor=RUS, #/alerts, #/watch) so every view has a shareable link.
export type Route =
  | { page: 'overview' }
  | { page: 'events'; query: URLSearchParams }
  | { page: 'alerts'; query: URLSearchParams }
  | { page: 'network'; query: URLSearchParams }
  | { page: 'watch' }
  | { page: 'dyad'; a: string; b: string; query: URLSearchParams }
  | { page: 'article'; id: string };

/** @example parseRoute('#/dyad/AZE/RUS?by=week') // { page: 'dyad', a: 'AZE', b: 'RUS', query } */
export function parseRoute(hash: string): Route {
  const [path = '', qs = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const query = new URLSearchParams(qs);
  if (parts[0] === 'events') return { page: 'events', query };
  if (parts[0] === 'network') return { page: 'network', query };
  if (parts[0] === 'alerts') return { page: 'alerts', query };
  if (parts[0] === 'watch') return { page: 'watch' };
  if (parts[0] === 'dyad' && parts[1] && parts[2]) return { page: 'dyad', a: parts[1], b: parts[2], query };
  if (parts[0] === 'article' && parts[1]) return { page: 'article', id: parts[1] };
  return { page: 'overview' };
}

/** Replace the query of the current route (keeps the path), which triggers a re-render. */
export function setRouteQuery(query: URLSearchParams): void {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  for (const [k, v] of [...query]) if (v === '') query.delete(k);
  const qs = query.toString();
  location.hash = `#/${path}${qs ? `?${qs}` : ''}`;
}

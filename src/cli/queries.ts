// What `marsad events`, `dyad` and `alerts` read: the running server's API when `marsad serve` holds the
// PGlite folder, else the store opened directly. The store and the analyses load only when needed, so a
// query answered by the server does not wait for them.
import type { EventFilter, Page, StoredEvent } from '../store/store.ts';
import type { AlertReport, AlertsOptions, DyadPoint } from '../analyze/from-store.ts';
import type { SeriesOptions } from '../analyze/dyad-series.ts';
import { StoreError } from '../errors.ts';
import { runningServer } from './running-server.ts';

export type DyadOptions = Pick<SeriesOptions, 'by' | 'directed' | 'from' | 'to'>;

export interface Queries {
  /** Where the answers come from, for messages: "the server at http://…" or the store's engine. */
  readonly origin: string;
  events(filter: EventFilter): Promise<Pick<Page<StoredEvent>, 'total' | 'totalExact' | 'items'>>;
  dyadTension(a: string, b: string, options: DyadOptions): Promise<DyadPoint[]>;
  /** Alerts judged against the present of the data (its newest publication date); `open` keeps the open ones (or, false, the others). */
  alerts(options: Omit<AlertsOptions, 'asOf'> & { open?: boolean }): Promise<{ present: string; alerts: AlertReport[] }>;
  close(): Promise<void>;
}

/**
 * Ask the server announced in the PGlite folder `db`, else open the store (PostgreSQL when DATABASE_URL is set).
 * @example const q = await openQueries('./marsad-data'); const { items } = await q.events({ actor: 'RUS' }); await q.close();
 */
export async function openQueries(db: string): Promise<Queries> {
  const url = process.env.DATABASE_URL ? null : runningServer(db);
  return url ? serverQueries(url) : storeQueries(db);
}

async function storeQueries(db: string): Promise<Queries> {
  const [{ openStore }, analyses] = await Promise.all([import('../store/index.ts'), import('../analyze/from-store.ts')]);
  const store = await openStore({ db });
  return {
    origin: store.engine,
    events: (filter) => store.events(filter),
    dyadTension: (a, b, options) => analyses.dyadTension(store, a, b, options),
    async alerts({ open, ...options }) {
      const present = await analyses.dataPresent(store);
      const found = await analyses.alerts(store, { ...options, asOf: present });
      return { present, alerts: found.filter((a) => open === undefined || a.open === open) };
    },
    close: () => store.close(),
  };
}

/** The API's page size limit for events. */
const PAGE = 500;

function serverQueries(base: string): Queries {
  const get = async <T>(path: string, params: Record<string, string | number | boolean | undefined>): Promise<T> => {
    const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
    const url = `${base}${path}?${query}`;
    let res: Response;
    try {
      res = await fetch(url);
    } catch (cause) {
      throw new StoreError('query', `the running server at ${base} does not answer (stop it, or remove its marsad-server.json)`, { cause });
    }
    const body = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
    if (!res.ok || body === null) throw new StoreError('query', `the server at ${base} answered ${res.status} to ${path}: ${body?.message ?? res.statusText}`);
    return body;
  };
  return {
    origin: `the server at ${base}`,
    async events(f) {
      const want = f.limit ?? PAGE;
      const params = {
        actor: f.actor, dyad: f.dyad?.join(','), directed: f.directed, cameo: f.cameo, root: f.root, from: f.from, to: f.to,
        lang: f.lang, q: f.text, negated: f.includeNegated, sort: f.sort,
      };
      const items: StoredEvent[] = [];
      let page: { total: number; totalExact: boolean; items: StoredEvent[]; nextCursor: string | null };
      let after: string | undefined;
      do {
        page = await get('/api/events', { ...params, limit: Math.min(PAGE, want - items.length), after });
        items.push(...page.items);
        after = page.nextCursor ?? undefined;
      } while (after && items.length < want);
      return { total: page.total, totalExact: page.totalExact, items };
    },
    async dyadTension(a, b, o) {
      const path = `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`;
      return (await get<{ points: DyadPoint[] }>(path, { by: o.by, directed: o.directed, from: o.from, to: o.to })).points;
    },
    async alerts(o) {
      const params = { by: o.by, minEvents: o.minDyadEvents, threshold: o.threshold, from: o.since, open: o.open, limit: 500 };
      const { present, items } = await get<{ present: string; items: AlertReport[] }>('/api/alerts', params);
      return { present, alerts: items };
    },
    close: async () => {},
  };
}

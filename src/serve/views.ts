// The server's heavy views (dyad series, alerts, movers), kept per dyad in a memo that a write invalidates only for
// the dyads it touched. Requests read the dyads' versions and the present of the data from a snapshot that the
// server renews after its own writes and, for writes by other processes, by polling: no request waits on them.
import { alerts, dataPresent, dyadTension, topMovers, type AlertReport, type AlertsOptions, type DyadPoint, type Mover } from '../analyze/from-store.ts';
import { dyadMemo } from '../analyze/memo.ts';
import type { SeriesOptions } from '../analyze/dyad-series.ts';
import type { DyadVersion, Store } from '../store/store.ts';

/** Movers the overview ranks (it shows the first `limit`). */
const MOVERS = 100;
/** How often the server looks for writes by other processes (a CLI ingest into the same PostgreSQL). */
export const POLL_MS = 1000;

export interface AnalysisViews {
  series(a: string, b: string, options: SeriesOptions): Promise<DyadPoint[]>;
  /** The present of the data and the alerts judged open against it (read together, so both always agree). */
  alerts(options?: Omit<AlertsOptions, 'asOf'>): Promise<{ present: string; items: AlertReport[] }>;
  movers(present: string): Promise<Mover[]>;
  /**
   * The store version the views show (read before their snapshot): answers built from them are filed under it
   * (answers.ts). Null without the memo (every call reads the store afresh).
   */
  version(): Promise<string | null>;
  /**
   * Bring the default alerts and movers up to date (at start-up, awaited; after a write, in the background).
   * A refresh asked for while one runs runs once after it. A failed refresh leaves the memo as it was; the
   * next request computes what is missing and reports the error.
   */
  refresh(): Promise<void>;
  /** After a write through this server: read the versions again and refresh. */
  changed(): void;
  /**
   * A write of this server begins; polling waits until the returned release is called (the write's own
   * `changed()` renews the views at its end), so a write does not set off refreshes while it runs.
   */
  writing(): () => void;
  /** Stop polling and wait for a running refresh (before the store closes). */
  close(): Promise<void>;
}

interface Snapshot {
  version: string;
  present: string;
  dyads: DyadVersion[];
  byKey: Map<string, DyadVersion>;
  signature: string;
}

async function readSnapshot(store: Store): Promise<Snapshot> {
  const version = await store.version();
  const [present, dyads] = await Promise.all([dataPresent(store), store.dyadVersions()]);
  const keys = dyads.map((d) => `${d.a}|${d.b}`);
  return { version, present, dyads, byKey: new Map(keys.map((k, i) => [k, dyads[i]!])), signature: `${present}:${keys.map((k, i) => `${k}@${dyads[i]!.version}`).join()}` };
}

/**
 * Views over `store`; `memo: false` reads and recomputes everything on every call (for measuring the cold path).
 * @example const views = analysisViews(store); await views.refresh(); await views.alerts({ by: 'month' })
 */
export function analysisViews(store: Store, options: { memo?: boolean; pollMs?: number } = {}): AnalysisViews {
  const live = options.memo !== false;
  const shared = dyadMemo();
  const memo = () => (live ? shared : dyadMemo());
  let snapshot: Promise<Snapshot> | null = null;
  const current = (): Promise<Snapshot> => (snapshot ??= readSnapshot(store).catch((err: unknown) => {
    snapshot = null;
    throw err;
  }));
  // The store as the memoized analyses see it: dyad versions from the snapshot, everything else from the store.
  const seen: Store = live ? Object.assign(Object.create(store) as Store, {
    async dyadVersions(dyad?: [string, string]): Promise<DyadVersion[]> {
      const { dyads, byKey } = await current();
      if (!dyad) return dyads;
      const found = byKey.get(`${dyad[0]}|${dyad[1]}`) ?? byKey.get(`${dyad[1]}|${dyad[0]}`);
      return found ? [found] : [];
    },
  }) : store;
  const present = async () => (live ? (await current()).present : dataPresent(store));

  let running: Promise<void> | null = null;
  let again = false;
  let polling = false;
  let writers = 0;
  const views: AnalysisViews = {
    series: (a, b, o) => dyadTension(seen, a, b, o, memo()),
    async alerts(o = {}) {
      const asOf = await present();
      return { present: asOf, items: await alerts(seen, { ...o, asOf }, memo()) };
    },
    movers: (asOf) => topMovers(seen, { limit: MOVERS, asOf }, memo()),
    version: async () => (live ? (await current()).version : null),
    refresh() {
      if (!live) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = views.alerts().then(({ present: asOf }) => views.movers(asOf)).then(() => {}, () => {}).then(() => {
        running = null;
        if (again) {
          again = false;
          void views.refresh();
        }
      });
      return running;
    },
    changed() {
      snapshot = null;
      void views.refresh();
    },
    writing() {
      writers++;
      let released = false;
      return () => {
        if (!released) writers--;
        released = true;
      };
    },
    async close() {
      clearInterval(timer);
      while (running) await running;
    },
  };
  const poll = async () => {
    if (polling || writers > 0) return;
    polling = true;
    try {
      const next = await readSnapshot(store);
      const before = await snapshot?.catch(() => null);
      if (next.signature !== before?.signature) {
        snapshot = Promise.resolve(next);
        void views.refresh();
      }
    } catch {
      // The database is away: requests report it; the next poll tries again.
    } finally {
      polling = false;
    }
  };
  const timer = live ? setInterval(() => void poll(), options.pollMs ?? POLL_MS) : undefined;
  timer?.unref();
  return views;
}

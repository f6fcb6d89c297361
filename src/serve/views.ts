// The server's heavy views (dyad series, alerts, movers), kept per dyad in a memo that a write invalidates only for
// the dyads it touched, and refreshed after writes and at start-up off the request path.
import { alerts, dataPresent, dyadTension, topMovers, type AlertReport, type AlertsOptions, type DyadPoint, type Mover } from '../analyze/from-store.ts';
import { dyadMemo } from '../analyze/memo.ts';
import type { SeriesOptions } from '../analyze/dyad-series.ts';
import type { Store } from '../store/store.ts';

/** Movers the overview ranks (it shows the first `limit`). */
const MOVERS = 100;

export interface AnalysisViews {
  series(a: string, b: string, options: SeriesOptions): Promise<DyadPoint[]>;
  /** The present of the data and the alerts judged open against it (read together, so both always agree). */
  alerts(options?: Omit<AlertsOptions, 'asOf'>): Promise<{ present: string; items: AlertReport[] }>;
  movers(present: string): Promise<Mover[]>;
  /**
   * Bring the default alerts and movers up to date (at start-up, awaited; after a write, in the background).
   * A refresh asked for while one runs runs once after it. A failed refresh leaves the memo as it was; the
   * next request computes what is missing and reports the error.
   */
  refresh(): Promise<void>;
  /** Resolves when no refresh is running (before the store closes). */
  settled(): Promise<void>;
}

/**
 * Views over `store`; `memo: false` recomputes everything on every call (for measuring the cold path).
 * @example const views = analysisViews(store); views.refresh(); await views.alerts({ by: 'month' })
 */
export function analysisViews(store: Store, options: { memo?: boolean } = {}): AnalysisViews {
  const shared = dyadMemo();
  /** Without memo, each call gets a fresh one (still sharing its batches within the call). */
  const memo = () => (options.memo === false ? dyadMemo() : shared);
  let running: Promise<void> | null = null;
  let again = false;
  const views: AnalysisViews = {
    series: (a, b, o) => dyadTension(store, a, b, o, memo()),
    async alerts(o = {}) {
      const present = await dataPresent(store);
      return { present, items: await alerts(store, { ...o, asOf: present }, memo()) };
    },
    movers: (present) => topMovers(store, { limit: MOVERS, asOf: present }, memo()),
    refresh() {
      if (options.memo === false) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = views.alerts().then(({ present }) => views.movers(present)).then(() => {}, () => {}).then(() => {
        running = null;
        if (again) {
          again = false;
          void views.refresh();
        }
      });
      return running;
    },
    async settled() {
      while (running) await running;
    },
  };
  return views;
}

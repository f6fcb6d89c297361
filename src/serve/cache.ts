// Memoized whole-store analyses (alerts, movers, network), dropped whenever the store's counts change.
import type { Store } from '../store/store.ts';

export interface ResultCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Forget everything (after a write through this server). */
  clear(): void;
}

/**
 * A cache that checks the store's counts on each call, so writes by another process are noticed too.
 * @example const movers = await cache.get('movers', () => topMovers(store));
 */
export function storeCache(store: Store): ResultCache {
  let stamp = '';
  let entries = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = JSON.stringify(await store.counts());
      if (now !== stamp) {
        stamp = now;
        entries = new Map();
      }
      let hit = entries.get(key) as Promise<T> | undefined;
      if (!hit) {
        hit = compute();
        entries.set(key, hit);
        hit.catch(() => entries.delete(key));
      }
      return hit;
    },
    clear() {
      entries = new Map();
      stamp = '';
    },
  };
}

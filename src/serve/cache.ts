// Memoized results (chains, the network, the overview's counts) for a short time, dropped at once when this server stores articles.

export interface ResultCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Forget everything (after a write through this server). */
  clear(): void;
}

/**
 * A time-bounded cache: results live `seconds` (0 disables caching), so writes by another process
 * (a CLI ingest into the same PostgreSQL) show up within that time; writes through this server clear it.
 * @example const graph = await cache.get('network', () => network(store));
 */
export function resultCache(seconds: number, now: () => number = Date.now): ResultCache {
  let entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (seconds <= 0) return compute();
      const hit = entries.get(key);
      if (hit && now() - hit.at < seconds * 1000) return hit.value as Promise<T>;
      const value = compute();
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      if (entries.size > 500) entries = new Map([...entries].slice(-250));
      return value;
    },
    clear() {
      entries = new Map();
    },
  };
}

// Per-dyad memo of analysis results, each valid while its dyad's version stands (dyad_versions, stamped by
// the database whenever a write touches one of the dyad's events), so a write costs only the dyads it touched.

/** Entries kept by default: every dyad of a large store for a few option sets, without growing without end. */
export const MEMO_CAPACITY = 5000;

export interface DyadMemo {
  /** Whether `key` holds a value (or one in flight) for `version`. */
  has(key: string, version: string): boolean;
  /** Remember `value` (a computation in flight too, so concurrent callers share it); a failed one is forgotten. */
  put<T>(key: string, version: string, value: Promise<T>): Promise<T>;
  /** The value under `key` for `version`, else `compute()`'s, remembered. */
  get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T>;
  readonly size: number;
}

/**
 * A memo holding at most `capacity` entries, the least recently used dropped first.
 * @example await memo.get(`series:AZE|RUS:month`, dyad.version, () => dyadTension(store, 'AZE', 'RUS', { by: 'month' }))
 */
export function dyadMemo(capacity = MEMO_CAPACITY): DyadMemo {
  const entries = new Map<string, { version: string; value: Promise<unknown> }>();
  const memo: DyadMemo = {
    has: (key, version) => entries.get(key)?.version === version,
    put(key, version, value) {
      const entry = { version, value };
      entries.delete(key);
      entries.set(key, entry);
      value.catch(() => entries.get(key) === entry && entries.delete(key));
      if (entries.size > capacity) entries.delete(entries.keys().next().value!);
      return value;
    },
    get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (!hit || hit.version !== version) return memo.put(key, version, compute());
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<T>;
    },
    get size() {
      return entries.size;
    },
  };
  return memo;
}

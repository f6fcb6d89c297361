// Binary search over arrays kept in text order (tokens, sentences, mentions): the stages look spans up this way
// so that coding stays linear in article length.

/**
 * The first index in [lo, hi) whose item passes `test`, or hi when none does; `test` must be false for a prefix
 * of the range and true for the rest (e.g. "starts after offset X" over items sorted by start).
 * @example firstIndex([1, 3, 5], (n) => n > 2) // 1
 */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean, lo = 0, hi = items.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

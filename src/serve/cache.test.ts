// The analysis cache: results are reused within their lifetime, recomputed after it or after clear().
import { describe, expect, it } from 'vitest';
import { resultCache } from './cache.ts';

describe('resultCache', () => {
  it('reuses a result within its lifetime and recomputes after it', async () => {
    let clock = 0;
    let calls = 0;
    const cache = resultCache(30, () => clock);
    const compute = async () => ++calls;
    expect(await cache.get('k', compute)).toBe(1);
    clock = 29_000;
    expect(await cache.get('k', compute)).toBe(1);
    clock = 30_001;
    expect(await cache.get('k', compute)).toBe(2);
  });

  it('recomputes everything after clear()', async () => {
    let calls = 0;
    const cache = resultCache(30);
    await cache.get('a', async () => ++calls);
    cache.clear();
    expect(await cache.get('a', async () => ++calls)).toBe(2);
  });

  it('does not cache at all with a lifetime of 0', async () => {
    let calls = 0;
    const cache = resultCache(0);
    await cache.get('a', async () => ++calls);
    expect(await cache.get('a', async () => ++calls)).toBe(2);
  });

  it('forgets a failed computation so the next call retries', async () => {
    const cache = resultCache(30);
    await expect(cache.get('a', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });
});

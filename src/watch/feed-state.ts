// How a feed's state moves after a poll: validators and counts on success, failures and backoff on error.
import type { FeedState } from '../store/store.ts';

/** The state of a feed never polled. */
export function freshState(url: string): FeedState {
  return { url, lastPoll: null, etag: null, lastModified: null, items: 0, stored: 0, failures: 0, nextPoll: null, lastError: null };
}

/**
 * Whether a feed is due at `now`: a failing feed at the end of its backoff, any other one interval after its last
 * poll (by this run's interval, not the one a previous run recorded). A tolerance of a tenth of the interval (at
 * most a minute) keeps a feed due on the cycle its next poll was set for, and on a `--once` run from cron that
 * starts a little early.
 */
export function isDue(state: FeedState, now: number, everyMs: number): boolean {
  const at = state.failures > 0 ? state.nextPoll : state.lastPoll && new Date(Date.parse(state.lastPoll) + everyMs).toISOString();
  return !at || Date.parse(at) <= now + Math.min(60_000, everyMs / 10);
}

/**
 * The wait before polling a feed that failed `failures` times in a row: every × 2^failures, at most maxBackoff
 * (so 15m grows 30m, 1h, 2h … and a feed that recovers is polled on schedule again).
 * @example backoffMs(3, 900_000, 21_600_000) // 7_200_000 (2 h)
 */
export function backoffMs(failures: number, everyMs: number, maxBackoffMs: number): number {
  return Math.min(everyMs * 2 ** failures, Math.max(everyMs, maxBackoffMs));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** After a poll that answered (changed or not): validators kept, failures cleared, next poll on schedule. */
export function succeeded(
  state: FeedState, at: number, everyMs: number, update: Partial<Pick<FeedState, 'etag' | 'lastModified' | 'items'>> & { newlyStored?: number },
): FeedState {
  const { newlyStored = 0, ...fields } = update;
  return { ...state, ...fields, stored: state.stored + newlyStored, lastPoll: iso(at), failures: 0, nextPoll: iso(at + everyMs), lastError: null };
}

/** After a failed poll: one more failure, the next poll backed off, the reason kept; validators unchanged. */
export function failed(state: FeedState, at: number, reason: string, everyMs: number, maxBackoffMs: number): FeedState {
  const failures = state.failures + 1;
  return { ...state, lastPoll: iso(at), failures, nextPoll: iso(at + backoffMs(failures, everyMs, maxBackoffMs)), lastError: reason };
}

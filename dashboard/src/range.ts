// The default window of a dyad's series: the most recent continuous activity, without long empty stretches before it.

/** Runs of more empty periods than this split a history into separate stretches of activity. */
export const MAX_EMPTY_RUN = 6;

export interface Window {
  /** Index of the first shown period. */
  start: number;
  /** Periods hidden before it, and the events in them. */
  hiddenPeriods: number;
  hiddenEvents: number;
}

/**
 * Where the latest stretch of activity starts: after the last run of more than `maxEmpty` empty periods.
 * @example recentWindow([{ total: 1 }, ...Array(30).fill({ total: 0 }), { total: 2 }, { total: 0 }, { total: 3 }]).start // 31
 */
export function recentWindow(points: readonly { total: number }[], maxEmpty = MAX_EMPTY_RUN): Window {
  let start = 0;
  let empty = 0;
  for (let i = 0; i < points.length; i++) {
    if (points[i]!.total > 0) {
      if (empty > maxEmpty) start = i;
      empty = 0;
    } else empty++;
  }
  const hidden = points.slice(0, start);
  return { start, hiddenPeriods: hidden.length, hiddenEvents: hidden.reduce((n, p) => n + p.total, 0) };
}

// The surge: how far a period's net hostility (volume-weighted Goldstein) stands above the dyad's own trailing
// baseline, in units of that baseline's spread (docs/analysis.md). Unlike the tension share it keeps moving
// for dyads that are always mostly conflictual, because it counts how much happens, not only the mix. The
// baseline is a median and the spread a median deviation, so a crisis month does not become the normal that
// the next crisis month is measured against.
import type { SeriesPoint } from './dyad-series.ts';
import { round1 } from './tension.ts';

export interface SurgeOptions {
  /** Earlier periods the baseline looks back over (default 12: a year of months). */
  window?: number;
  /** Smallest spread, in Goldstein points, so a dyad quiet until now does not turn one rebuke into a crisis. */
  minSpread?: number;
}

export const SURGE_DEFAULTS = { window: 12, minSpread: 5 } as const;

export interface SurgePoint {
  /** Net hostility of the period: −Σ Goldstein (conflict adds, cooperation subtracts; 0 when empty). */
  hostility: number;
  /** Median hostility of the trailing window of earlier periods (empty ones count as 0); null for the first period. */
  hostilityBaseline: number | null;
  /** (hostility − baseline) / max(spread, minSpread): spreads above (or below) the dyad's own recent normal; null for the first period. */
  surge: number | null;
}

/** Scales a median absolute deviation to a standard deviation for normally spread values. */
const MAD_TO_SD = 1.4826;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The surge of every period of a series, against the `window` periods before it: baseline = their median
 * hostility, spread = 1.4826 × their median absolute deviation, at least minSpread.
 * @example surge(dyadSeries(events, 'AZE', 'RUS', { by: 'month' })).map((p) => p.surge)
 */
export function surge(series: readonly SeriesPoint[], options: SurgeOptions = {}): SurgePoint[] {
  const window = options.window ?? SURGE_DEFAULTS.window;
  const minSpread = options.minSpread ?? SURGE_DEFAULTS.minSpread;
  const hostility = series.map((p) => (p.goldsteinSum === 0 ? 0 : -p.goldsteinSum));
  return hostility.map((h, i) => {
    const past = hostility.slice(Math.max(0, i - window), i);
    if (past.length === 0) return { hostility: round1(h), hostilityBaseline: null, surge: null };
    const base = median(past);
    const spread = MAD_TO_SD * median(past.map((x) => Math.abs(x - base)));
    return { hostility: round1(h), hostilityBaseline: round1(base), surge: round1((h - base) / Math.max(spread, minSpread)) };
  });
}

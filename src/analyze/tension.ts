// The tension index: weighted conflict share per period, shrunk toward the dyad's baseline, smoothed (docs/analysis.md).
import type { SeriesPoint } from './dyad-series.ts';

export interface TensionOptions {
  /** Pseudo-weight pulling a period toward the dyad baseline (k); about two mid-range events. */
  strength?: number;
  /** Exponential smoothing factor α in (0, 1]; 1 means no smoothing. */
  alpha?: number;
  /** Conflict share the dyad baseline is itself shrunk toward (π), e.g. the corpus-wide share. */
  prior?: number;
  /** Pseudo-weight of the prior in the dyad baseline (m). */
  priorStrength?: number;
  /** Override the dyad baseline share (0–1) instead of computing it from the series. */
  baseline?: number;
}

export const TENSION_DEFAULTS = { strength: 10, alpha: 0.5, prior: 0.5, priorStrength: 10 } as const;

export interface TensionPoint extends SeriesPoint {
  /** Weighted conflict share of the period's own events (0–1), null when empty. */
  share: number | null;
  /** The share shrunk toward the baseline (0–1). */
  shrunk: number;
  /** The smoothed index, 0–100. */
  tension: number;
  /** The dyad baseline as an index, 0–100. */
  baseline: number;
  /** tension − baseline, in index points. */
  delta: number;
}

/** Round to one decimal, as every index in the analysis is reported. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Shrunk conflict share: (C + k·μ) / (C + K + k). */
export function shrunkShare(conflict: number, cooperation: number, toward: number, strength: number): number {
  return (conflict + strength * toward) / (conflict + cooperation + strength);
}

/** The dyad's long-run conflict share over the whole series, shrunk toward the prior. */
export function dyadBaseline(series: readonly SeriesPoint[], options: TensionOptions = {}): number {
  if (options.baseline !== undefined) return options.baseline;
  const prior = options.prior ?? TENSION_DEFAULTS.prior;
  const priorStrength = options.priorStrength ?? TENSION_DEFAULTS.priorStrength;
  let c = 0;
  let w = 0;
  for (const p of series) {
    c += p.conflictWeight;
    w += p.conflictWeight + p.cooperationWeight;
  }
  return (c + priorStrength * prior) / (w + priorStrength);
}

/**
 * Tension per period in [0, 100]. share = C / (C + K) with C, K the |Goldstein|-weighted conflict
 * (QuadClass 3–4) and cooperation (1–2) of the period; shrunk toward the dyad baseline μ with k
 * pseudo-weight; smoothed s = α·shrunk + (1 − α)·s₋₁ starting at μ; tension = 100·s; delta = tension − 100·μ.
 * @example tension(dyadSeries(events, 'AZE', 'RUS', { by: 'month' })).map((p) => p.tension)
 */
export function tension(series: readonly SeriesPoint[], options: TensionOptions = {}): TensionPoint[] {
  const strength = options.strength ?? TENSION_DEFAULTS.strength;
  const alpha = options.alpha ?? TENSION_DEFAULTS.alpha;
  const mu = dyadBaseline(series, options);
  let smoothed = mu;
  return series.map((p) => {
    const weight = p.conflictWeight + p.cooperationWeight;
    const shrunk = shrunkShare(p.conflictWeight, p.cooperationWeight, mu, strength);
    smoothed = alpha * shrunk + (1 - alpha) * smoothed;
    const value = round1(100 * smoothed);
    return {
      ...p,
      share: weight > 0 ? Math.round((p.conflictWeight / weight) * 1000) / 1000 : null,
      shrunk: Math.round(shrunk * 1000) / 1000,
      tension: value,
      baseline: round1(100 * mu),
      delta: round1(value - 100 * mu),
    };
  });
}

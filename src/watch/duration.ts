// Durations as people write them on the command line: 500ms, 30s, 15m, 2h, 1d.
import { InputError } from '../errors.ts';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Milliseconds of a duration such as 15m; `flag` names it in the error.
 * @example parseDuration('15m', '--every') // 900000
 */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms > 0)) throw new InputError(flag, `expected a duration such as 30s, 15m or 2h, got "${text}"`);
  return ms;
}

/** A duration in the largest unit that keeps it short, for messages: 900000 → '15m'. */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const n = ms / UNIT_MS[unit];
    if (n >= 1) return `${Number.isInteger(n) ? n : n.toFixed(1)}${unit}`;
  }
  return `${Math.round(ms)}ms`;
}

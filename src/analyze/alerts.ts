// Change detection on a dyad series: CUSUMs of the shrunk conflict share against the trailing baseline,
// and surges in the volume of conflict against the dyad's own trailing mean.
import type { SeriesPoint } from './dyad-series.ts';
import { round1, shrunkShare, TENSION_DEFAULTS } from './tension.ts';

export interface AlertOptions {
  /** The dyad the series belongs to, copied into each alert. */
  dyad: [string, string];
  /** Index points a period must exceed the baseline by before it adds to the CUSUM (allowance). */
  slack?: number;
  /** CUSUM value (index points) that raises an alert. */
  threshold?: number;
  /** Conflict (escalation) or cooperative (de-escalation) events needed over the run. */
  minEvents?: number;
  /** Events of the dyad needed before a period can raise an alert (history for a baseline). */
  minHistory?: number;
  /** Pseudo-weight pulling a period toward the trailing baseline (k). */
  strength?: number;
  /** Starting conflict share of the trailing baseline (π) and its pseudo-weight (m). */
  prior?: number;
  priorStrength?: number;
  /** How many driving event ids to report. */
  top?: number;
  /** A volume surge needs conflict weight ≥ surgeFactor × trailing mean + surgeFloor. */
  surgeFactor?: number;
  surgeFloor?: number;
}

export const ALERT_DEFAULTS = { slack: 5, threshold: 20, minEvents: 2, minHistory: 3, top: 5, surgeFactor: 3, surgeFloor: 10 } as const;

export interface Alert {
  dyad: [string, string];
  period: string;
  start: string;
  end: string;
  /** First period of the run of above- (or below-) baseline periods that led to the alert. */
  runStart: string;
  direction: 'escalation' | 'de-escalation';
  /**
   * What moved: 'share' (the conflict share of the dyad's events, a CUSUM in 0–100 index points) or
   * 'volume' (the amount of conflict, in |Goldstein| weight, against the dyad's trailing mean per period).
   */
  signal: 'share' | 'volume';
  /** Share: the CUSUM value at the alert (index points). Volume: conflict weight above the trailing mean. */
  magnitude: number;
  /** Share: the period's shrunk conflict share and the trailing baseline (0–100). Volume: the period's conflict weight and the trailing mean. */
  score: number;
  baseline: number;
  /** Events in the alert period. */
  events: number;
  /** The most conflictual (escalation) or cooperative (de-escalation) events, alert period first. */
  eventIds: number[];
}

interface Run {
  sum: number;
  start: number;
  evidence: number;
}

function drivers(series: readonly SeriesPoint[], run: Run, at: number, escalation: boolean, top: number): number[] {
  const ids: number[] = [];
  for (let i = at; i >= run.start && ids.length < top; i--) {
    const p = series[i]!;
    for (const id of escalation ? p.topConflict : p.topCooperation) if (ids.length < top) ids.push(id);
  }
  return ids;
}

/**
 * Alerts where the dyad's conflict share moves away from its own past. Trailing baseline
 * μₜ = (C₍<ₜ₎ + m·π) / (W₍<ₜ₎ + m); period score xₜ = (Cₜ + k·μₜ) / (Wₜ + k);
 * S⁺ = max(0, S⁺ + 100(xₜ − μₜ) − slack) alerts escalation at ≥ threshold, S⁻ mirrors it for de-escalation,
 * both needing minEvents supporting events over the run and minHistory earlier events; a CUSUM resets after its alert.
 * @example detectAlerts(dyadSeries(events, 'AZE', 'RUS', { by: 'month' }), { dyad: ['AZE', 'RUS'] })
 */
export function detectAlerts(series: readonly SeriesPoint[], options: AlertOptions): Alert[] {
  const slack = options.slack ?? ALERT_DEFAULTS.slack;
  const threshold = options.threshold ?? ALERT_DEFAULTS.threshold;
  const minEvents = options.minEvents ?? ALERT_DEFAULTS.minEvents;
  const minHistory = options.minHistory ?? ALERT_DEFAULTS.minHistory;
  const top = options.top ?? ALERT_DEFAULTS.top;
  const strength = options.strength ?? TENSION_DEFAULTS.strength;
  const prior = options.prior ?? TENSION_DEFAULTS.prior;
  const priorStrength = options.priorStrength ?? TENSION_DEFAULTS.priorStrength;
  const alerts: Alert[] = [];
  let pastC = 0;
  let pastW = 0;
  let pastEvents = 0;
  let up: Run = { sum: 0, start: 0, evidence: 0 };
  let down: Run = { sum: 0, start: 0, evidence: 0 };
  series.forEach((p, i) => {
    const mu = (pastC + priorStrength * prior) / (pastW + priorStrength);
    const x = shrunkShare(p.conflictWeight, p.cooperationWeight, mu, strength);
    const z = 100 * (x - mu);
    if (pastEvents >= minHistory) {
      up = step(up, z, i, p.q3 + p.q4, slack);
      down = step(down, -z, i, p.q1 + p.q2, slack);
      for (const [run, escalation] of [[up, true], [down, false]] as const) {
        if (run.sum < threshold || run.evidence < minEvents) continue;
        alerts.push({
          dyad: options.dyad, period: p.period, start: p.start, end: p.end, runStart: series[run.start]!.period,
          direction: escalation ? 'escalation' : 'de-escalation', signal: 'share', magnitude: round1(run.sum),
          score: round1(100 * x), baseline: round1(100 * mu), events: p.total,
          eventIds: drivers(series, run, i, escalation, top),
        });
        up = { sum: 0, start: i + 1, evidence: 0 };
        down = { sum: 0, start: i + 1, evidence: 0 };
        break;
      }
    }
    pastC += p.conflictWeight;
    pastW += p.conflictWeight + p.cooperationWeight;
    pastEvents += p.total;
  });
  return [...alerts, ...surges(series, options, alerts)].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * Volume surges: a dyad whose conflict is already a large share of its events can still escalate sharply in
 * amount (a month of raids and arrests after a month of protests). A period surges when its conflict weight
 * Cₜ ≥ surgeFactor·c̄ₜ + surgeFloor, where c̄ₜ is the mean conflict weight of the dyad's earlier periods
 * (from its first event, empty periods counting as 0), with minEvents conflict events in the period and
 * minHistory earlier events. A period that already raised a share alert raises no second one.
 */
function surges(series: readonly SeriesPoint[], options: AlertOptions, shareAlerts: readonly Alert[]): Alert[] {
  const factor = options.surgeFactor ?? ALERT_DEFAULTS.surgeFactor;
  const floor = options.surgeFloor ?? ALERT_DEFAULTS.surgeFloor;
  const minEvents = options.minEvents ?? ALERT_DEFAULTS.minEvents;
  const minHistory = options.minHistory ?? ALERT_DEFAULTS.minHistory;
  const top = options.top ?? ALERT_DEFAULTS.top;
  const flagged = new Set(shareAlerts.filter((a) => a.direction === 'escalation').map((a) => a.period));
  const out: Alert[] = [];
  let sum = 0;
  let periods = 0;
  let pastEvents = 0;
  series.forEach((p, i) => {
    const mean = periods ? sum / periods : 0;
    if (pastEvents >= minHistory && p.q3 + p.q4 >= minEvents && p.conflictWeight >= factor * mean + floor && !flagged.has(p.period)) {
      out.push({
        dyad: options.dyad, period: p.period, start: p.start, end: p.end, runStart: p.period, direction: 'escalation',
        signal: 'volume', magnitude: round1(p.conflictWeight - mean), score: round1(p.conflictWeight), baseline: round1(mean),
        events: p.total, eventIds: drivers(series, { sum: 0, start: i, evidence: 0 }, i, true, top),
      });
    }
    if (pastEvents > 0 || p.total > 0) {
      sum += p.conflictWeight;
      periods++;
    }
    pastEvents += p.total;
  });
  return out;
}

function step(run: Run, z: number, i: number, evidence: number, slack: number): Run {
  const sum = run.sum + z - slack;
  if (sum <= 0) return { sum: 0, start: i + 1, evidence: 0 };
  return { sum, start: run.sum === 0 ? i : run.start, evidence: run.evidence + evidence };
}

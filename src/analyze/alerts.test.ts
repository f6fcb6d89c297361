import { describe, expect, it } from 'vitest';
import { detectAlerts } from './alerts.ts';
import { dyadSeries } from './dyad-series.ts';
import { ev } from './event-fixture.ts';
import type { AnalysisEvent } from './events.ts';

const dyad: [string, string] = ['AZE', 'RUS'];
const monthly = (events: AnalysisEvent[]) => dyadSeries(events, 'AZE', 'RUS', { by: 'month' });

/** Two cooperative events (Goldstein +4) in each of the first `months` months of 2025, ids from 100. */
function calmHistory(months: number): AnalysisEvent[] {
  return Array.from({ length: months * 2 }, (_, i) =>
    ev(100 + i, `2025-0${1 + Math.floor(i / 2)}-1${i % 2}`, i % 2 ? 'RUS>AZE' : 'AZE>RUS', '036', 4),
  );
}

describe('detectAlerts', () => {
  it('flags a clear escalation with the events that drove it, most conflictual first', () => {
    const burst = [
      ev(1, '2025-07-02', 'RUS>AZE', '111', -2),
      ev(2, '2025-07-05', 'AZE>RUS', '173', -5),
      ev(3, '2025-07-09', 'RUS>AZE', '190', -10),
      ev(4, '2025-07-12', 'AZE>RUS', '172', -7),
      ev(5, '2025-07-20', 'AZE>RUS', '036', 4),
    ];
    const alerts = detectAlerts(monthly([...calmHistory(6), ...burst]), { dyad });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      dyad: ['AZE', 'RUS'],
      period: '2025-07',
      runStart: '2025-07',
      direction: 'escalation',
      events: 5,
      eventIds: [3, 4, 2, 1],
    });
    // baseline μ = 5 / 58 = 0.086; score (24 + 10μ) / (28 + 10) = 0.654; CUSUM 65.4 − 8.6 − 5
    expect([alerts[0]!.baseline, alerts[0]!.score, alerts[0]!.magnitude]).toEqual([8.6, 65.4, 51.8]);
  });

  it('flags a surge in the amount of conflict when the dyad was already mostly conflictual', () => {
    // Months of a little verbal friction (one 111 a month), then a month of raids and arrests.
    const friction = Array.from({ length: 5 }, (_, m) => ev(200 + m, `2025-0${m + 1}-15`, m % 2 ? 'RUS>AZE' : 'AZE>RUS', '111', -2));
    const raids = [
      ev(1, '2025-06-27', 'RUS>AZE', '173', -5),
      ev(2, '2025-06-30', 'AZE>RUS', '173', -5),
      ev(3, '2025-06-30', 'AZE>RUS', '1711', -9.2),
      ev(4, '2025-06-29', 'RUS>AZE', '180', -9),
    ];
    const alerts = detectAlerts(monthly([...friction, ...raids]), { dyad });
    const volume = alerts.filter((a) => a.signal === 'volume');
    expect(volume).toHaveLength(1);
    // trailing mean 2 per month; June carries 5 + 5 + 9.2 + 9 = 28.2 ≥ 3·2 + 10
    expect(volume[0]).toMatchObject({ period: '2025-06', direction: 'escalation', baseline: 2, score: 28.2, magnitude: 26.2 });
    expect(volume[0]!.eventIds.slice(0, 2)).toEqual([3, 4]);
    expect(alerts.filter((a) => a.signal === 'share')).toHaveLength(0);
  });

  it('raises nothing for a steady cooperative dyad', () => {
    expect(detectAlerts(monthly(calmHistory(6)), { dyad })).toEqual([]);
  });

  it('raises nothing for one conflict event alone, however strong', () => {
    const series = monthly([...calmHistory(6), ev(1, '2025-07-09', 'RUS>AZE', '190', -10)]);
    expect(detectAlerts(series, { dyad })).toEqual([]);
    expect(detectAlerts(series, { dyad, minEvents: 1 })).toHaveLength(1);
  });

  it('takes options given as undefined as the defaults', () => {
    const series = monthly([...calmHistory(6), ev(1, '2025-07-09', 'RUS>AZE', '111', -2), ev(2, '2025-07-10', 'RUS>AZE', '111', -2), ev(3, '2025-07-11', 'AZE>RUS', '036', 4)]);
    expect(detectAlerts(series, { dyad, threshold: undefined, slack: undefined })).toEqual(detectAlerts(series, { dyad }));
    expect(detectAlerts(series, { dyad })).toEqual([]);
  });

  it('needs a history before the first alert', () => {
    const series = monthly([ev(1, '2025-01-02', 'RUS>AZE', '190', -10), ev(2, '2025-01-03', 'AZE>RUS', '190', -10)]);
    expect(detectAlerts(series, { dyad })).toEqual([]);
  });

  it('flags de-escalation after a conflictual stretch, with the cooperative events', () => {
    const conflict = Array.from({ length: 8 }, (_, i) => ev(10 + i, `2025-0${1 + Math.floor(i / 2)}-0${1 + i}`, 'RUS>AZE', '112', -5));
    const thaw = [ev(30, '2025-05-03', 'AZE>RUS', '057', 8), ev(31, '2025-05-04', 'RUS>AZE', '036', 4), ev(32, '2025-05-05', 'AZE>RUS', '057', 8)];
    const alerts = detectAlerts(monthly([...conflict, ...thaw]), { dyad });
    expect(alerts.map((a) => [a.period, a.direction])).toEqual([['2025-05', 'de-escalation']]);
    expect(alerts[0]!.eventIds).toEqual([30, 32, 31]);
  });

  it('accumulates a gradual rise over several months and reports where the run began', () => {
    const rise = [
      ev(1, '2025-07-03', 'RUS>AZE', '111', -2),
      ev(2, '2025-07-04', 'AZE>RUS', '112', -2),
      ev(3, '2025-07-05', 'AZE>RUS', '036', 4),
      ev(4, '2025-08-05', 'AZE>RUS', '111', -2),
      ev(5, '2025-08-06', 'RUS>AZE', '111', -2),
      ev(6, '2025-08-07', 'RUS>AZE', '036', 4),
    ];
    const alerts = detectAlerts(monthly([...calmHistory(6), ...rise]), { dyad });
    // July adds 100·((4 + 0.86) / 18 − 0.086) − 5 = 13.4, short of 20; August adds 11.2 more
    expect(alerts.map((a) => [a.period, a.runStart, a.magnitude])).toEqual([['2025-08', '2025-07', 24.6]]);
    expect(alerts[0]!.eventIds).toEqual([4, 5, 1, 2]);
  });
});

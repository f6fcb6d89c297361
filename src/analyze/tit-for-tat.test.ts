import { describe, expect, it } from 'vitest';
import { ev } from './event-fixture.ts';
import { titForTat } from './tit-for-tat.ts';

const exchange = [
  ev(1, '2025-06-27', 'RUS>AZE', '180', -9),
  ev(2, '2025-07-01', 'AZE>RUS', '173', -5),
  ev(3, '2025-07-04', 'RUS>AZE', '173', -5),
  ev(4, '2025-09-01', 'AZE>RUS', '111', -2),
  ev(5, '2025-10-15', 'RUS>AZE', '111', -2),
  ev(6, '2025-07-02', 'AZE>RUS', '036', 4),
  ev(7, '2025-07-03', 'RUS>AZE', '190', -10, { negated: true }),
];

describe('titForTat', () => {
  it('chains three alternating conflictual actions with their lags and evidence', () => {
    const { chains } = titForTat(exchange);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.dyad).toEqual(['AZE', 'RUS']);
    expect(chains[0]!.links.map((l) => [l.eventId, l.source, l.target, l.date, l.lagDays])).toEqual([
      [1, 'RUS', 'AZE', '2025-06-27', null],
      [2, 'AZE', 'RUS', '2025-07-01', 4],
      [3, 'RUS', 'AZE', '2025-07-04', 3],
    ]);
    expect(chains[0]!.links[1]).toMatchObject({ cameo: '173', trigger: 't2', articleId: 'a2', quote: 'Sentence reporting event 2.' });
  });

  it('breaks a chain when the answer comes after the window, and joins it with a wider window', () => {
    expect(titForTat(exchange).chains.some((c) => c.links.some((l) => l.eventId === 5))).toBe(false);
    const wide = titForTat(exchange, { windowDays: 50 }).chains;
    expect(wide.map((c) => c.links.map((l) => l.eventId))).toEqual([[1, 2, 3], [4, 5]]);
    expect(wide[1]!.links[1]!.lagDays).toBe(44);
  });

  it('scores reciprocity as the share of conflictual actions answered within the window', () => {
    expect(titForTat(exchange).reciprocity).toEqual([{ dyad: ['AZE', 'RUS'], actions: 5, answered: 2, score: 0.4 }]);
  });

  it('orders same-day actions by event id', () => {
    const sameDay = [ev(21, '2025-03-03', 'AZE>RUS', '111', -2), ev(20, '2025-03-03', 'RUS>AZE', '112', -2)];
    const links = titForTat(sameDay).chains[0]!.links;
    expect(links.map((l) => [l.eventId, l.lagDays])).toEqual([[20, null], [21, 0]]);
  });

  it('counts two reports of one happening once', () => {
    const reports = [
      ev(1, '2025-06-27', 'RUS>AZE', '180', -9),
      ev(2, '2025-06-27', 'RUS>AZE', '180', -9, { article_id: 'other' }),
      ev(3, '2025-06-29', 'AZE>RUS', '173', -5, { cluster_id: 9 }),
      ev(4, '2025-06-30', 'AZE>RUS', '172', -5, { cluster_id: 9 }),
      ev(5, '2025-06-29', 'AZE>RUS', '173', -5, { cluster_id: 12 }),
    ];
    const result = titForTat(reports);
    expect(result.chains.map((c) => c.links.map((l) => l.eventId))).toEqual([[1, 3]]);
    expect(result.reciprocity[0]).toMatchObject({ actions: 2, answered: 1 });
    expect(titForTat(reports.slice(0, 3)).reciprocity[0]).toMatchObject({ actions: 2 });
  });

  it('continues with a material answer before a verbal one, then the most severe for its lag, or the earliest on request', () => {
    const answers = [
      ev(1, '2025-06-27', 'RUS>AZE', '180', -9),
      ev(2, '2025-06-28', 'AZE>RUS', '100', -5),
      ev(3, '2025-06-29', 'AZE>RUS', '161', -4),
      ev(4, '2025-07-01', 'AZE>RUS', '173', -5),
      ev(5, '2025-07-25', 'AZE>RUS', '190', -10),
    ];
    // material: 161 scores 4·(1 − 2/31) = 3.74, 173 scores 5·(1 − 4/31) = 4.35, 190 scores 10·(1 − 28/31) = 0.97
    expect(titForTat(answers).chains[0]!.links.map((l) => l.eventId)).toEqual([1, 4]);
    expect(titForTat(answers, { pick: 'earliest' }).chains[0]!.links.map((l) => l.eventId)).toEqual([1, 2]);
    expect(titForTat(answers, { windowDays: 3 }).chains[0]!.links.map((l) => l.eventId)).toEqual([1, 3]);
  });

  it('prefers an answer in kind: arrests answered by arrests over a harsher act of another kind', () => {
    const answers = [
      ev(1, '2025-06-30', 'AZE>RUS', '173', -5),
      ev(2, '2025-07-01', 'RUS>AZE', '163', -8),
      ev(3, '2025-07-02', 'RUS>AZE', '173', -5),
    ];
    expect(titForTat(answers).chains[0]!.links.map((l) => l.eventId)).toEqual([1, 3]);
  });

  it('keeps to the requested dyad and skips events without a day date', () => {
    const mixed = [...exchange, ev(30, '2025-06-28', 'ARM>AZE', '111', -2), ev(31, '2025-06-29', 'AZE>ARM', '111', -2), ev(32, '2025-07', 'AZE>RUS', '173', -5)];
    expect(titForTat(mixed).chains.map((c) => c.dyad.join('-'))).toEqual(['AZE-RUS', 'ARM-AZE']);
    const only = titForTat(mixed, { dyad: ['RUS', 'AZE'] });
    expect(only.chains.map((c) => c.dyad.join('-'))).toEqual(['AZE-RUS']);
    expect(only.reciprocity[0]!.actions).toBe(5);
  });
});

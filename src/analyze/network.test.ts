import { describe, expect, it } from 'vitest';
import { ev } from './event-fixture.ts';
import { actorNetwork, adversaries, partners } from './network.ts';

const events = [
  ev(1, '2025-01-05', 'AZE>TUR', '057', 8),
  ev(2, '2025-01-06', 'TUR>AZE', '057', 8),
  ev(3, '2025-02-01', 'AZE>ISR', '061', 6),
  ev(4, '2025-02-02', 'AZE>RUS', '036', 4),
  ev(5, '2025-03-01', 'RUS>AZE', '173', -5),
  ev(6, '2025-03-02', 'AZE>RUS', '172', -7),
  ev(7, '2025-03-03', 'AZE>ARM', '111', -2),
  ev(8, '2025-03-04', 'ARM>AZE', '112', -2),
  ev(9, '2025-03-05', 'AZE>ARM', '036', 4),
  ev(10, '2025-03-06', 'AZE>AZE', '173', -5),
  ev(11, '2025-03-07', 'AZE>', '010', 0),
  ev(12, '2025-03-08', 'AZE>RUS', '190', -10, { negated: true }),
  ev(13, '2025-04', 'AZE>GEO', '036', 4),
];

describe('actorNetwork', () => {
  const network = actorNetwork(events);

  it('counts events per actor, once per event, without negated ones', () => {
    expect(network.nodes).toEqual([
      { actor: 'AZE', events: 12 },
      { actor: 'ARM', events: 3 },
      { actor: 'RUS', events: 3 },
      { actor: 'TUR', events: 2 },
      { actor: 'GEO', events: 1 },
      { actor: 'ISR', events: 1 },
    ]);
  });

  it('sums positive and negative Goldstein on undirected edges, leaving out domestic events', () => {
    expect(network.edges.find((e) => e.a === 'AZE' && e.b === 'RUS')).toEqual({
      a: 'AZE', b: 'RUS', events: 3, cooperationEvents: 1, conflictEvents: 2, cooperation: 4, conflict: 12,
    });
    expect(network.edges.some((e) => e.a === e.b)).toBe(false);
  });

  it('orders partners by cooperation and adversaries by conflict, each side of the balance', () => {
    expect(partners(network, 'AZE', 5).map((c) => [c.actor, c.cooperation])).toEqual([['TUR', 16], ['ISR', 6], ['GEO', 4]]);
    expect(partners(network, 'AZE', 2).map((c) => c.actor)).toEqual(['TUR', 'ISR']);
    expect(adversaries(network, 'AZE', 5).map((c) => [c.actor, c.conflict])).toEqual([['RUS', 12]]);
    expect(partners(network, 'RUS', 5)).toEqual([]);
  });

  it('breaks ties by number of events, then code', () => {
    const tied = actorNetwork([
      ev(1, '2025-01-01', 'AZE>KAZ', '057', 8),
      ev(2, '2025-01-02', 'AZE>UZB', '036', 4),
      ev(3, '2025-01-03', 'UZB>AZE', '036', 4),
      ev(4, '2025-01-04', 'AZE>GEO', '057', 8),
    ]);
    expect(partners(tied, 'AZE', 5).map((c) => c.actor)).toEqual(['UZB', 'GEO', 'KAZ']);
  });

  it('keeps events whose date lies inside the range', () => {
    const march = actorNetwork(events, { from: '2025-03-01', to: '2025-03-31' });
    expect(march.edges.map((e) => `${e.a}-${e.b}`)).toEqual(['ARM-AZE', 'AZE-RUS']);
    expect(actorNetwork(events, { from: '2025-04-02' }).edges).toEqual([]);
  });
});

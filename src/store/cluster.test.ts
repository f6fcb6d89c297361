// Which events report the same happening: one table row per pair of events.
import { describe, expect, it } from 'vitest';
import { clusterEvents, jaccard, wordSet, type ClusterInput } from './cluster.ts';

let nextId = 1;
function ev(over: Partial<ClusterInput>): ClusterInput {
  return {
    id: nextId++, article_id: 'a', source: 'RUS', target: 'UKR', root: '19', negated: false,
    date_start: '2025-03-10', date_end: '2025-03-10', trigger: 'shelled', quote: 'Russian forces shelled Kharkiv overnight.',
    rule: 'r1', ...over,
  };
}

describe('clusterEvents', () => {
  const cases: [string, Partial<ClusterInput>, Partial<ClusterInput>, boolean][] = [
    ['same trigger, one day apart, two articles', { article_id: 'a' }, { article_id: 'b', date_start: '2025-03-11', date_end: '2025-03-11', rule: 'r2' }, true],
    ['two days apart', { article_id: 'a' }, { article_id: 'b', date_start: '2025-03-12', date_end: '2025-03-12' }, false],
    ['different target', { article_id: 'a' }, { article_id: 'b', target: 'POL' }, false],
    ['different root', { article_id: 'a' }, { article_id: 'b', root: '18' }, false],
    ['negated against affirmed', { article_id: 'a' }, { article_id: 'b', negated: true }, false],
    ['undated in two articles', { article_id: 'a', date_start: null, date_end: null }, { article_id: 'b', date_start: null, date_end: null }, false],
    ['undated twice in one article', { date_start: null, date_end: null }, { date_start: null, date_end: null, trigger: 'pounded' }, true],
    ['a day inside a month', { article_id: 'a', date_start: '2025-03-01', date_end: '2025-03-31' }, { article_id: 'b' }, true],
    ['other trigger and rule but similar quote', { article_id: 'a' },
      { article_id: 'b', trigger: 'bombarded', rule: 'r9', quote: 'Russian forces bombarded Kharkiv overnight, officials said.' }, true],
    ['other trigger, rule and wording', { article_id: 'a' },
      { article_id: 'b', trigger: 'hit', rule: 'r9', quote: 'Missiles hit a power plant in the east.' }, false],
  ];
  for (const [name, a, b, same] of cases) {
    it(`${same ? 'joins' : 'separates'} events: ${name}`, () => {
      const [x, y] = [ev(a), ev(b)];
      const out = clusterEvents([x, y]);
      expect(out.get(x.id) === out.get(y.id)).toBe(same);
    });
  }

  it('names each cluster by its smallest event id and chains transitively', () => {
    const e = [ev({ article_id: 'a' }), ev({ article_id: 'b', date_start: '2025-03-11', date_end: '2025-03-11' }),
      ev({ article_id: 'c', date_start: '2025-03-12', date_end: '2025-03-12' })];
    const out = clusterEvents([...e].reverse());
    expect(e.map((x) => out.get(x.id))).toEqual([e[0]!.id, e[0]!.id, e[0]!.id]);
  });
});

describe('quote overlap', () => {
  it('folds Arabic letter variants and case before comparing words', () => {
    expect(jaccard(wordSet('أدانت مصر الغارة'), wordSet('ادانت مصر الغارة.'))).toBe(1);
    expect(jaccard(wordSet('Cairo Condemned'), wordSet('cairo condemned'))).toBe(1);
    expect(jaccard(wordSet('a b'), wordSet(''))).toBe(0);
  });

  it('joins two one-day events exactly at the tolerance and not beyond', () => {
    const x = ev({ article_id: 'a', date_start: '2025-03-10', date_end: '2025-03-10' });
    const y = ev({ article_id: 'b', date_start: '2025-03-11', date_end: '2025-03-11' });
    const z = ev({ article_id: 'c', date_start: '2025-03-13', date_end: '2025-03-13' });
    const out = clusterEvents([x, y, z]);
    expect([out.get(y.id), out.get(z.id)]).toEqual([x.id, z.id]);
  });
});

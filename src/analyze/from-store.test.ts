import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent, Doc } from '../doc.ts';
import { SqlStore } from '../store/index.ts';
import { migrate } from '../store/migrate.ts';
import { openPgliteEngine } from '../store/pglite/engine.ts';
import type { Store } from '../store/store.ts';
import { alerts, chains, dataPresent, dyadTension, network, topMovers } from './from-store.ts';

type Spec = [quote: string, trigger: string, dyad: string, cameo: string, goldstein: number, date: string, negated?: boolean];

function quad(cameo: string): 1 | 2 | 3 | 4 {
  const root = Number(cameo.slice(0, 2));
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** One stored article whose text is the quotes of its events. */
function doc(id: string, published: string, specs: Spec[]): Doc {
  const text = specs.map((s) => s[0]).join(' ');
  const events: CodedEvent[] = specs.map(([quote, trigger, dyad, cameo, goldstein, date, negated = false], sentence) => {
    const [source, target] = dyad.split('>');
    const qs = text.indexOf(quote);
    const ts = text.indexOf(trigger, qs);
    return {
      source: source!, source_sector: null, target: target!, target_sector: null, cameo, root: cameo.slice(0, 2),
      quad_class: quad(cameo), goldstein, date, date_granularity: 'day', negated, trigger, trigger_start: ts,
      trigger_end: ts + trigger.length, quote, quote_start: qs, quote_end: qs + quote.length, sentence, location: null,
      confidence: 0.9, rule: `test.${cameo}`,
    };
  });
  return { article: { id, lang: 'en', outlet: 'news.example', title: id, published, url: null, text }, text, events };
}

const calm: Doc[] = Array.from({ length: 6 }, (_, i) =>
  doc(`calm-${i + 1}`, `2025-0${i + 1}-20`, [
    [`Baku said on day ${i + 1} it planned closer energy work with Moscow.`, 'planned', 'AZE>RUS', '036', 4, `2025-0${i + 1}-18`],
    [`Moscow hosted Azerbaijani officials for talks in month ${i + 1}.`, 'hosted', 'RUS>AZE', '042', 1.9, `2025-0${i + 1}-19`],
    [`Yerevan and Baku agreed to keep talking in round ${i + 1}.`, 'agreed', 'ARM>AZE', '057', 8, `2025-0${i + 1}-10`],
  ]),
);
const crisis: Doc[] = [
  doc('raid', '2025-07-02', [
    ['Russian police stormed homes of Azerbaijani families in the Urals.', 'stormed', 'RUS>AZE', '180', -9, '2025-07-01'],
    ['Moscow did not shell any Azerbaijani town.', 'shell', 'RUS>AZE', '190', -10, '2025-07-01', true],
  ]),
  doc('arrests', '2025-07-04', [['Baku detained two Russian reporters on Thursday.', 'detained', 'AZE>RUS', '173', -5, '2025-07-03']]),
  doc('answer', '2025-07-07', [['Russian officers detained an Azerbaijani community leader.', 'detained', 'RUS>AZE', '173', -5, '2025-07-06']]),
  doc('rebuke', '2025-07-08', [['Baku criticised Moscow over the detention.', 'criticised', 'AZE>RUS', '111', -2, '2025-07-07']]),
];

describe('analysis over a stored corpus', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-analyze-'));
    const engine = await openPgliteEngine(dir);
    await migrate(engine);
    store = new SqlStore(engine);
    for (const d of [...calm, ...crisis]) await store.saveDoc(d);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('raises one escalation alert, for the dyad in crisis, with its driving events', async () => {
    const found = await alerts(store);
    expect(found.map((a) => [a.dyad.join('-'), a.period, a.direction])).toEqual([['AZE-RUS', '2025-07', 'escalation']]);
    expect(found[0]!.drivers.map((e) => [e.cameo, e.date])).toEqual([
      ['180', '2025-07-01'], ['173', '2025-07-03'], ['173', '2025-07-06'], ['111', '2025-07-07'],
    ]);
    expect(await alerts(store, { since: '2025-08-01' })).toEqual([]);
  });

  it('shows tension rising into the crisis month, the negated event left out', async () => {
    const points = await dyadTension(store, 'AZE', 'RUS', { by: 'month' });
    expect(points.map((p) => p.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07']);
    expect(points[6]!.total).toBe(4);
    expect(points[6]!.tension).toBeGreaterThan(points[5]!.tension + 20);
    const shown = await dyadTension(store, 'AZE', 'RUS', { by: 'month', from: '2025-06', to: '2025-08' });
    expect(shown.map((p) => [p.period, p.tension, p.baseline])).toEqual([
      ['2025-06', points[5]!.tension, points[5]!.baseline],
      ['2025-07', points[6]!.tension, points[6]!.baseline],
      ['2025-08', shown[2]!.tension, points[6]!.baseline],
    ]);
    expect(shown[2]!.total).toBe(0);
  });

  it('finds the alternating chain of raid, arrests and rebuke', async () => {
    const { chains: found, reciprocity } = await chains(store, { dyad: ['AZE', 'RUS'] });
    expect(found.map((c) => c.links.map((l) => `${l.source}>${l.target}:${l.cameo}`))).toEqual([
      ['RUS>AZE:180', 'AZE>RUS:173', 'RUS>AZE:173', 'AZE>RUS:111'],
    ]);
    expect(found[0]!.links.map((l) => l.lagDays)).toEqual([null, 2, 3, 1]);
    expect(reciprocity).toEqual([{ dyad: ['AZE', 'RUS'], actions: 4, answered: 3, score: 0.75 }]);
  });

  it('ranks the crisis dyad as the top mover, comparing periods that have events, and lists partners', async () => {
    const movers = await topMovers(store);
    expect(movers.map((m) => [m.dyad.join('-'), m.fromPeriod, m.period])).toEqual([['AZE-RUS', '2025-06', '2025-07'], ['ARM-AZE', '2025-05', '2025-06']]);
    expect(movers[0]!.change).toBeGreaterThan(20);
    expect(movers[0]!.surge).toBeGreaterThan(3);
    expect(movers[1]!.surge).toBe(0);
    expect(Math.abs(movers[1]!.change)).toBeLessThan(1);
    // ARM–AZE was last active in June: not a mover of the latest month alone.
    expect((await topMovers(store, { periods: 1 })).map((m) => m.dyad.join('-'))).toEqual(['AZE-RUS']);
    const net = await network(store, { from: '2025-01', to: '2025-07' });
    expect(net.nodes.map((n) => [n.actor, n.events])).toEqual([['AZE', 22], ['RUS', 16], ['ARM', 6]]);
  });

  it('skips a dyad whose events are all dated only by year when ranking movers', async () => {
    const history = doc('history', '2025-07-09', [
      ['In 2020 Ankara and Tbilisi signed three accords.', 'signed', 'TUR>GEO', '057', 8, '2020'],
      ['In 2021 Ankara and Tbilisi signed two more.', 'signed', 'TUR>GEO', '057', 8, '2021'],
      ['In 2022 Tbilisi praised Ankara.', 'praised', 'GEO>TUR', '051', 3.4, '2022'],
    ]);
    history.events = history.events!.map((e) => ({ ...e, date_granularity: 'year' as const }));
    await store.saveDoc(history);
    const movers = await topMovers(store);
    expect(movers.map((m) => m.dyad.join('-'))).toEqual(['AZE-RUS', 'ARM-AZE']);
  });

  it('gives each period of a dyad its surge: the crisis month far above the calm ones', async () => {
    const points = await dyadTension(store, 'AZE', 'RUS', { by: 'month' });
    expect(points.map((p) => p.surge)).toEqual([null, 0, 0, 0, 0, 0, expect.any(Number)]);
    expect(points[6]).toMatchObject({ hostility: 21, hostilityBaseline: -5.9 });
    expect(points[6]!.surge).toBeGreaterThan(5);
  });

  it('judges alerts open against the newest publication, not against an event misdated years ahead', async () => {
    expect(await dataPresent(store)).toBe('2025-07-09');
    expect(await dataPresent(store, '2025-07-05')).toBe('2025-07-05');
    expect((await alerts(store)).map((a) => [a.period, a.open])).toEqual([['2025-07', true]]);
    await store.saveDoc(doc('misdated', '2025-07-09', [['Moscow will shell Baku in 2031, a blogger wrote.', 'shell', 'RUS>AZE', '190', -10, '2031-01-01']]));
    expect((await alerts(store)).map((a) => [a.period, a.open])).toEqual([['2025-07', true]]);
    expect((await alerts(store, { asOf: '2026-01-15' })).map((a) => [a.period, a.open])).toEqual([['2025-07', false]]);
    expect((await topMovers(store)).map((m) => m.period)).toEqual(['2025-07', '2025-06']);
  });
});

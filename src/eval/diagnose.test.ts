import { describe, expect, it } from 'vitest';
import type { Explanation } from '../doc.ts';
import { parseGoldArticle } from './gold.ts';
import { scoreArticles, type SystemOutput } from './score.ts';
import type { SystemEvent } from './match-events.ts';
import type { SystemActor } from './match-mentions.ts';

// Fictional states (Ruritania RUR, Borduria BOR, Syldavia SYL): one gold event per sentence, and per case the
// coder's account of that sentence; the diagnosis must name why the gold event was missed.
const S = 'Ruritania expelled the envoy of Borduria on Monday.';
const at = (word: string) => ({ start: S.indexOf(word), end: S.indexOf(word) + word.length });
const gold = (extra: Record<string, unknown> = {}) =>
  parseGoldArticle(
    {
      id: 'case', lang: 'en', text: S, dates: [], quantities: [],
      actors: [{ text: 'Ruritania', code: 'RUR', sector: null }, { text: 'Borduria', code: 'BOR', sector: null }],
      events: [{ source: 'RUR', target: 'BOR', cameo: '1663', quote: S, trigger: 'expelled', source_sector: null, target_sector: null, date: null, negated: false }],
      ...extra,
    },
    'case.json',
  );
const actor = (word: string, code: string): SystemActor => ({ text: word, code, sector: null, ...at(word) });
const both = [actor('Ruritania', 'RUR'), actor('Borduria', 'BOR')];
const event = (e: Partial<SystemEvent>): SystemEvent => ({
  source: 'RUR', source_sector: null, target: 'BOR', target_sector: null, cameo: '1663', date: null, negated: false,
  quote_start: 0, quote_end: S.length, ...e,
});
const trigger = (cameo: string, outcome: Explanation['outcome'], filter?: string): Explanation => ({
  sentence: 0, trigger: 'expelled', ...at('expelled'), cameo, rule: 'r', outcome, filter, reason: '',
});
const out = (o: Partial<SystemOutput>): SystemOutput => ({ events: [], actors: both, dates: [], quantities: [], explanations: [], ...o });

describe('why a gold event was missed', () => {
  it.each<[string, SystemOutput, string]>([
    ['no trigger candidate at all', out({}), 'no-trigger'],
    ['only a trigger of another root, at the gold trigger', out({ explanations: [trigger('111', 'coded')], events: [event({ cameo: '111' })] }), 'other-root'],
    ['only a trigger of another root, elsewhere in the sentence', out({ explanations: [{ ...trigger('111', 'coded'), ...at('Monday') }] }), 'no-trigger'],
    ['dropped as modal', out({ explanations: [trigger('166', 'skipped', 'modal')] }), 'filter:modal'],
    ['no source found, actors recognised', out({ explanations: [trigger('166', 'skipped', 'no-source')] }), 'not-attached'],
    ['coded with the actors reversed', out({ explanations: [trigger('166', 'coded')], events: [event({ source: 'BOR', target: 'RUR' })] }), 'not-attached'],
    ['target named but not recognised', out({ explanations: [trigger('166', 'skipped', 'no-target')], actors: [both[0]] }), 'actor-not-recognised'],
    ['coded with the opposite polarity', out({ explanations: [trigger('166', 'coded')], events: [event({ negated: true })] }), 'negation'],
  ])('%s', (_, system, reason) => {
    const report = scoreArticles([{ gold: gold(), system }]);
    expect(report.missed.map((m) => m.reason)).toEqual([reason]);
    expect(report.byLang.en!.misses.byRoot['16']).toEqual({ [reason]: 1 });
  });

  it('says the actor is not named when the gold actor has no surface form in the sentence', () => {
    const g = gold({ actors: [{ text: 'Ruritania', code: 'RUR', sector: null }] });
    const report = scoreArticles([{ gold: g, system: out({ explanations: [trigger('166', 'skipped', 'no-target')], actors: [both[0]] }) }]);
    expect(report.missed.map((m) => m.reason)).toEqual(['actor-not-named']);
  });
});

describe('why a false event was produced', () => {
  it.each<[string, SystemEvent[], string[]]>([
    ['another root than gold', [event({}), event({ cameo: '111' })], ['wrong-root']],
    ['the right root with other actors', [event({}), event({ source: 'SYL' })], ['wrong-actors']],
    ['the same event twice', [event({}), event({})], ['duplicate']],
  ])('%s', (_, events, reasons) => {
    const report = scoreArticles([{ gold: gold(), system: out({ events }) }]);
    expect(report.false.map((f) => f.reason)).toEqual(reasons);
  });

  it('a sentence without gold events gives no-gold-event, and a source not recognised there is counted', () => {
    const report = scoreArticles([{ gold: gold({ events: [] }), system: out({ events: [event({ source: 'SYL' })] }) }]);
    expect(report.false.map((f) => f.reason)).toEqual(['no-gold-event']);
    expect(report.overall.falseSourceOutside).toMatchObject({ correct: 1, total: 1 });
  });

  it('attachment share counts gold events whose root was proposed and whose actors were recognised', () => {
    const report = scoreArticles([{ gold: gold(), system: out({ explanations: [trigger('166', 'coded')], events: [event({})] }) }]);
    expect(report.overall.attachment).toMatchObject({ correct: 1, total: 1 });
  });
});

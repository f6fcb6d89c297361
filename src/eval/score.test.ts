import { describe, expect, it } from 'vitest';
import { parseGoldArticle, type GoldArticle } from './gold.ts';
import { scoreArticles, type SystemOutput } from './score.ts';
import type { SystemEvent } from './match-events.ts';

// Fictional states (Ruritania RUR, Borduria BOR, Syldavia SYL), so no real dictionary knowledge is implied.
const S1 = 'Ruritania condemned Borduria on Monday over the shelling of two border villages.';
const S2 = 'Borduria denied the charge and recalled its ambassador from Ruritania, along with 12 diplomats.';
const S3 = 'Syldavia did not recognise the new government in Borduria.';
const S4 = 'The foreign minister of Syldavia said on Tuesday that talks would resume next week.';
const TEXT = [S1, S2, S3, S4].join(' ');

type GoldEventIn = { source: string; target: string | null; cameo: string; quote: string } & Record<string, unknown>;
const goldEvent = (e: GoldEventIn) => ({ source_sector: null, target_sector: null, date: null, negated: false, trigger: '', ...e });

function gold(text: string, fields: Record<string, unknown>, lang = 'en'): GoldArticle {
  return parseGoldArticle({ id: 'fixture', lang, text, events: [], actors: [], dates: [], quantities: [], ...fields }, 'fixture.json');
}

function sysEvent(text: string, sentence: string, e: Partial<SystemEvent> & Pick<SystemEvent, 'source' | 'target' | 'cameo'>): SystemEvent {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return { source_sector: null, target_sector: null, date: null, negated: false, quote_start: start, quote_end: start + sentence.length, ...e };
}

const system = (fields: Partial<SystemOutput>): SystemOutput => ({ events: [], actors: [], dates: [], quantities: [], ...fields });

const mainGold = gold(TEXT, {
  events: [
    goldEvent({ source: 'RUR', source_sector: 'GOV', target: 'BOR', cameo: '111', quote: S1, date: '2024-03-04' }),
    goldEvent({ source: 'BOR', target: 'RUR', cameo: '190', quote: S1 }),
    goldEvent({ source: 'BOR', target: 'RUR', cameo: '016', quote: S2 }),
    goldEvent({ source: 'BOR', source_sector: 'GOV', target: 'RUR', cameo: '161', quote: S2, date: '2024-03-04' }),
    goldEvent({ source: 'SYL', target: 'BOR', cameo: '054', quote: S3, negated: true }),
    goldEvent({ source: 'SYL', source_sector: 'GOV', target: null, cameo: '010', quote: S4 }),
  ],
  actors: [
    { text: 'Ruritania', code: 'RUR', sector: null },
    { text: 'Borduria', code: 'BOR', sector: null },
    { text: 'Syldavia', code: 'SYL', sector: null },
    { text: 'foreign minister of Syldavia', code: 'SYL', sector: 'GOV' },
  ],
  dates: [
    { text: 'on Monday', value: '2024-03-04' },
    { text: 'on Tuesday', value: '2024-03-05' },
    { text: 'next week', value: '2024-W11' },
  ],
  quantities: [
    { text: 'two border villages', value: 2, unit: 'villages' },
    { text: '12 diplomats', value: 12, unit: 'diplomats' },
  ],
});

const mainSystem = system({
  events: [
    sysEvent(TEXT, S1, { source: 'RUR', source_sector: 'GOV', target: 'BOR', cameo: '112', date: '2024-03-04' }),
    sysEvent(TEXT, S2, { source: 'BOR', target: 'RUR', cameo: '161', date: '2024-03-05' }),
    sysEvent(TEXT, S2, { source: 'BOR', target: 'RUR', cameo: '161' }),
    sysEvent(TEXT, S3, { source: 'SYL', target: 'BOR', cameo: '054', negated: false }),
    sysEvent(TEXT, S4, { source: 'SYL', source_sector: 'GOV', target: null, cameo: '010' }),
    sysEvent(TEXT, S1, { source: 'BOR', target: 'RUR', cameo: '180' }),
    sysEvent(TEXT, S1, { source: 'SYL', target: 'BOR', cameo: '111' }),
    sysEvent(TEXT, S4, { source: 'BOR', target: 'RUR', cameo: '016' }),
  ],
  actors: [
    { text: 'Ruritania', code: 'RUR', sector: null },
    { text: 'Ruritania', code: 'RUR', sector: null },
    { text: 'Borduria', code: 'BOR', sector: 'GOV' },
    { text: 'Syldavia', code: 'BOR', sector: null },
    { text: 'foreign minister of Syldavia', code: 'SYL', sector: 'GOV' },
  ],
  dates: [
    { text: 'Monday', value: '2024-03-04' },
    { text: 'on Tuesday', value: '2024-03-05' },
    { text: 'next week', value: '2024-03-11' },
  ],
  quantities: [
    { text: 'two border villages', value: 2 },
    { text: '12 diplomats', value: 21 },
  ],
});

describe('scoreArticles on one English article', () => {
  const report = scoreArticles([{ gold: mainGold, system: mainSystem }]).overall;

  it('matches events one-to-one at sentence level by root, so a repeated system event is a false positive', () => {
    expect(report.events.sentenceRoot).toMatchObject({ tp: 3, fp: 5, fn: 3, precision: 3 / 8, recall: 3 / 6 });
    expect(report.events.sentenceRoot.f1).toBeCloseTo((2 * (3 / 8) * 0.5) / (3 / 8 + 0.5));
  });

  it('requires the exact code at full-code level', () => {
    expect(report.events.sentenceCode).toMatchObject({ tp: 2, fp: 6, fn: 4 });
  });

  it('ignores the sentence at document level, crediting an event found in another sentence', () => {
    expect(report.events.document).toMatchObject({ tp: 4, fp: 4, fn: 2 });
  });

  it('measures date and sector agreement on matched events only', () => {
    expect(report.events.dateAccuracy).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(report.events.sectorAccuracy).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
  });

  it('scores distinct (text, code) actor pairs and the sector of matched pairs', () => {
    expect(report.actors).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
    expect(report.actors.sectorAccuracy).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
  });

  it('counts a date found only when text and value agree, and leniently when the text overlaps', () => {
    expect(report.dates.strict).toEqual({ correct: 1, total: 3, rate: 1 / 3 });
    expect(report.dates.lenient).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(report.dates.precision).toEqual({ correct: 1, total: 3, rate: 1 / 3 });
  });

  it('counts a quantity found only with the exact value', () => {
    expect(report.quantities.strict).toEqual({ correct: 1, total: 2, rate: 0.5 });
    expect(report.quantities.lenient).toEqual({ correct: 1, total: 2, rate: 0.5 });
  });

  it('gives per-root counts that add up to the overall counts', () => {
    const byRoot = Object.fromEntries(report.perRoot.map((r) => [r.root, [r.tp, r.fp, r.fn]]));
    expect(byRoot).toEqual({ '01': [1, 1, 1], '05': [0, 1, 1], '11': [1, 1, 0], '16': [1, 1, 0], '18': [0, 1, 0], '19': [0, 0, 1] });
  });

  it('fills the confusion table with root matches, same-actor pairings and unmatched events', () => {
    const { labels, matrix } = report.confusion;
    const cell = (g: string, s: string): number => matrix[labels.indexOf(g)][labels.indexOf(s)];
    expect(labels).toHaveLength(21);
    expect([cell('11', '11'), cell('16', '16'), cell('01', '01')]).toEqual([1, 1, 1]);
    expect(cell('19', '18')).toBe(1);
    expect(cell('01', '16')).toBe(1);
    expect(cell('05', '05')).toBe(1);
    expect([cell('none', '11'), cell('none', '01')]).toEqual([1, 1]);
    // 6 gold and 8 system events: 6 pairings (3 matches, 3 same-actor pairs) and 2 system events with no gold.
    expect(matrix.flat().reduce((a, b) => a + b, 0)).toBe(8);
  });
});

describe('event matching rules', () => {
  const base = { source: 'RUR', target: 'BOR', cameo: '111' };
  const one = (g: GoldEventIn, s: SystemEvent) => scoreArticles([{ gold: gold(TEXT, { events: [goldEvent(g)] }), system: system({ events: [s] }) }]).overall.events;

  it.each([
    ['the same event in the same sentence', { ...base, quote: S1 }, sysEvent(TEXT, S1, base), 1, 1],
    ['evidence overlapping part of the gold sentence', { ...base, quote: S1 }, { ...sysEvent(TEXT, S1, base), quote_end: TEXT.indexOf(S1) + 9 }, 1, 1],
    ['the event reported in another sentence', { ...base, quote: S1 }, sysEvent(TEXT, S2, base), 0, 0],
    ['a null target on both sides', { ...base, target: null, quote: S1 }, sysEvent(TEXT, S1, { ...base, target: null }), 1, 1],
    ['a target where gold has none', { ...base, target: null, quote: S1 }, sysEvent(TEXT, S1, base), 0, 0],
    ['source and target swapped', { ...base, quote: S1 }, sysEvent(TEXT, S1, { ...base, source: 'BOR', target: 'RUR' }), 0, 0],
    ['a negation the system missed', { ...base, negated: true, quote: S1 }, sysEvent(TEXT, S1, base), 0, 0],
    ['another code of the same root', { ...base, quote: S1 }, sysEvent(TEXT, S1, { ...base, cameo: '112' }), 1, 0],
    ['a code of another root', { ...base, quote: S1 }, sysEvent(TEXT, S1, { ...base, cameo: '120' }), 0, 0],
  ] as const)('scores %s', (_, g, s, rootTp, codeTp) => {
    const events = one(g, s);
    expect(events.sentenceRoot.tp).toBe(rootTp);
    expect(events.sentenceCode.tp).toBe(codeTp);
  });

  it('credits a duplicated gold event once per system event', () => {
    const g = gold(TEXT, { events: [goldEvent({ ...base, quote: S1 }), goldEvent({ ...base, quote: S1 })] });
    const once = scoreArticles([{ gold: g, system: system({ events: [sysEvent(TEXT, S1, base)] }) }]).overall.events;
    expect(once.sentenceRoot).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(once.document).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    const twice = scoreArticles([{ gold: g, system: system({ events: [sysEvent(TEXT, S1, base), sysEvent(TEXT, S1, base)] }) }]);
    expect(twice.overall.events.sentenceRoot).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('prefers the system event with the exact code when two of the same root compete', () => {
    const g = gold(TEXT, { events: [goldEvent({ ...base, quote: S1 }), goldEvent({ ...base, cameo: '112', quote: S1 })] });
    const s = system({ events: [sysEvent(TEXT, S1, { ...base, cameo: '112' }), sysEvent(TEXT, S1, base)] });
    expect(scoreArticles([{ gold: g, system: s }]).overall.events.sentenceCode).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('reports null rates rather than dividing by zero when there are no events', () => {
    const events = scoreArticles([{ gold: gold(TEXT, {}), system: system({}) }]).overall.events;
    expect(events.sentenceRoot).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(events.dateAccuracy.rate).toBeNull();
  });
});

describe('lenient mention matching', () => {
  it('accepts a system date whose span overlaps the gold text without either text containing the other', () => {
    const g = gold(TEXT, { dates: [{ text: 'on Monday', value: '2024-03-04' }] });
    const start = TEXT.indexOf('Monday over');
    const s = system({ dates: [{ text: 'Monday over', value: '2024-03-04', start, end: start + 11 }] });
    const dates = scoreArticles([{ gold: g, system: s }]).overall.dates;
    expect([dates.strict.correct, dates.lenient.correct]).toEqual([0, 1]);
  });
});

describe('per-language figures', () => {
  const AR = 'استدعت سيلدافيا سفير بوردوريا احتجاجاً على تصريحاته. وقالت الخارجية إن الخطوة جاءت بعد أسبوع من التوتر.';
  const AR1 = 'استدعت سيلدافيا سفير بوردوريا احتجاجاً على تصريحاته.';
  const arGold = gold(AR, { id: 'ar-fixture', events: [goldEvent({ source: 'SYL', target: 'BOR', cameo: '114', quote: AR1 })] }, 'ar');
  const arSystem = system({ events: [sysEvent(AR, AR1, { source: 'SYL', target: 'BOR', cameo: '114' })] });
  const report = scoreArticles([{ gold: mainGold, system: mainSystem }, { gold: arGold, system: arSystem }]);

  it('splits figures by the gold article language and sums them overall', () => {
    expect(report.byLang.ar?.events.sentenceRoot).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.byLang.en?.events.sentenceRoot).toMatchObject({ tp: 3, fp: 5, fn: 3 });
    expect(report.overall.events.sentenceRoot).toMatchObject({ tp: 4, fp: 5, fn: 3 });
    expect(report.overall.articles).toBe(2);
  });

  it('lists each article with its own event counts', () => {
    expect(report.articles.map((a) => [a.lang, a.goldEvents, a.systemEvents, a.events.tp])).toEqual([
      ['en', 6, 8, 3],
      ['ar', 1, 1, 1],
    ]);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadGold, type GoldArticle, type SystemOutput } from './index.ts';

const devDir = resolve(process.cwd(), '../shared/eval/dev');

/** A coder that answers with the gold annotation itself, with evidence offsets where each quote sits. */
function oracle(golds: GoldArticle[]) {
  const byId = new Map(golds.map((g) => [g.id, g]));
  return (article: { id: string; text: string }): SystemOutput => {
    const g = byId.get(article.id)!;
    return {
      events: g.events.map((e) => {
        const start = article.text.indexOf(e.quote);
        return { ...e, quote_start: start, quote_end: start + e.quote.length };
      }),
      actors: g.actors,
      dates: g.dates,
      quantities: g.quantities,
    };
  };
}

describe('evaluate on the dev gold set', () => {
  const golds = loadGold(devDir);
  const eventCount = golds.reduce((n, g) => n + g.events.length, 0);

  it('gives perfect figures when the output equals the gold', async () => {
    const report = await evaluate(devDir, oracle(golds));
    const { events, actors, dates, quantities } = report.overall;
    for (const p of [events.sentenceRoot, events.sentenceCode, events.document, actors]) {
      expect(p).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    }
    expect(events.sentenceRoot.tp).toBe(eventCount);
    expect([events.dateAccuracy.rate, events.sectorAccuracy.rate, actors.sectorAccuracy.rate]).toEqual([1, 1, 1]);
    expect([dates.strict.rate, quantities.strict.rate]).toEqual([1, 1]);
    expect(Object.keys(report.byLang).sort()).toEqual(['ar', 'en']);
  });

  it('gives zero recall and no precision when the coder finds nothing', async () => {
    const report = await evaluate(devDir, async () => ({ events: [], actors: [], dates: [], quantities: [] }));
    expect(report.overall.events.sentenceRoot).toMatchObject({ tp: 0, fp: 0, fn: eventCount, recall: 0, precision: null, f1: 0 });
    expect(report.overall.confusion.matrix.flat().reduce((a, b) => a + b, 0)).toBe(eventCount);
  });

  it('hands the coder each article with its text, language and publication date', async () => {
    const seen: string[] = [];
    await evaluate(devDir, (a) => {
      seen.push(`${a.id}:${a.lang}:${a.published}:${a.text.length}`);
      return { events: [], actors: [], dates: [], quantities: [] };
    });
    expect(seen).toEqual(golds.map((g) => `${g.id}:${g.lang}:${g.published}:${g.text.length}`));
  });
});

describe('formatReport', () => {
  it('prints every metric row with its scope, and round-trips as JSON', async () => {
    const report = await evaluate(devDir, oracle(loadGold(devDir)));
    const text = formatReport(report);
    for (const label of ['events: sentence, root', 'events: sentence, full code', 'events: document, root', 'actors: (text, code) pairs',
      'event date, on matches', 'date accuracy (exact value)', 'quantity accuracy (exact value)', 'Root confusion', 'Per root']) {
      expect(text).toContain(label);
    }
    expect(text).toMatch(/^\s+ar\s+\d+\s+0\s+0\s+100\.0\s+100\.0\s+100\.0$/m);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

// Exports read from a real PGlite store holding hand-built coded articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_A, DOC_B, DOC_C, makeDoc } from '../store/contract-docs.ts';
import { migrate } from '../store/migrate.ts';
import { openPgliteEngine } from '../store/pglite/engine.ts';
import { SqlStore } from '../store/sql-store.ts';
import type { EventFilter, Store } from '../store/store.ts';
import { GDELT_COLUMNS, exportEvents, type ExportOptions } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-export-'));
let store: Store;

const UN_TEXT = 'The United Nations urged Azerbaijan to free the journalists.';
const DOC_UN = makeDoc({
  id: 'en-un', lang: 'en', url: 'https://un.example/u', outlet: 'un.example', published: '2025-07-04', title: 'UN appeal', text: UN_TEXT,
  actors: [['The United Nations', 'UNO', null, 'igo']],
  events: [{ quote: UN_TEXT, trigger: 'urged', source: 'UNO', target: 'AZE', cameo: '1041', goldstein: -4, date: '2025-07-04',
    location: { text: 'New\tYork', country: 'USA' } }],
});

beforeAll(async () => {
  const engine = await openPgliteEngine(join(dir, 'db'));
  await migrate(engine);
  store = new SqlStore(engine);
  for (const doc of [DOC_A, DOC_B, DOC_C, DOC_UN]) await store.saveDoc(doc);
  await store.recluster();
}, 60_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(format: 'gdelt' | 'jsonl' | 'plover', filter: EventFilter = {}, options: ExportOptions = {}) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const result = await exportEvents(store, format, filter, out, options);
  return { result, lines: text.split('\n').filter((l) => l !== '') };
}

const col = (name: string): number => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);

describe('GDELT export', () => {
  it('has the 61 GDELT 2.0 columns in codebook order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    const at: [string, number][] = [
      ['GLOBALEVENTID', 0], ['SQLDATE', 1], ['FractionDate', 4], ['Actor1Code', 5], ['Actor1Name', 6], ['Actor1CountryCode', 7],
      ['Actor1KnownGroupCode', 8], ['Actor1Type1Code', 12], ['Actor2Code', 15], ['Actor2Type3Code', 24], ['IsRootEvent', 25],
      ['EventCode', 26], ['EventBaseCode', 27], ['EventRootCode', 28], ['QuadClass', 29], ['GoldsteinScale', 30],
      ['NumMentions', 31], ['NumSources', 32], ['NumArticles', 33], ['AvgTone', 34], ['Actor1Geo_Type', 35],
      ['Actor1Geo_ADM2Code', 39], ['Actor2Geo_Type', 43], ['ActionGeo_Type', 51], ['ActionGeo_FullName', 52],
      ['ActionGeo_FeatureID', 58], ['DATEADDED', 59], ['SOURCEURL', 60],
    ];
    for (const [name, i] of at) expect([name, col(name)]).toEqual([name, i]);
  });

  it('writes one 61-field row per happening, without a header unless asked', async () => {
    const { lines, result } = await run('gdelt');
    const rows = lines.map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 61)).toBe(true);
    expect(result.written).toBe(rows.length);
    const clusters = await store.clusters({ limit: 1000 });
    expect(rows).toHaveLength(clusters.total);
    const withHeader = await run('gdelt', {}, { header: true });
    expect(withHeader.lines[0]!.split('\t')).toEqual([...GDELT_COLUMNS]);
    expect(withHeader.lines).toHaveLength(rows.length + 1);
  });

  it('fills dates, actors, codes and counts of a happening reported by two outlets', async () => {
    const { lines } = await run('gdelt', { actor: 'RUS', root: '11', to: '2025-07-01' });
    expect(lines).toHaveLength(1);
    const r = lines[0]!.split('\t');
    const get = (name: string) => r[col(name)];
    expect([get('SQLDATE'), get('MonthYear'), get('Year'), get('FractionDate')]).toEqual(['20250630', '202506', '2025', '2025.4959']);
    expect([get('Actor1Code'), get('Actor1Name'), get('Actor1CountryCode'), get('Actor1Type1Code')])
      .toEqual(['RUSGOV', "RUSSIA'S FOREIGN MINISTRY", 'RUS', 'GOV']);
    expect([get('Actor2Code'), get('Actor2Name'), get('Actor2CountryCode')]).toEqual(['AZEGOV', 'BAKU', 'AZE']);
    expect([get('IsRootEvent'), get('EventCode'), get('EventBaseCode'), get('EventRootCode'), get('QuadClass'), get('GoldsteinScale')])
      .toEqual(['1', '111', '111', '11', '3', '-2']);
    expect([get('NumMentions'), get('NumSources'), get('NumArticles'), get('AvgTone')]).toEqual(['2', '2', '2', '']);
    expect(get('DATEADDED')).toMatch(/^\d{14}$/);
    expect(get('SOURCEURL')).toBe('https://news.example/a');
  });

  it('puts organizations in KnownGroupCode, four-digit codes under their base code, and the place in ActionGeo', async () => {
    const { lines } = await run('gdelt', { actor: 'UNO' });
    const r = lines[0]!.split('\t');
    expect([r[col('Actor1Code')], r[col('Actor1CountryCode')], r[col('Actor1KnownGroupCode')]]).toEqual(['UNO', '', 'UNO']);
    expect([r[col('EventCode')], r[col('EventBaseCode')], r[col('EventRootCode')]]).toEqual(['1041', '104', '10']);
    expect(r[col('ActionGeo_FullName')]).toBe('New York');
  });

  it('writes every mention with --mentions-style export, counting each once', async () => {
    const { lines } = await run('gdelt', { actor: 'RUS', root: '11', to: '2025-07-01' }, { unit: 'events' });
    expect(lines.map((l) => l.split('\t')[col('NumMentions')])).toEqual(['1', '1']);
  });
});

describe('JSONL export', () => {
  it('writes one event per line with evidence that points into the article', async () => {
    const { lines } = await run('jsonl', {}, { pageSize: 2 });
    const events = await store.events({ limit: 1000 });
    expect(lines).toHaveLength(events.total);
    for (const line of lines) {
      const rec = JSON.parse(line);
      const text = (await store.getArticle(rec.evidence.article_id))!.article.text;
      expect(text.slice(rec.evidence.quote_start, rec.evidence.quote_end)).toBe(rec.evidence.quote);
      expect(text.slice(rec.evidence.trigger_start, rec.evidence.trigger_end)).toBe(rec.evidence.trigger);
      expect(rec.evidence.rule).toEqual(expect.any(String));
    }
  });

  it('keeps Arabic evidence intact and filters by actor and dates', async () => {
    const { lines } = await run('jsonl', { actor: 'EGY', from: '2025-07-02', to: '2025-07-02' });
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { source: 'EGY', target: 'ISR', cameo: '111', date: '2025-07-02', source_name: 'وزارة الخارجية المصرية',
        evidence: { article_id: 'ar-b', url: 'https://akhbar.example/b', trigger: 'أدانت', lang: 'ar' } },
    ]);
  });
});

describe('PLOVER export', () => {
  it('maps CAMEO codes to PLOVER type, mode and context', async () => {
    const { lines } = await run('plover', { articleId: 'en-a' });
    const recs = lines.map((l) => JSON.parse(l));
    expect(recs.map((r) => [r.cameo, r.event, r.mode, r.context])).toEqual([
      ['173', 'COERCE', 'arrest', ['legal']],
      ['111', 'ACCUSE', 'disapprove', []],
      ['033', 'AGREE', null, ['diplomatic']],
    ]);
    expect(recs[0]).toMatchObject({
      actor: { code: 'AZE', sector: 'COP', country: 'AZE', name: 'Azerbaijani police' },
      recipient: { code: 'RUS', sector: 'MED', country: 'RUS' },
      date: '2025-06-29', location: { text: 'Baku', country: 'AZE' },
      evidence: { article_id: 'en-a', trigger: 'detained' },
    });
    expect(recs[2].recipient).toBeNull();
  });

  it('skips codes PLOVER drops and counts them', async () => {
    const { lines, result } = await run('plover', { articleId: 'en-a', includeNegated: true });
    expect(lines).toHaveLength(3);
    expect(result).toEqual({ written: 3, skipped: 1 });
  });

  it('rejects an unknown format by name', async () => {
    await expect(run('csv' as 'gdelt')).rejects.toThrow(/format: expected one of gdelt, jsonl, plover/);
  });
});

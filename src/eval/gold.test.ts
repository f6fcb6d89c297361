import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { loadGold } from './gold.ts';

const devDir = resolve(process.cwd(), '../shared/eval/dev');

const TEXT = 'Ruritania condemned Borduria on Monday. Borduria recalled its ambassador.';
const valid = () => ({
  id: 'fixture-1',
  lang: 'en',
  outlet: null,
  published: '2024-03-05',
  title: null,
  text: TEXT,
  events: [
    {
      source: 'RUR', source_sector: 'GOV', target: 'BOR', target_sector: null, cameo: '111',
      date: '2024-03-04', negated: false, trigger: 'condemned', quote: 'Ruritania condemned Borduria on Monday.',
    },
  ],
  actors: [{ text: 'Ruritania', code: 'RUR', sector: null }],
  dates: [{ text: 'on Monday', value: '2024-03-04' }],
  quantities: [],
});

function goldDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-gold-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('loadGold', () => {
  it('reads every dev gold file, Arabic and English, in path order', () => {
    const expected = ['ar', 'en'].flatMap((l) => readdirSync(join(devDir, l)).filter((f) => f.endsWith('.json')));
    const gold = loadGold(devDir);
    expect(gold.map((g) => `${g.id}.json`)).toEqual(expected);
    expect(new Set(gold.map((g) => g.lang))).toEqual(new Set(['ar', 'en']));
  });

  it('finds files in nested folders and skips other files', () => {
    const dir = goldDir({ 'a/b/one.json': valid(), 'two.json': { ...valid(), id: 'fixture-2' }, 'INDEX.md': '# notes' });
    expect(loadGold(dir).map((g) => g.id)).toEqual(['fixture-1', 'fixture-2']);
  });

  it('fills optional event fields with their defaults and reads a numeric string as a number', () => {
    const article = valid();
    const { source, target, cameo, quote } = article.events[0];
    const dir = goldDir({
      'x.json': { ...article, events: [{ source, target, cameo, quote }], quantities: [{ text: '12 diplomats', value: '12' }] },
    });
    const [g] = loadGold(dir);
    expect(g.events[0]).toMatchObject({ negated: false, date: null, source_sector: null });
    expect(g.quantities[0].value).toBe(12);
  });

  const broken = (edit: (a: ReturnType<typeof valid>) => unknown) => edit(valid());
  it.each([
    ['an unknown CAMEO code', broken((a) => ((a.events[0].cameo = '999'), a)), 'events[0].cameo'],
    ['a negation that is not a boolean', broken((a) => ({ ...a, events: [{ ...a.events[0], negated: 'yes' }] })), 'events[0].negated'],
    ['a quote that is not in the text', broken((a) => ((a.events[0].quote = 'Syldavia protested.'), a)), 'events[0].quote'],
    ['an unsupported language', broken((a) => ({ ...a, lang: 'fr' })), 'lang'],
    ['an unknown sector', broken((a) => ({ ...a, actors: [{ text: 'Ruritania', code: 'RUR', sector: 'ARMY' }] })), 'actors[0].sector'],
    ['a quantity that is not a number', broken((a) => ({ ...a, quantities: [{ text: 'many', value: 'many' }] })), 'quantities[0].value'],
    ['a missing events list', broken((a) => ({ ...a, events: undefined })), 'events'],
  ])('names the file and field for %s', (_, content, field) => {
    const dir = goldDir({ 'bad.json': content });
    expect(() => loadGold(dir)).toThrow(InputError);
    expect(() => loadGold(dir)).toThrow(`${join(dir, 'bad.json')} (${field})`);
  });

  it('names a file that is not valid JSON', () => {
    const dir = goldDir({ 'bad.json': '{ "id": ' });
    expect(() => loadGold(dir)).toThrow(/bad\.json: is not valid JSON/);
  });

  it('refuses two files with the same id', () => {
    const dir = goldDir({ 'a.json': valid(), 'b.json': valid() });
    expect(() => loadGold(dir)).toThrow(/b\.json \(id\): id "fixture-1" is also used by .*a\.json/);
  });

  it('refuses a missing folder and a folder without gold files', () => {
    expect(() => loadGold(join(tmpdir(), 'marsad-no-such-folder'))).toThrow(/no such directory/);
    expect(() => loadGold(goldDir({ 'README.md': 'x' }))).toThrow(/holds no \.json gold files/);
  });
});

describe('stand-off gold (a corpus article named, not copied)', () => {
  // A corpus folder of one JSON Lines file, as ../shared/corpora holds them.
  const corpora = mkdtempSync(join(tmpdir(), 'marsad-corpora-'));
  writeFileSync(join(corpora, 'news.jsonl'), `${JSON.stringify({ id: 'n1', lang: 'en', outlet: 'wire', published: '2024-03-05', title: 'T', text: TEXT })}\n`);
  const standoff = (over: Record<string, unknown> = {}) => {
    const { text: _t, lang: _l, outlet: _o, published: _p, title: _ti, id: _id, ...rest } = valid();
    return {
      corpus: 'news.jsonl', id: 'n1', ...rest,
      events: [{ ...rest.events[0], quote_start: 0 }],
      actors: [{ ...rest.actors[0], start: 0 }],
      dates: [{ ...rest.dates[0], start: 29 }],
      ...over,
    };
  };
  const withCorpora = <T>(fn: () => T): T => {
    const before = process.env.MARSAD_CORPORA;
    process.env.MARSAD_CORPORA = corpora;
    try {
      return fn();
    } finally {
      if (before === undefined) delete process.env.MARSAD_CORPORA;
      else process.env.MARSAD_CORPORA = before;
    }
  };

  it('is joined with the corpus text, title and date', () => {
    const [g] = withCorpora(() => loadGold(goldDir({ 'n1.json': standoff() })));
    expect(g).toMatchObject({ id: 'n1', text: TEXT, published: '2024-03-05', outlet: 'wire' });
    expect(g.events[0].quote).toBe('Ruritania condemned Borduria on Monday.');
  });

  it.each([
    ['a quote moved from its offset', { events: [{ ...valid().events[0], quote_start: 3 }] }, /n1\.json \(events\[0\]\.quote_start\): .* is not at offset 3/],
    ['an article missing from the corpus', { id: 'n9' }, /n1\.json \(id\): article n9 is not in corpus file news\.jsonl/],
    ['a mention with no offset', { actors: [{ text: 'Ruritania', code: 'RUR', sector: null }] }, /n1\.json \(actors\[0\]\): no start offset/],
  ])('names the file and field for %s', (_, over, message) => {
    const dir = goldDir({ 'n1.json': standoff(over) });
    expect(() => withCorpora(() => loadGold(dir))).toThrow(message);
  });
});

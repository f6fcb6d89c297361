import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVerbDictionary, parseVerbEntries } from './dictionary.ts';
import { DataError } from '../errors.ts';

const userDir = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-verbs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('loadVerbDictionary', () => {
  const builtin = loadVerbDictionary([]);

  it('covers all 20 CAMEO roots and at least 120 second- or third-level codes in each language', () => {
    for (const lang of ['ar', 'en'] as const) {
      const codes = new Set(builtin.entries.filter((e) => e.lang === lang).map((e) => e.cameo));
      expect(new Set([...codes].map((c) => c.slice(0, 2))).size).toBe(20);
      expect([...codes].filter((c) => c.length >= 3).length).toBeGreaterThanOrEqual(120);
    }
  });

  it('indexes inflected Arabic forms and English surface forms by their first key', () => {
    expect(builtin.index.ar.get('داهمت')?.some((h) => h.pattern.cameo === '173')).toBe(true);
    expect(builtin.index.ar.get('مداهمه')?.some((h) => h.pattern.cameo === '173')).toBe(true);
    expect(builtin.index.en.get('arrested')?.some((h) => h.pattern.cameo === '173')).toBe(true);
  });

  it('lets a user folder replace an entry by id and add new ones', () => {
    const dir = userDir({
      'mine.yaml': [
        "- { id: ar.raid, lang: ar, cameo: '171', verbs: [داهم] }",
        "- { id: en.user-snub, lang: en, cameo: '1246', verbs: [snub] }",
      ].join('\n'),
    });
    const dict = loadVerbDictionary([dir]);
    expect(dict.entries.find((e) => e.id === 'ar.raid')?.cameo).toBe('171');
    expect(dict.index.en.get('snubbed')?.[0]?.pattern.id).toBe('en.user-snub');
    expect(dict.entries.length).toBe(builtin.entries.length + 1);
  });

  it('reads JSON user files too', () => {
    const dir = userDir({ 'extra.json': JSON.stringify([{ id: 'en.user-hail', lang: 'en', cameo: '051', verbs: ['hail'] }]) });
    expect(loadVerbDictionary([dir]).index.en.get('hailed')?.[0]?.pattern.cameo).toBe('051');
  });

  it('names the file and the entry when an entry is invalid', () => {
    const dir = userDir({ 'bad.yaml': "- { id: en.bad-code, lang: en, cameo: '999', verbs: [frown] }" });
    expect(() => loadVerbDictionary([dir])).toThrow(DataError);
    expect(() => loadVerbDictionary([dir])).toThrow(/bad\.yaml: entry 1 "en\.bad-code": cameo/);
  });

  it('rejects an entry with no verbs, nouns or forms', () => {
    expect(() => parseVerbEntries([{ id: 'x', lang: 'ar', cameo: '010' }], 'inline.yaml')).toThrow(/inline\.yaml: entry 1 "x"/);
  });

  it('rejects unknown fields rather than ignoring a typo', () => {
    expect(() => parseVerbEntries([{ id: 'x', lang: 'en', cameo: '010', verbs: ['say'], tagret: 'none' }], 'typo.yaml')).toThrow(/typo\.yaml/);
  });
});

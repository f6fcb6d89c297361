import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadLanguage, TABLE_FILES } from './index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const LANGS = ['ar', 'en'] as const;
/** Diacritics, tatweel and Arabic presentation forms never appear in a table. */
const UNNORMALIZED = /[\u064B-\u065F\u0670\u0640\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Every string key and value of a parsed YAML document. */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe('language tables', () => {
  it.each(LANGS)('%s has every table file', (lang) => {
    const files = readdirSync(join(HERE, lang)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    // Other data files may sit beside the tables (cameo-names.yaml for the interface); the tables must all be there.
    expect(files).toEqual(expect.arrayContaining([...TABLE_FILES]));
  });

  for (const lang of LANGS) {
    describe.each(TABLE_FILES)(`${lang}/%s.yaml`, (name) => {
      const raw = readFileSync(join(HERE, lang, `${name}.yaml`), 'utf8');
      it('starts with a header comment naming its source', () => {
        expect(raw.startsWith('#')).toBe(true);
        expect(raw.split('\n').slice(0, 6).join('\n')).toMatch(/Source:/);
      });
      it('holds no diacritics, tatweel or presentation forms', () => {
        const bad = strings(parse(raw)).filter((s) => UNNORMALIZED.test(s));
        expect(bad).toEqual([]);
      });
    });
  }

  it.each(LANGS)('%s loads with no duplicate keys (the loader rejects duplicates)', (lang) => {
    const data = loadLanguage(lang);
    expect(data.calendar.months.byFirst.size).toBeGreaterThan(11);
    expect(new Set([...data.calendar.weekdays.byFirst.values()].flat().map((e) => e.value)).size).toBe(7);
    expect(data.numbers.cardinals.size).toBeGreaterThan(20);
  });

  it('has no word listed twice within one list of a table', () => {
    for (const lang of LANGS) {
      for (const name of TABLE_FILES) {
        const doc = parse(readFileSync(join(HERE, lang, `${name}.yaml`), 'utf8'));
        const lists: string[][] = [];
        const walk = (n: unknown) => {
          if (Array.isArray(n) && n.every((x) => typeof x === 'string')) lists.push(n as string[]);
          else if (n && typeof n === 'object') Object.values(n).forEach(walk);
        };
        walk(doc);
        for (const list of lists) expect(new Set(list).size, `${lang}/${name}: ${list.join(', ')}`).toBe(list.length);
      }
    }
  });
});

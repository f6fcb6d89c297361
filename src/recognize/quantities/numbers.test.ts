import { describe, expect, it } from 'vitest';
import type { Doc, Lang } from '../../doc.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { loadLanguage } from '../../../lang/index.ts';
import { normalizeStage } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { parseDigits, readNumber } from './numbers.ts';

const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as Resources;
function read(text: string, lang: Lang) {
  const doc = segment(normalizeStage.run({ article: { id: 't', text, lang }, text } as Doc, res), res);
  return readNumber(doc.tokens!, 0, res.langs[lang].numbers)?.value ?? null;
}

describe('parseDigits reads thousands and decimal separators', () => {
  const cases: [string, number][] = [['3,889', 3889], ['300,000', 300000], ['9.5', 9.5], ['1,4', 1.4], ['1.234.567', 1234567], ['12,500.75', 12500.75]];
  it.each(cases)('%s → %d', (s, v) => expect(parseDigits(s)).toBe(v));
});

describe('readNumber', () => {
  const cases: [string, Lang, number | null][] = [
    ['٤٥ ألف', 'ar', 45000],
    ['ثلاثة آلاف', 'ar', 3000],
    ['ألفين', 'ar', 2000],
    ['ثلاثمئة وخمسون ألفا', 'ar', 350000],
    ['اثنا عشر', 'ar', 12],
    ['أحد عشر', 'ar', 11],
    ['نصف مليون', 'ar', 500000],
    ['ربع قرن', 'ar', 25],
    ['آلاف المحتجين', 'ar', null],
    ['twenty-five', 'en', 25],
    ['three hundred and fifty thousand', 'en', 350000],
    ['a million', 'en', 1000000],
    ['11bn', 'en', 11000000000],
    ['12th', 'en', null],
  ];
  it.each(cases)('%s → %s', (text, lang, value) => expect(read(text, lang)).toBe(value));
});

import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, toOriginalSpan } from './normalize.ts';

describe('normalize folds Arabic spelling variants for matching', () => {
  const cases: [string, string, string][] = [
    ['drops diacritics and tanwin', 'أعلنتْ الحكومةُ اعتقالاً', 'اعلنت الحكومه اعتقالا'],
    ['drops tatweel', 'الـرئيـس', 'الرييس'],
    ['folds alef and hamza forms', 'أإآٱ ؤ ئ', 'اااا و ي'],
    ['folds alef maqsura and ta marbuta', 'على القاهرة', 'علي القاهره'],
    ['folds Persian and Urdu letters', 'پاکستان گرجستان ی ے ں', 'باكستان كرجستان ي ي ن'],
    ['folds Arabic-Indic and Persian digits with separators', '٤٦٪ ١٢٫٥ ۱۲۳ ٣٠٬٠٠٠', '46% 12.5 123 30,000'],
    ['folds Arabic punctuation', 'قال، ثم؛ لماذا؟', 'قال, ثم; لماذا?'],
    ['folds quotes', '«سلام» “peace”', '"سلام" "peace"'],
    ['unfolds presentation forms', 'ﻻ ﺑﺪ', 'لا بد'],
    ['lower-cases Latin letters', 'Moscow', 'moscow'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });
});

describe('normalize keeps a map back to the original offsets', () => {
  it('maps every normalized character to its original position', () => {
    const original = 'قالَتْ «موسكو»';
    const n = normalize(original);
    const at = n.text.indexOf('موسكو');
    expect(original.slice(...Object.values(toOriginalSpan(n, at, at + 5)) as [number, number])).toBe('موسكو');
    expect(n.toOrig[n.text.length]).toBe(original.length);
  });

  it('maps both letters of an unfolded ligature to the ligature', () => {
    const n = normalize('ﻻ');
    expect(Array.from(n.toOrig)).toEqual([0, 0, 1]);
  });

  it('normalizeKey collapses whitespace and trims', () => {
    expect(normalizeKey('  كانون   الأول ')).toBe('كانون الاول');
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['keeps numbers with separators and percent signs whole', 'بلغ 3,889 و٤٦٪ و9.5', ['بلغ', '3,889', 'و', '٤٦٪', 'و', '9.5']],
    ['cuts an Arabic prefix letter from digits', 'بين 1998 و2000', ['بين', '1998', 'و', '2000']],
    ['keeps Latin codes that mix letters and digits whole', 'Embraer E190 flight J2-8243', ['Embraer', 'E190', 'flight', 'J2-8243']],
    ['keeps dotted abbreviations whole', 'the U.S. and a.m.', ['the', 'U.S.', 'and', 'a.m.']],
    ['keeps ordinal and scale suffixes on numbers', 'the 12th, $11bn', ['the', '12th', ',', '$', '11bn']],
    ['splits punctuation and slashes', 'تموز/يوليو، «إكس»', ['تموز', '/', 'يوليو', '،', '«', 'إكس', '»']],
    // Where the fast scan of Arabic letters stops and the full rule takes over.
    ['keeps harakat, tatweel, hyphens and fused Latin letters inside an Arabic word', 'قتلَ مـصر ثنائي-القطب عربيabc ذٰلك', ['قتلَ', 'مـصر', 'ثنائي-القطب', 'عربيabc', 'ذٰلك']],
    ['ends an Arabic word at digits, marks and the end of text', 'عام٢٠٢٠ قال:نعم؟ لا؛ نعم', ['عام', '٢٠٢٠', 'قال', ':', 'نعم', '؟', 'لا', '؛', 'نعم']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

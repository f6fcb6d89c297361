import { describe, expect, it } from 'vitest';
import { analyzeToken, type MorphologyData } from './morphology.ts';
import { loadLanguage } from '../../lang/index.ts';

// A small fixture inventory, apart from the shipped keep-whole list.
const fixture: MorphologyData = {
  proclitics: [],
  enclitics: ['كما', 'هما', 'كم', 'هم', 'هن', 'ها', 'نا', 'ه', 'ك', 'ي'],
  conjunctions: ['و', 'ف'],
  prepositions: ['ب', 'ل', 'ك'],
  future: ['س'],
  article: 'ال',
  keepWhole: new Set(['بوتين', 'باكو', 'بكين', 'لندن', 'كييف', 'كازاخستان']),
  minStem: 2,
};

describe('analyzeToken strips Arabic clitics', () => {
  const cases: [string, string, string, string[] | undefined, string | undefined][] = [
    ['conjunction and article', 'والشرطه', 'شرطه', ['و', 'ال'], undefined],
    ['preposition with article written لل', 'للحكومه', 'حكومه', ['ل', 'ال'], undefined],
    ['conjunction and future marker', 'وسيعتقل', 'يعتقل', ['و', 'س'], undefined],
    ['conjunction and object pronoun', 'واعتقالهم', 'اعتقال', ['و'], 'هم'],
    ['possessive pronoun ها', 'حكومتها', 'حكومت', undefined, 'ها'],
  ];
  it.each(cases)('%s: %s', (_name, token, stem, proclitics, enclitic) => {
    const a = analyzeToken(token, 'ar', fixture);
    expect(a.forms[0]).toBe(token);
    expect(a.forms[1]).toBe(stem);
    expect(a.proclitics).toEqual(proclitics);
    expect(a.enclitic).toBe(enclitic);
  });

  it('restores a ta marbuta before an enclitic', () => {
    expect(analyzeToken('حكومتها', 'ar', fixture).forms).toContain('حكومه');
  });

  it('never joins an article with an enclitic pronoun', () => {
    expect(analyzeToken('الشرطه', 'ar', fixture).forms).not.toContain('الشرط');
  });
});

describe('analyzeToken keeps names whole', () => {
  it.each(['بوتين', 'باكو', 'بكين', 'لندن', 'كييف', 'كازاخستان'])('%s is not split', (name) => {
    expect(analyzeToken(name, 'ar', fixture)).toEqual({ forms: [name] });
  });

  it('strips a clitic in front of a kept name but never cuts into it', () => {
    const a = analyzeToken('وبوتين', 'ar', fixture);
    expect(a.forms).toEqual(['وبوتين', 'بوتين']);
    expect(a.proclitics).toEqual(['و']);
  });

  it('accepts extra known words from the caller', () => {
    expect(analyzeToken('بلغراد', 'ar', fixture, new Set(['بلغراد'])).forms).toEqual(['بلغراد']);
    expect(analyzeToken('لبلغراد', 'ar', fixture, (w) => w === 'بلغراد').forms).toEqual(['لبلغراد', 'بلغراد']);
  });

  it('ships a keep-whole list with the language data', () => {
    const data = loadLanguage('ar').morphology;
    expect(analyzeToken('بوتين', 'ar', data).forms).toEqual(['بوتين']);
  });

  it('leaves English and digits alone', () => {
    expect(analyzeToken('moscow', 'en', fixture).forms).toEqual(['moscow']);
    expect(analyzeToken('2024', 'ar', fixture).forms).toEqual(['2024']);
  });
});

import { describe, expect, it } from 'vitest';
import { lemmatizeEnglish } from './english.ts';

describe('lemmatizeEnglish gives verb and noun lemmas', () => {
  const cases: [string, string][] = [
    ['sanctioned', 'sanction'],
    ['condemns', 'condemn'],
    ['said', 'say'],
    ['firms', 'firm'],
    ['talks', 'talk'],
    ['arrested', 'arrest'],
    ['Recalled', 'recall'],
  ];
  it.each(cases)('%s → %s', (word, lemma) => {
    expect(lemmatizeEnglish(word)).toContain(lemma);
  });

  it('returns the word itself when it is its own lemma', () => {
    expect(lemmatizeEnglish('meet')).toEqual(['meet']);
  });

  it('drops a possessive', () => {
    expect(lemmatizeEnglish("russia's")).toContain('russia');
  });
});

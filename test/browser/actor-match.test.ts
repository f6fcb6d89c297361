// The actor picker's matching (dashboard/src/actor-match.ts): names in either language, Arabic spelling variants, codes.
import { describe, expect, it } from 'vitest';
import { foldName, matchActors, type ActorChoice } from '../../dashboard/src/actor-match.ts';

const CHOICES: ActorChoice[] = [
  { code: 'AZE', names: ['Azerbaijan', 'أذربيجان'], events: 196 },
  { code: 'RUS', names: ['Russia', 'روسيا'], events: 151 },
  { code: 'ARE', names: ['United Arab Emirates', 'الإمارات'], events: 4 },
  { code: 'ARM', names: ['Armenia', 'أرمينيا'], events: 40 },
  { code: 'USA', names: ['United States', 'الولايات المتحدة'], events: 49 },
  { code: 'UNK', names: ['Unidentified actor', 'طرف غير محدد'], events: 3 },
];

describe('matchActors', () => {
  it.each([
    ['اذربيجان', ['AZE']],
    ['أذربيجان', ['AZE']],
    ['azer', ['AZE']],
    ['RU', ['RUS']],
    ['ar', ['ARM', 'ARE']],
    ['arme', ['ARM']],
    ['امارات', ['ARE']],
    ['arab', ['ARE']],
    ['المتحده', ['USA']],
    ['unidentified', ['UNK']],
    ['xyz', []],
  ])('"%s" suggests %j', (query, codes) => {
    expect(matchActors(CHOICES, query).map((c) => c.code)).toEqual(codes);
  });

  it('suggests the busiest actors before anything is typed, at most `max`', () => {
    expect(matchActors(CHOICES, '', 3).map((c) => c.code)).toEqual(['AZE', 'RUS', 'USA']);
  });
});

describe('foldName', () => {
  it.each([
    ['الإمارات', 'الامارات'],
    ['الطائرة', 'الطائره'],
    ['مُصْطَفى', 'مصطفي'],
    ['روســيا', 'روسيا'],
    ['Azerbaijan', 'azerbaijan'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldName(input)).toBe(folded);
  });
});

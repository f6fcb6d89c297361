// Tests for general recognition rules on the built-in dictionaries: name boundaries, modifiers, articles,
// non-state antecedents, dyads and capitals used as places. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../doc.ts';
import { loadActorDictionary } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dict = loadActorDictionary([]);
const actors = (text: string, lang: Lang, published = '2025-06-01') =>
  recognizeActors(segmented(text, lang, published), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);
const places = (text: string, lang: Lang) => recognizeActors(segmented(text, lang), dict).places.map((p) => `${p.text}|${p.country}`);

describe('recognizeActors: general rules (built-in dictionary)', () => {
  const cases: [string, Lang, string, (got: string[]) => void][] = [
    ['ar: a known body inside a longer national name is not that body', 'ar', 'عقد مجلس الأمن والدفاع الليبي اجتماعا طارئا أمس.',
      (got) => expect(got).toEqual(['مجلس الأمن والدفاع الليبي|LBY|GOV'])],
    ['en: a group name at the end of a longer personal name does not fire', 'en', 'The talks were chaired by Anna Maria Wagner, a Swiss mediator.',
      (got) => expect(got.some((a) => a.startsWith('Wagner'))).toBe(false)],
    ['en: "the U.N. nuclear watchdog" is the IAEA', 'en', 'The U.N. nuclear watchdog sent inspectors on Friday.',
      (got) => expect(got).toEqual(['The U.N. nuclear watchdog|IAEA|null'])],
    ['en: a modifier between a possessive country and a title', 'en', "Peru's interim President Jose Jeri met the envoys.",
      (got) => expect(got[0]).toBe("Peru's interim President Jose Jeri|PER|GOV")],
    ['ar: a modifier between the country adjective and the name', 'ar', 'غادر الرئيس السوري المخلوع بشار الأسد البلاد.',
      (got) => expect(got).toEqual(['الرئيس السوري المخلوع بشار الأسد|SYR|ELI'])],
    ['ar: a surname with the article completes a spokesperson title', 'ar', 'قال المتحدث باسم وزارة الخارجية التونسية سامي الهادي، إن الوفد وصل.',
      (got) => expect(got[0]).toBe('المتحدث باسم وزارة الخارجية التونسية سامي الهادي|TUN|GOV')],
    ['en: a ruling-party modifier and "the" before a group stay in the span', 'en', 'The ruling AK Party and the PKK both issued statements.',
      (got) => expect(got).toEqual(['The ruling AK Party|TUR|GOV', 'the PKK|TUR|REB'])],
    ['en: "the group" refers back to the last armed group, not to the country in context', 'en', 'Hamas fired rockets from Gaza on Friday, officials in Cairo said. The group said it would reply.',
      (got) => expect(got).toContain('The group|PSE|REB')],
    ['en: "the group" with no armed group before stays unlisted', 'en', 'France and Germany met on Monday. The group of ministers left.',
      (got) => expect(got.some((a) => a.startsWith('The group'))).toBe(false)],
    ['en: "the militants" take the code of the nearest armed group, not of a place', 'en', 'Al-Shabaab fighters crossed from southern Somalia into Kenya. Kenyan troops said the militants withdrew.',
      (got) => expect(got).toContain('the militants|SOM|REB')],
    ['en: a country possessive before its own group is one mention of the group', 'en', "Lebanon's Hezbollah rejected the offer.",
      (got) => expect(got).toEqual(["Lebanon's Hezbollah|LBN|REB"])],
    ['en: a state in "northern X" after "in" is a place', 'en', 'Drones struck a convoy in northern Syria on Sunday.',
      (got) => expect(got).toEqual([])],
    ['en: a multi-word state name keeps its article', 'en', 'The United Kingdom and Norway signed a pact.',
      (got) => expect(got).toContain('The United Kingdom|GBR|null')],
  ];
  for (const [name, lang, text, check] of cases) it(name, () => check(actors(text, lang)));

  it('ar: a dyad skips a list of three and a pair whose one member is a third party in its sentence', () => {
    const got = actors('اتفقت مصر وتركيا على استئناف العلاقات. ورحبت الرياض وعمّان والدوحة بالخطوة. واستضافت بغداد محادثات سابقة بين البلدين.', 'ar', '2023-01-10');
    expect(got.filter((a) => a.startsWith('البلدين'))).toEqual(['البلدين|EGY|null', 'البلدين|TUR|null']);
  });

  it('ar: a dyad for downstream states takes the pair named together', () => {
    const got = actors('وقالت مصر والسودان إن السد يضر بمصالح دولتي المصب.', 'ar');
    expect(got.filter((a) => a.startsWith('دولتي'))).toEqual(['دولتي المصب|EGY|null', 'دولتي المصب|SDN|null']);
  });

  it('ar: a named holder of a country-less title takes the topic country', () => {
    const got = actors('أعلنت الحكومة الليبية خطة جديدة. وقال وزير الداخلية عماد الطرابلسي، إن الأمن تحسن.', 'ar');
    expect(got).toContain('وزير الداخلية عماد الطرابلسي|LBY|GOV');
  });

  it('capitals listed with places, or as a facility owner, are places', () => {
    expect(actors('قصفت الطائرات مواقع في عدة مدن بينها صنعاء والحديدة.', 'ar')).toEqual([]);
    expect(places("Jets hit Beirut's airport and the port of Tyre.", 'en')).toContain('Beirut|LBN');
  });

  it('en: a body without a country takes the place after "in"', () => {
    expect(actors('The police in Paris opened an inquiry.', 'en')).toEqual(['The police in Paris|FRA|COP']);
  });
});

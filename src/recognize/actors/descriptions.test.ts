// Tests for named outlets containing a country name, appositions, personnel plurals, "the X capital Y"
// phrases, dyads after a host and possessive titles (built-in dictionary). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../doc.ts';
import { loadActorDictionary } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dict = loadActorDictionary([]);
const run = (text: string, lang: Lang) => recognizeActors(segmented(text, lang, '2025-07-01'), dict);
const actors = (text: string, lang: Lang) => run(text, lang).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);
const places = (text: string, lang: Lang) => run(text, lang).places.map((p) => `${p.text}|${p.country}`);

describe('recognizeActors: descriptions and longer names', () => {
  const cases: [string, Lang, string, string[]][] = [
    ['en: an outlet named after the country it serves is its owner\'s media', 'en', 'Sputnik Armenia published the interview on Friday.', ['Sputnik Armenia|RUS|MED']],
    ['ar: the same in Arabic, after a definite head that is no construct', 'ar', 'أغلقت السلطات مكتب سبوتنيك أذربيجان أمس.', ['سبوتنيك أذربيجان|RUS|MED']],
    ['en: a broadcaster whose name holds a state name', 'en', 'Voice of America and Radio Free Europe were barred from the briefing.', ['Voice of America|USA|MED', 'Radio Free Europe|USA|MED']],
    ['ar: a channel name that is also an adjective', 'ar', 'نقلت قناة العربية عن مصدر مطلع أن الاجتماع تأجل.', ['قناة العربية|SAU|MED']],
    ['en: an unknown name before a described post takes its code and sector', 'en', 'Police detained Farid Aliyarov, the chairman of a Georgian community association, at the border.',
      ['Farid Aliyarov|GEO|CVL', 'chairman of a Georgian community association|GEO|CVL']],
    ['ar: the same apposition in Arabic', 'ar', 'أوقفت الشرطة الروسية كريم نصيروف، زعيم الجالية الطاجيكية في المدينة.',
      ['الشرطة الروسية|RUS|COP', 'كريم نصيروف|TJK|CVL', 'زعيم الجالية الطاجيكية|TJK|CVL']],
    ['en: plural personnel phrases', 'en', 'Georgian law enforcement officers and Armenian police officers met at the crossing.',
      ['Georgian law enforcement officers|GEO|COP', 'Armenian police officers|ARM|COP']],
    ['ar: "عناصر" before a police body', 'ar', 'اقتحمت عناصر الشرطة التركية المقر فجرا.', ['عناصر الشرطة التركية|TUR|COP']],
    ['en: a possessive before a title', 'en', "Georgia's ambassador was handed a protest note.", ["Georgia's ambassador|GEO|GOV"]],
  ];
  for (const [name, lang, text, expected] of cases) it(name, () => expect(actors(text, lang)).toEqual(expected));

  it('ar: "عناصر الأمن" takes the country of the place that follows', () => {
    expect(actors('اعتقلت عناصر الأمن ثلاثة صحفيين في أنقرة.', 'ar')).toContain('عناصر الأمن|TUR|COP');
  });

  it('"the X capital Y" is one span: a place after a locative, the government as subject', () => {
    expect(actors('وصل الوفد إلى العاصمة اليابانية طوكيو مساء الأحد.', 'ar')).toEqual([]);
    expect(places('وصل الوفد إلى العاصمة اليابانية طوكيو مساء الأحد.', 'ar')).toEqual(['العاصمة اليابانية طوكيو|JPN']);
    expect(actors('رفضت العاصمة اليابانية طوكيو الاتهامات.', 'ar')).toEqual(['العاصمة اليابانية طوكيو|JPN|GOV']);
    expect(places('The envoy landed in the Japanese capital Tokyo on Sunday.', 'en')).toEqual(['the Japanese capital Tokyo|JPN']);
    expect(actors('The Japanese capital Tokyo rejected the claims.', 'en')).toEqual(['The Japanese capital Tokyo|JPN|GOV']);
    expect(actors('Drones struck the Ukrainian capital Kyiv overnight.', 'en')).toEqual([]);
  });

  it('a later dyad word keeps the pair of the dyad before it, not the host', () => {
    const text = 'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels. The talks were hosted by the European Union and attended by France. '
      + 'Germany welcomed the meeting. France praised the mediators. Both governments said the talks were useful. The two countries will meet again in May.';
    const got = actors(text, 'en');
    expect(got.filter((a) => a.startsWith('The two countries'))).toEqual(got.filter((a) => a.startsWith('Both governments')).map((a) => a.replace('Both governments', 'The two countries')));
    expect(got.some((a) => a.startsWith('The two countries|FRA'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Lang } from '../../doc.ts';
import { compileActorDictionary, parseActorEntries } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const fixture = (name: string) => parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const dict = compileActorDictionary(parseActorEntries(fixture('actors.yaml'), 'actors.yaml'), fixture('phrases.yaml'));

function actors(text: string, lang: Lang, published?: string): string[] {
  return recognizeActors(segmented(text, lang, published), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);
}
function places(text: string, lang: Lang): string[] {
  return recognizeActors(segmented(text, lang), dict).places.map((p) => `${p.text}|${p.country}`);
}

describe('recognizeActors (fixture dictionary)', () => {
  const arabic: [string, string, string[]][] = [
    ['a state name alone has no sector', 'أعلنت روريتانيا أنها سترد على الاتهامات.', ['روريتانيا|RUR|null']],
    ['title, adjective and name form one span', 'قال الرئيس الروريتاني رودولف راسنديل إن بلاده سترد.', ['الرئيس الروريتاني رودولف راسنديل|RUR|GOV']],
    ['a head noun with a demonym gives country and sector', 'داهمت الشرطة الروريتانية منازل في العاصمة.', ['الشرطة الروريتانية|RUR|COP']],
    ['a named outlet between head and demonym stays in the span', 'اعتقلت السلطات موظفي وكالة "هيرالد" الروريتانية.', ['وكالة "هيرالد" الروريتانية|RUR|MED']],
    ['words between the head and the demonym are allowed', 'فرضت هيئة الرقابة الزراعية الفريدونية قيودا.', ['هيئة الرقابة الزراعية الفريدونية|FRE|GOV']],
    ['a title in construct with a state name', 'استقبل الرئيس وزير خارجية فريدونيا أمس.', ['وزير خارجية فريدونيا|FRE|GOV']],
    ['the holder of a post takes the body\'s sector and keeps its place', 'اعتقلت الشرطة الفريدونية زعيم الجالية الروريتانية في زيندا.', ['الشرطة الفريدونية|FRE|COP', 'زعيم الجالية الروريتانية في زيندا|RUR|CVL']],
    ['a capital as agent is the government', 'ردت ستريلسو بإلغاء الزيارات الرسمية.', ['ستريلسو|RUR|GOV']],
    ['a capital after a locative preposition is a place', 'وصل الوفد إلى ستريلسو.', []],
    ['a bare demonym adjective on an event is not a mention', 'أدان الوزير الغزو الروريتاني.', []],
    ['human plural demonyms name civilians', 'اعتقل رجال أعمال روريتانيون والرورتان.', ['رجال أعمال روريتانيون|RUR|BUS', 'الرورتان|RUR|CVL']],
    ['an inner head takes the span over an outer one', 'تعويض شركة الخطوط الجوية الفريدونية.', ['الخطوط الجوية الفريدونية|FRE|BUS']],
    ['a known surname alone resolves', 'قال راسنديل إن المحادثات فشلت.', ['راسنديل|RUR|GOV']],
    ['a weak name without support is dropped', 'حصلت الشركة على دعم مالي كبير.', []],
  ];
  for (const [name, text, expected] of arabic) it(`ar: ${name}`, () => expect(actors(text, 'ar', '2022-05-01')).toEqual(expected));

  it('ar: a dyad word stands for the two states named together, once per state', () => {
    const got = actors('اجتمعت روريتانيا وفريدونيا أمس. واتفق البلدين على هدنة.', 'ar');
    expect(got).toEqual(['روريتانيا|RUR|null', 'فريدونيا|FRE|null', 'البلدين|RUR|null', 'البلدين|FRE|null']);
  });

  it('ar: a bare head noun refers to the last institution of its kind', () => {
    const got = actors('أصدرت وزارة الخارجية الفريدونية بيانا. وقالت الوزارة إنها سترد.', 'ar');
    expect(got).toEqual(['وزارة الخارجية الفريدونية|FRE|GOV', 'الوزارة|FRE|GOV']);
  });

  it('ar: the same title resolves to different office holders by publication date', () => {
    const entry = (date: string) => recognizeActors(segmented('استقبل الرئيس الروريتاني الوفد.', 'ar', date), dict).actors[0]?.entry;
    expect(entry('2021-06-01')).toBe('person.RUR.rudolf');
    expect(entry('2025-06-01')).toBe('person.RUR.flavia');
  });

  it('ar: a former office holder is coded ELI', () => {
    expect(actors('انتقد راسنديل الحكومة الحالية بشدة.', 'ar', '2025-06-01')[0]).toBe('راسنديل|RUR|ELI');
  });

  it('ar: places and states used as locations go to places', () => {
    expect(places('وقع الانفجار في زيندا ثم في روريتانيا.', 'ar')).toEqual(['زيندا|RUR', 'روريتانيا|RUR']);
    expect(places('شنت فريدونيا هجوم على ستريلسو.', 'ar')).toEqual(['ستريلسو|RUR']);
  });

  const english: [string, string, string[]][] = [
    ['a possessive state before a head', "Ruritania's foreign ministry said on Monday it would respond.", ["Ruritania's foreign ministry|RUR|GOV"]],
    ['"the" stays with a demonym-led institution', 'The Freedonian military fired two missiles.', ['The Freedonian military|FRE|MIL']],
    ['demonym, title and name', 'Freedonian Foreign Minister Rufus Firefly said talks had failed.', ['Freedonian Foreign Minister Rufus Firefly|FRE|GOV']],
    ['plural demonyms name people', 'Thousands of Freedonians protested.', ['Freedonians|FRE|CVL']],
    ['a capital after "in" is a place, as subject the government', 'Strelsau said the envoy stayed in Fredon.', ['Strelsau|RUR|GOV']],
    ['names need a capital letter', 'the ruritania case was closed.', []],
    ['a name learned after a title resolves by surname later', 'Sylvanian President Anna Weiss spoke. Weiss added that Sylvania would wait.', ['Sylvanian President Anna Weiss|SYL|GOV', 'Weiss|SYL|GOV', 'Sylvania|SYL|null']],
  ];
  for (const [name, text, expected] of english) it(`en: ${name}`, () => expect(actors(text, 'en')).toEqual(expected));

  it('en: "both sides" lists each of the two states', () => {
    const got = actors('Talks between Ruritania and Freedonia resumed. Both sides agreed to a truce.', 'en');
    expect(got.filter((a) => a.startsWith('Both sides'))).toEqual(['Both sides|RUR|null', 'Both sides|FRE|null']);
  });

  it('en: "the police" takes the country in context', () => {
    expect(actors('The Freedonian government ordered the police to act.', 'en')).toEqual(['The Freedonian government|FRE|GOV', 'the police|FRE|COP']);
  });
});

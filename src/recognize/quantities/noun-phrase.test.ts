import { describe, expect, it } from 'vitest';
import type { Doc, Lang } from '../../doc.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { loadLanguage } from '../../../lang/index.ts';
import { normalizeStage } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { recognizeDates } from '../dates/index.ts';
import { recognizeQuantities } from './index.ts';

const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as Resources;
function quantities(text: string, lang: Lang) {
  let doc: Doc = { article: { id: 't', text, lang, published: '2024-03-12' }, text };
  doc = segment(normalizeStage.run(doc, res), res);
  doc = { ...doc, dates: recognizeDates(doc, res) };
  return recognizeQuantities(doc, res).map((q) => [q.text, q.value, q.unit]);
}

describe('English counted noun phrases', () => {
  const cases: [string, string, (string | number | null)[][]][] = [
    ['modifiers up to the plural head', 'Gunfire killed seven Afghan border guards overnight.', [['seven Afghan border guards', 7, 'guards']]],
    ['a participle modifier', 'Troops left six disputed villages.', [['six disputed villages', 6, 'villages']]],
    ['a plural without -s', 'More than 200 people fled and 40 policemen stayed.', [['More than 200 people', 200, 'people'], ['40 policemen', 40, 'policemen']]],
    ['the article before a count', 'The court freed the four journalists on bail.', [['the four journalists', 4, 'journalists']]],
    ['one before a common noun counts', 'The blast wounded one soldier.', [['one soldier', 1, 'soldier']]],
    ['one of, one another do not', 'One of the envoys said they would respect one another.', []],
    ['a unit glued by a hyphen', 'They patrol a 512-mile frontier.', [['512-mile', 512, 'mile']]],
    ['a rate after the unit', 'Levels reached 900 becquerels per kilogram in fish.', [['900 becquerels per kilogram', 900, 'becquerels']]],
    ['a plural noun after a percentage', 'Washington imposed 25% duties on steel.', [['25% duties', 25, 'percent']]],
    ['a verb after the count is left out', 'Officials said 12 died in the crash.', [['12', 12, null]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quantities(text, 'en')).toEqual(expected);
  });

  it('does not count a pair of parties named before', () => {
    expect(quantities('The two countries signed a pact, and both neighbours hailed it; the two foreign ministers met.', 'en')).toEqual([]);
  });

  it('still counts two of something new', () => {
    expect(quantities('The navy seized two tankers.', 'en')).toEqual([['two tankers', 2, 'tankers']]);
  });
});

describe('Arabic counts around nouns', () => {
  const cases: [string, string, (string | number | null)[][]][] = [
    ['definite compound number words after a possessed noun', 'أفرجت الجماعة عن بحارتها الثلاثة والعشرين.', [['الثلاثة والعشرين', 23, 'بحارتها']]],
    ['a definite compound after a definite noun', 'عاد الجنود الخمسة والأربعون إلى ثكناتهم.', [['الجنود الخمسة والأربعون', 45, 'الجنود']]],
    ['compound tens and units', 'اعتقلت الشرطة ثلاثة وأربعين متظاهرا.', [['ثلاثة وأربعين متظاهرا', 43, 'متظاهرا']]],
    ['hundreds and tens', 'شارك مئة وعشرون مراقبا في الانتخابات.', [['مئة وعشرون مراقبا', 120, 'مراقبا']]],
    ['a definite number after an ordinal head is not a count', 'يحتفل البلد بالذكرى العشرين للاستقلال.', []],
    ['one after its noun counts', 'فاز المرشح بفارق صوت واحد وقتل شخص واحد.', [['صوت واحد', 1, 'صوت'], ['شخص واحد', 1, 'شخص']]],
    ['one in an idiom or "one of" does not', 'تحركت القوات في آن واحد وكان واحد من الضباط غائبا.', []],
    ['a vague scale word keeps a clean span', 'خلفت المعارك عشرات الآلاف وتشريد السكان.', [['عشرات الآلاف', 10000, null]]],
    ['a conjunction-led word is not the counted noun', 'قتل 12 وإصابة 30 آخرين.', [['12', 12, null], ['30 آخرين', 30, 'آخرين']]],
    ['definite duals of party nouns are no count', 'وقع البلدين اتفاقا يرضي الطرفين والجانبين.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quantities(text, 'ar')).toEqual(expected);
  });
});

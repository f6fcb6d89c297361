import { describe, expect, it } from 'vitest';
import type { Doc, Lang } from '../../doc.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { loadLanguage } from '../../../lang/index.ts';
import { normalizeStage } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { recognizeDates } from './index.ts';

const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as Resources;
function dates(text: string, lang: Lang, published: string | null) {
  let doc: Doc = { article: { id: 't', text, lang, published }, text };
  doc = segment(normalizeStage.run(doc, res), res);
  return recognizeDates(doc, res).map((d) => [d.text, d.value]);
}

// Publication: Wednesday 2024-06-19.
const pub = '2024-06-19';

describe('dates counted from the last day-level date before them (else publication)', () => {
  const cases: [string, Lang, string, [string, string | null][]][] = [
    ['English the next day after a calendar date', 'en', 'Rebels seized the airport on June 2. The next day, the army retook it.', [['on June 2', '2024-06-02'], ['The next day', '2024-06-03']]],
    ['English days earlier', 'en', 'The talks collapsed on June 10. Three days earlier the envoy had warned of failure.', [['on June 10', '2024-06-10'], ['Three days earlier', '2024-06-07']]],
    ['English on the same day after a weekday', 'en', 'The senate voted on Monday. On the same day, the president vetoed another bill.', [['on Monday', '2024-06-17'], ['On the same day', '2024-06-17']]],
    ['English a week later', 'en', 'Fighting erupted on May 1, and a week later a truce was signed.', [['on May 1', '2024-05-01'], ['a week later', '2024-05-08']]],
    ['without an earlier date, publication is the anchor, and a past clause stops at it', 'en', 'A day later the ministry denied the report.', [['A day later', '2024-06-19']]],
    ['Arabic months on, in a past clause, is the time of writing', 'ar', 'وقال الوزير إن بلاده لم تتلق أي رد بعد سبعة أشهر.', [['بعد سبعة أشهر', '2024-06-19']]],
    ['a future clause keeps the date to come', 'ar', 'ستجرى الانتخابات بعد سبعة أشهر.', [['بعد سبعة أشهر', '2025-01']]],
    ['English a future clause keeps the day to come', 'en', 'The envoy will return a week later.', [['a week later', '2024-06-26']]],
    ['counted from an earlier date past publication, a past clause stops at publication', 'en', 'The plane crashed on June 15. A week later the airline suspended its flights.', [['on June 15', '2024-06-15'], ['A week later', '2024-06-19']]],
    ['Arabic the following day', 'ar', 'اعتقلت السلطات الصحفي في 5 يونيو، وفي اليوم التالي وجهت إليه تهمة التجسس.', [['5 يونيو', '2024-06-05'], ['في اليوم التالي', '2024-06-06']]],
    ['Arabic after two days', 'ar', 'وصل الوفد إلى العاصمة في 8 مايو، وبعد يومين غادرها دون اتفاق.', [['8 مايو', '2024-05-08'], ['بعد يومين', '2024-05-10']]],
    ['Arabic the same day', 'ar', 'انفجرت سيارة مفخخة في 12 يونيو. وفي اليوم نفسه أغلقت السلطات المعبر.', [['12 يونيو', '2024-06-12'], ['في اليوم نفسه', '2024-06-12']]],
    ['Arabic a week before that', 'ar', 'أعلنت الحكومة الطوارئ في 20 مايو، وكانت قد حذرت قبل ذلك بأسبوع من الفيضانات.', [['20 مايو', '2024-05-20'], ['قبل ذلك بأسبوع', '2024-05-13']]],
    ['a duration counted from a named event is no date', 'ar', 'أعلنت الهدنة في 3 يونيو بعد 12 يوما من القتال.', [['3 يونيو', '2024-06-03']]],
    ['a bare قبل still counts back from publication', 'ar', 'أعلنت الحكومة الطوارئ في 20 مايو بعد تحذير صدر قبل يومين.', [['20 مايو', '2024-05-20'], ['قبل يومين', '2024-06-17']]],
  ];
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(dates(text, lang, pub)).toEqual(expected);
  });
});

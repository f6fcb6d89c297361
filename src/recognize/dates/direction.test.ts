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

// Publication: Tuesday 2024-03-12.
const pub = '2024-03-12';

describe('bare weekdays: back by default, ahead after a future or designating cue', () => {
  const cases: [string, Lang, string, [string, string][]][] = [
    ['English past tense looks back', 'en', 'Protesters blocked the highway on Thursday.', [['on Thursday', '2024-03-07']]],
    ['English will looks ahead', 'en', 'The cabinet will vote on Friday on the budget.', [['on Friday', '2024-03-15']]],
    ['English scheduled looks ahead', 'en', 'Talks are scheduled to resume Wednesday in Doha.', [['Wednesday', '2024-03-13']]],
    ['a designated day lies ahead', 'en', 'The president declared Thursday a national holiday.', [['Thursday', '2024-03-14']]],
    ['said ends the look-back', 'en', 'The envoy said he would travel, and the talks ended Monday.', [['Monday', '2024-03-11']]],
    ['Arabic future prefix looks ahead', 'ar', 'ستصوت الجمعية العامة الخميس على القرار.', [['الخميس', '2024-03-14']]],
    ['Arabic future prefix after و looks ahead', 'ar', 'وسيزور الوزير العاصمة السبت.', [['السبت', '2024-03-16']]],
    ['Arabic من المقرر looks ahead', 'ar', 'ومن المقرر أن يلتقي الرئيسان الأحد.', [['الأحد', '2024-03-17']]],
    ['Arabic past verb looks back', 'ar', 'صوتت الجمعية العامة الخميس على القرار.', [['الخميس', '2024-03-07']]],
    ['a noun that looks like a future verb does not', 'ar', 'أقر البرلمان سياسة جديدة الأحد.', [['الأحد', '2024-03-10']]],
  ];
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(dates(text, lang, pub)).toEqual(expected);
  });
});

describe('seasons with a year, and earlier/later within a period', () => {
  const cases: [string, Lang, string, [string, string][]][] = [
    ['an Arabic season with its year', 'ar', 'تراجعت الصادرات في صيف 2023 بشكل حاد.', [['صيف 2023', '2023-SU']]],
    ['an Arabic season with a relative year', 'ar', 'بدأت المفاوضات في خريف العام الماضي.', [['خريف العام الماضي', '2023-FA']]],
    ['an Arabic season year after عام', 'ar', 'اندلعت الاحتجاجات في شتاء عام 2021 واستمرت.', [['شتاء عام 2021', '2021-WI']]],
    ['an English season of a year', 'en', 'The drought began in the spring of 2022 and worsened.', [['spring of 2022', '2022-SP']]],
    ['an English season before its year', 'en', 'Fighting resumed in autumn 2019 near the border.', [['autumn 2019', '2019-FA']]],
    ['this summer', 'en', 'Elections are due this summer.', [['this summer', '2024-SU']]],
    ['earlier this week', 'en', 'Earlier this week the ministry summoned the ambassador.', [['Earlier this week', '2024-W11']]],
    ['later this month', 'en', 'A delegation will arrive later this month.', [['later this month', '2024-03']]],
    ['earlier before a day part is left out', 'en', 'He spoke earlier this afternoon.', [['this afternoon', '2024-03-12']]],
    ['Arabic earlier this week', 'ar', 'استدعت الوزارة السفير في وقت سابق من هذا الأسبوع.', [['في وقت سابق من هذا الأسبوع', '2024-W11']]],
    ['Arabic later this month', 'ar', 'يصل الوفد في وقت لاحق من الشهر الجاري.', [['في وقت لاحق من الشهر الجاري', '2024-03']]],
  ];
  it.each(cases)('%s', (_name, lang, text, expected) => {
    expect(dates(text, lang, pub)).toEqual(expected);
  });
});

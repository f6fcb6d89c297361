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

describe('Arabic explicit dates', () => {
  const pub = '2025-07-25';
  const cases: [string, string, [string, string | null][]][] = [
    ['a Levantine/Gregorian pair with year', 'تحطمت الطائرة في 25 كانون الأول/ديسمبر 2024 قرب المطار.', [['25 كانون الأول/ديسمبر 2024', '2024-12-25']]],
    ['a pair without year takes the nearest year', 'أعلن الرئيس في 20 تموز/يوليو رفع دعوى.', [['20 تموز/يوليو', '2025-07-20']]],
    ['a month and year', 'استعادت القوات الإقليم في أيلول/سبتمبر 2023.', [['أيلول/سبتمبر 2023', '2023-09']]],
    ['Maghrebi month names', 'انعقدت القمة يوم 14 جانفي 2024 ثم في فيفري.', [['14 جانفي 2024', '2024-01-14'], ['فيفري', '2025-02']]],
    ['Arabic-Indic digits and a weekday with its date', 'أطلقت الصواريخ الإثنين ٠٥ سبتمبر ٢٠٢٢ فجرا.', [['الإثنين ٠٥ سبتمبر ٢٠٢٢', '2022-09-05']]],
    ['a weekday linked by الموافق', 'وقع الهجوم الخميس الموافق 31 أكتوبر 2024 ليلا.', [['الخميس الموافق 31 أكتوبر 2024', '2024-10-31']]],
    ['a Hijri date', 'تبدأ العطلة في 1 رمضان 1446 هـ وتستمر.', [['1 رمضان 1446 هـ', '2025-03-01']]],
    ['years after عام and in ranges', 'خاض البلدان حربا بين 1998 و2000 ووقعا اتفاقا عام 2018 ثم حرب (2020-2022).', [['1998', '1998'], ['2000', '2000'], ['عام 2018', '2018'], ['2020', '2020'], ['2022', '2022']]],
    ['an ordinal day word with a past month', 'وفي الثاني من يونيو الماضي أعلن الجيش النتائج.', [['الثاني من يونيو الماضي', '2025-06-02']]],
    ['a month two or more months ahead is last year\'s', 'بدأت الحرب في 7 أكتوبر وما زالت.', [['7 أكتوبر', '2024-10-07']]],
    ['a decade of the last century', 'منذ تسعينيات القرن الماضي تتوتر العلاقات.', [['تسعينيات القرن الماضي', '199X']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(dates(text, 'ar', pub)).toEqual(expected);
  });

  it('does not read a verb spelled like a month, a count of soldiers or a clock time as a date', () => {
    expect(dates('ومارس الوزير ضغوطا ونشر 2000 جندي عند الساعة 14:35.', 'ar', pub)).toEqual([]);
  });
});

describe('Arabic relative dates around a publication date (Friday 2024-05-03)', () => {
  const pub = '2024-05-03';
  const cases: [string, string, [string, string | null][]][] = [
    ['today with its weekday', 'قال الرئيس اليوم الجمعة إن بلاده أغلقت المعبر.', [['اليوم الجمعة', '2024-05-03']]],
    ['yesterday with its weekday', 'أعلنت الوزارة أمس الخميس وقف التجارة.', [['أمس الخميس', '2024-05-02']]],
    ['the day before yesterday', 'أعلن الوزير الأول من أمس الأربعاء القرار.', [['الأول من أمس الأربعاء', '2024-05-01']]],
    ['a prefix glued to the first word stays out of the span', 'وقعت الحرب لعام 2020 والخميس الماضي.', [['عام 2020', '2020'], ['الخميس الماضي', '2024-05-02']]],
    ['a weekday between slashes', 'احتجت الدولة اليوم /الجمعة/ على الهجوم.', [['اليوم /الجمعة/', '2024-05-03']]],
    ['a part of the day', 'أطلق الجيش صاروخا فجر اليوم.', [['فجر اليوم', '2024-05-03']]],
    ['tomorrow', 'يصل الوفد غداً إلى العاصمة.', [['غداً', '2024-05-04']]],
    ['a bare weekday is the last such day on or before publication', 'ألقت الشرطة القبض على المحتجين الأحد.', [['الأحد', '2024-04-28']]],
    ['a past weekday is strictly before publication', 'اجتمع الوزراء الجمعة الماضية.', [['الجمعة الماضية', '2024-04-26']]],
    ['a next weekday is strictly after publication', 'تعقد الجلسة الثلاثاء المقبل.', [['الثلاثاء المقبل', '2024-05-07']]],
    ['the current month with an edge word', 'التقى الزعيمان بداية الشهر الجاري في أبو ظبي.', [['بداية الشهر الجاري', '2024-05']]],
    ['this month', 'أعلنت الحكومة هذا الشهر خطة جديدة.', [['هذا الشهر', '2024-05']]],
    ['the end of a named current month', 'طالبتهم بالمغادرة قبل نهاية مايو الجاري.', [['نهاية مايو الجاري', '2024-05']]],
    ['last year', 'ارتفعت الصادرات العام الماضي.', [['العام الماضي', '2023']]],
    ['last week as an ISO week', 'أعلن الرئيس الأسبوع الماضي ضربة جديدة.', [['الأسبوع الماضي', '2024-W17']]],
    ['next autumn', 'سيتم توقيع الاتفاق في الخريف المقبل.', [['الخريف المقبل', '2024-FA']]],
    ['years ago after the count', 'تعود القضية إلى أكثر من 15 سنة مضت.', [['أكثر من 15 سنة مضت', '2009']]],
    ['years ago after قبل', 'زار الرئيس البلاد قبل عامين.', [['قبل عامين', '2022']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(dates(text, 'ar', pub)).toEqual(expected);
  });

  it('gives relative dates a null value when the publication date is unknown', () => {
    expect(dates('قال الوزير أمس إن المحادثات في 3 يناير 2020 فشلت.', 'ar', null)).toEqual([
      ['أمس', null],
      ['3 يناير 2020', '2020-01-03'],
    ]);
  });
});

describe('English dates (publication Friday 2022-10-14)', () => {
  const pub = '2022-10-14';
  const cases: [string, string, [string, string | null][]][] = [
    ['early Friday morning', 'The army fired a missile early Friday morning, officials said.', [['early Friday morning', '2022-10-14']]],
    ['a calendar date keeps its on, as a weekday does', 'Troops crossed the border on October 2 and withdrew.', [['on October 2', '2022-10-02']]],
    ['a weekday with on', 'The launch came on Thursday after a warning.', [['on Thursday', '2022-10-13']]],
    ['last Friday', 'He was told last Friday to leave.', [['last Friday', '2022-10-07']]],
    ['late September is the month', 'Launches have continued since late September.', [['late September', '2022-09']]],
    ['today evening and this afternoon', 'In a briefing today evening he said the call came this afternoon.', [['today evening', '2022-10-14'], ['this afternoon', '2022-10-14']]],
    ['a month named without year takes its nearest occurrence', 'They talk again on the 12th of May, after the strike on May 7.', [['on the 12th of May', '2022-05-12'], ['on May 7', '2022-05-07']]],
    ['a full date with abbreviated month', 'Talks resumed on Jan. 9, 2024 in Geneva.', [['on Jan. 9, 2024', '2024-01-09']]],
    ['last month and this year', 'The junta seized power last month and aid fell this year.', [['last month', '2022-09'], ['this year', '2022']]],
    ['a decade and years ago', 'Ties date from the 1990s, two years ago they broke.', [['1990s', '199X'], ['two years ago', '2020']]],
    ['a year after the article', 'Turnout in the 2020 election was high.', [['2020', '2020']]],
    ['a bare weekday is the last such day on or before publication', 'Thursday brought another launch.', [['Thursday', '2022-10-13']]],
    ['a modal may is not a month', 'They may meet in Geneva in 2023.', [['2023', '2023']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(dates(text, 'en', pub)).toEqual(expected);
  });
});

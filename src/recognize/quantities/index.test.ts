import { describe, expect, it } from 'vitest';
import type { Doc, Lang } from '../../doc.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { loadLanguage } from '../../../lang/index.ts';
import { normalizeStage } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { recognizeDates } from '../dates/index.ts';
import { loadActorDictionary } from '../actors/index.ts';
import { recognizeQuantities } from './index.ts';

const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') }, actors: loadActorDictionary([]) } as Resources;
function quantities(text: string, lang: Lang) {
  let doc: Doc = { article: { id: 't', text, lang, published: '2025-07-25' }, text };
  doc = segment(normalizeStage.run(doc, res), res);
  doc = { ...doc, dates: recognizeDates(doc, res) };
  return recognizeQuantities(doc, res).map((q) => {
    const row: (string | number | null)[] = [q.text, q.value, q.unit];
    if (q.qualifier) row.push(q.qualifier);
    if (q.of) row.push(`of ${q.of}`);
    return row;
  });
}

describe('Arabic quantities', () => {
  const cases: [string, string, (string | number | null)[][]][] = [
    ['a count with its noun, and the total it is part of', 'قتل 38 راكباً من أصل 67 كانوا على متنها.', [['38 راكباً', 38, 'راكباً', 'of 67'], ['67', 67, 'راكباً']]],
    ['a dual scale word with an approximation', 'ترفع التقديرات العدد إلى نحو مليونين.', [['نحو مليونين', 2000000, null, 'about']]],
    ['a fraction of a million', 'يقيم في البلاد نحو نصف مليون شخص.', [['نحو نصف مليون شخص', 500000, 'شخص', 'about']]],
    ['a percent sign', 'تشكل التحويلات 46% من المجموع.', [['46%', 46, 'percent']]],
    ['percent words and Arabic-Indic digits', 'ارتفعت الأسعار ٧٫٥ في المئة هذا العام.', [['٧٫٥ في المئة', 7.5, 'percent']]],
    ['money with a scale word and a plural', 'بلغ حجم التجارة 9.5 مليارات دولار سنويا.', [['9.5 مليارات دولار', 9500000000, 'USD']]],
    ['a currency picked by its adjective', 'دفعت الشركة 450 ألف ليرة سورية.', [['450 ألف ليرة سورية', 450000, 'SYP']]],
    ['a range gives both ends', 'قتل ما يتراوح بين 40 و45 ألف شخص.', [['40', 40000, 'شخص'], ['45 ألف شخص', 45000, 'شخص']]],
    ['number words joined by و', 'أصيب خمسة وعشرون جنديا في الهجوم.', [['خمسة وعشرون جنديا', 25, 'جنديا']]],
    ['a dual noun', 'قالت الوزارة إن طفلين من بين القتلى.', [['طفلين', 2, 'طفل']]],
    ['a dual noun after less than', 'جاءت التصريحات بعد أقل من شهرين من الزيارة.', [['أقل من شهرين', 2, 'شهر', 'less than']]],
    ['at least after the number, then a partitive', 'طال القصف 3 على الأقل من أحياء المدينة.', [['3 على الأقل من أحياء', 3, 'أحياء', 'at least']]],
    ['a definite number word after its noun', 'على مدى الأشهر الثلاثة الماضية تصاعدت الأزمة.', [['الأشهر الثلاثة', 3, 'الأشهر']]],
    ['a fraction of a century', 'يحكم الرئيسان منذ ما يقارب الربع قرن.', [['ما يقارب الربع قرن', 25, null, 'about']]],
    ['a range start leaves out its opener', 'تراوح عدد الضحايا بين 13 و17 قتيلا.', [['13', 13, 'قتيلا'], ['17 قتيلا', 17, 'قتيلا']]],
    ['a definite dual noun counts two', 'أغلقت الحكومة القنصليتين في المدينتين الحدوديتين.', [['القنصليتين', 2, 'قنصليه'], ['المدينتين', 2, 'مدينه']]],
    ['a dual inside a date still counts its duration', 'عاد الوفد بعد يومين من المحادثات.', [['يومين', 2, 'يوم']]],
    ['tens of thousands', 'نزح عشرات الآلاف من السكان.', [['عشرات الآلاف من السكان', 10000, 'السكان', 'tens']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quantities(text, 'ar')).toEqual(expected);
  });

  it('skips years, clock times, dates, identifiers and numbers inside names', () => {
    const text = 'قالت قناة فرنسا 24 عند الساعة 14:35 في 20 تموز/يوليو إن المادة 51 تنطبق منذ عام 2020 على طائرة E190.';
    expect(quantities(text, 'ar')).toEqual([]);
  });

  it('does not count a dual naming two parties, after a demonstrative, or a plural spelled like a dual', () => {
    expect(quantities('اتفق البلدان على أن الطرفين والدولتين ملتزمتان، وهاتان الوثيقتان تلزمان المدنيين والمسؤولين.', 'ar')).toEqual([]);
  });

  it('reads a number after a proper name or a formation word as part of a name, not a count', () => {
    expect(quantities('نقلت قناة غابون 24 أن مقاتلي اللواء 444 والكتيبة 17 انسحبوا.', 'ar')).toEqual([]);
    expect(quantities('قتل في غزة 30 شخصا.', 'ar')).toEqual([['30 شخصا', 30, 'شخصا']]);
  });

  it('counts a four-digit number followed by a noun', () => {
    expect(quantities('نشرت روسيا 2000 جندي لحفظ السلام.', 'ar')).toEqual([['2000 جندي', 2000, 'جندي']]);
  });
});

describe('English quantities', () => {
  const cases: [string, string, (string | number | null)[][]][] = [
    ['at least one, through the adjective to the noun', 'North Korea fired at least one ballistic missile.', [['at least one ballistic missile', 1, 'missile', 'at least']]],
    ['about with a measure', 'The missile traveled about 650 kilometers.', [['about 650 kilometers', 650, 'kilometers', 'about']]],
    ['a number word with its noun phrase up to the plural head', 'Beijing will sanction two US defense firms.', [['two US defense firms', 2, 'firms']]],
    ['half a million', 'Half a million people fled.', [['Half a million people', 500000, 'people']]],
    ['thousands separators and percent', 'The peso fell 1.4% to 3,889 pesos, and 300,000 workers left.', [['1.4%', 1.4, 'percent'], ['3,889 pesos', 3889, 'pesos'], ['300,000 workers', 300000, 'workers']]],
    ['percent as a word', 'Support fell to 46 percent.', [['46 percent', 46, 'percent']]],
    ['money with a symbol and suffix', 'The $11bn sale and 5 million euros were approved.', [['$11bn', 11000000000, 'USD'], ['5 million euros', 5000000, 'EUR']]],
    ['a range', 'Between 3 and 5 million people voted.', [['3', 3000000, 'people'], ['5 million people', 5000000, 'people']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(quantities(text, 'en')).toEqual(expected);
  });

  it('reads numbers after names and formation words as name parts', () => {
    expect(quantities('Fighters of Brigade 444 clashed as the G20 met; Gabon 24 reported it.', 'en')).toEqual([]);
  });

  it('skips clock times, ordinals, model numbers and bare one', () => {
    expect(quantities('At 1:47 a.m. on the 12th, one Boeing 737 landed at 1200 hours under Resolution 2231.', 'en')).toEqual([]);
  });
});

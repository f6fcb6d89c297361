// Tests for people outside the dictionary: surnames after a full name, names listed after a noun for
// people, occupation descriptors before a name, and collective nouns. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../doc.ts';
import { loadActorDictionary } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dict = loadActorDictionary([]);
const actors = (text: string, lang: Lang) =>
  recognizeActors(segmented(text, lang, '2025-06-01'), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);

describe('recognizeActors: people outside the dictionary', () => {
  const cases: [string, Lang, string, string[]][] = [
    ['ar: a known person named in full, then by surname alone and with a bare title', 'ar',
      'هاجم الرئيس التونسي قيس سعيّد المعارضة أمس. وأضاف سعيّد أن البلاد لن تتراجع. ثم استقبل الرئيس سعيّد السفير الجزائري.',
      ['الرئيس التونسي قيس سعيّد|TUN|GOV', 'المعارضة|TUN|OPP', 'سعيّد|TUN|GOV', 'الرئيس سعيّد|TUN|GOV', 'السفير الجزائري|DZA|GOV']],
    ['ar: an unknown holder is learned in full and by surname', 'ar',
      'صرح وزير الداخلية الليبي عماد الطرابلسي بأن الحدود مؤمنة. وزار عماد الطرابلسي معبر رأس جدير، ثم عاد الطرابلسي إلى العاصمة.',
      ['وزير الداخلية الليبي عماد الطرابلسي|LBY|GOV', 'عماد الطرابلسي|LBY|GOV', 'الطرابلسي|LBY|GOV']],
    ['en: a known person is later named by surname', 'en',
      'Kenyan President William Ruto met donors on Monday. Ruto promised reforms.',
      ['Kenyan President William Ruto|KEN|GOV', 'Ruto|KEN|GOV']],
    ['ar: names listed after "من بينهم" take the noun\'s country and sector; و is left out of the span', 'ar',
      'أوقفت الشرطة الجزائرية عددا من المعارضين، من بينهم كريم طابو وفضيل بومالة.',
      ['الشرطة الجزائرية|DZA|COP', 'المعارضين|DZA|OPP', 'كريم طابو|DZA|OPP', 'فضيل بومالة|DZA|OPP']],
    ['ar: "أبرزهم" after activists, a name with بن', 'ar',
      'احتجزت السلطات المغربية ناشطين أبرزهم محمد بن عيسى، وسعيد الراضي.',
      ['السلطات المغربية|MAR|GOV', 'ناشطين|MAR|CVL', 'محمد بن عيسى|MAR|CVL', 'سعيد الراضي|MAR|CVL']],
    ['en: names after "including" are the listed activists', 'en',
      'Ugandan police detained several activists, including Stella Nyanzi and Kizza Besigye.',
      ['Ugandan police|UGA|COP', 'activists|UGA|CVL', 'Stella Nyanzi|UGA|CVL', 'Kizza Besigye|UGA|CVL']],
    ['ar: no list without an introducing word', 'ar', 'اعتقلت الشرطة الأردنية ناشطين في عمان.',
      ['الشرطة الأردنية|JOR|COP', 'ناشطين|JOR|CVL']],
    ['ar: businessman and lawyer descriptors take the country in context', 'ar',
      'وفي الجزائر، مثل رجل الأعمال يسعد ربراب أمام القضاء، ودافع عنه المحامي مصطفى بوشاشي.',
      ['رجل الأعمال يسعد ربراب|DZA|BUS', 'القضاء|DZA|JUD', 'المحامي مصطفى بوشاشي|DZA|CVL']],
    ['ar: a writer\'s country adjective and a three-word name stay in the span, without moving the context', 'ar',
      'في تونس، انتقد الكاتب الفرنسي جان ماري لوبان الحكومة بشدة.',
      ['الكاتب الفرنسي جان ماري لوبان|FRA|CVL', 'الحكومة|TUN|GOV']],
    ['en: occupation descriptors before a name', 'en',
      'In Egypt, lawyer Khaled Ali and businessman Safwan Thabet were questioned.',
      ['lawyer Khaled Ali|EGY|CVL', 'businessman Safwan Thabet|EGY|BUS']],
    ['ar: collective nouns for lawyers, businessmen, opposition leaders, the defence and the accused', 'ar',
      'وفي تونس، أصدرت المحكمة أحكاما بحق محامين ورجال أعمال وقياديين في أحزاب معارضة، فيما أكدت هيئة الدفاع براءة المتهمين.',
      ['المحكمة|TUN|JUD', 'محامين|TUN|CVL', 'رجال أعمال|TUN|BUS', 'قياديين في أحزاب معارضة|TUN|OPP', 'هيئة الدفاع|TUN|CVL', 'المتهمين|TUN|CVL']],
  ];
  for (const [name, lang, text, want] of cases) {
    it(name, () => expect(actors(text, lang).filter((a) => !a.startsWith('تونس|') && !a.startsWith('الجزائر|') && !/^(In )?(Egypt|Tunisia)\|/.test(a))).toEqual(want));
  }
});

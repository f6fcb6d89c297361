// Tests for nouns for people with a sector, descriptors before unknown names, long court names, the
// country in context, place names, fused-article spans and dyads (built-in dictionary). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../doc.ts';
import { loadActorDictionary } from './dictionary.ts';
import { recognizeActors } from './recognize.ts';
import { segmented } from './test-helpers.ts';

const dict = loadActorDictionary([]);
const actors = (text: string, lang: Lang) =>
  recognizeActors(segmented(text, lang, '2025-06-01'), dict).actors.map((a) => `${a.text}|${a.code}|${a.sector}`);

describe('recognizeActors: people nouns, descriptors, courts and context', () => {
  const cases: [string, Lang, string, (got: string[]) => void][] = [
    ['ar: coordinated indefinite people nouns take the country in context, one mention each', 'ar',
      'فرقت الشرطة الأردنية متظاهرين واعتقلت ناشطين ومعارضين وصحفيين أمس.',
      (got) => expect(got).toEqual(['الشرطة الأردنية|JOR|COP', 'متظاهرين|JOR|CVL', 'ناشطين|JOR|CVL', 'معارضين|JOR|OPP', 'صحفيين|JOR|MED'])],
    ['ar: lawmakers, diplomats, judges, refugees and civilians', 'ar', 'طالب نواب ودبلوماسيون وقضاة في لبنان بحماية اللاجئين والمدنيين.',
      (got) => expect(got).toEqual(['نواب|LBN|LEG', 'دبلوماسيون|LBN|GOV', 'قضاة في لبنان|LBN|JUD', 'اللاجئين|LBN|REF', 'المدنيين|LBN|CVL'])],
    ['ar: a country adjective in the phrase wins over context', 'ar', 'قالت الحكومة الفرنسية إن جنودا تشاديين عبروا الحدود.',
      (got) => expect(got).toContain('جنودا تشاديين|TCD|MIL')],
    ['en: bare plural people nouns and "police" take the country in context', 'en',
      'Kenyan authorities said police detained activists, journalists and lawmakers on Tuesday.',
      (got) => expect(got).toEqual(['Kenyan authorities|KEN|GOV', 'police|KEN|COP', 'activists|KEN|CVL', 'journalists|KEN|MED', 'lawmakers|KEN|LEG'])],
    ['en: a noun for people right after another phrase is part of it', 'en', 'Egyptian army officers met on Sunday.',
      (got) => expect(got.some((a) => a.startsWith('officers'))).toBe(false)],
    ['en: unidentified gunmen are UNK', 'en', 'Gunmen opened fire on a bus in northern Nigeria, Nigerian police said.',
      (got) => expect(got).toContain('Gunmen|UNK|REB')],
    ['ar: a descriptor, a modifier and a four-word name with بن are one span', 'ar', 'اعتقلت السلطات المغربية الناشط البارز عمر بن علي الراضي، أمس.',
      (got) => expect(got).toContain('الناشط البارز عمر بن علي الراضي|MAR|CVL')],
    ['ar: an opposition figure followed by a verb', 'ar', 'أعلنت الحكومة التونسية أن المعارض البارز سامي الطاهري غادر البلاد.',
      (got) => expect(got).toContain('المعارض البارز سامي الطاهري|TUN|OPP')],
    ['ar: a descriptor after the country adjective gives the sector; a first name may be a title word', 'ar',
      'قال الصحفي المصري المعارض أمير صالح إنه تلقى تهديدات.',
      (got) => expect(got).toEqual(['الصحفي المصري المعارض أمير صالح|EGY|OPP'])],
    ['en: "the opposition leader X" and "Colonel X" keep the descriptor and take the country in context', 'en',
      'In Guinea, the opposition leader Cellou Dalein Diallo said Colonel Sadiba Koulibaly was arrested.',
      (got) => expect(got).toEqual(['the opposition leader Cellou Dalein Diallo|GIN|OPP', 'Colonel Sadiba Koulibaly|GIN|MIL'])],
    ['en: "the former minister X" is an elite', 'en', "Zambia's government charged the former minister Joseph Malanji on Friday.",
      (got) => expect(got).toContain('the former minister Joseph Malanji|ZMB|ELI')],
    ['en: a group name before a title gives the holder its code and sector', 'en', 'Senior Hamas official Basem Naim rejected the proposal.',
      (got) => expect(got).toEqual(['Senior Hamas official Basem Naim|PSE|REB'])],
    ['ar: a court chamber named to its seat', 'ar', 'أصدرت الدائرة الجنائية المختصة بقضايا الفساد بالمحكمة الابتدائية بتونس حكمها أمس.',
      (got) => expect(got).toEqual(['الدائرة الجنائية المختصة بقضايا الفساد بالمحكمة الابتدائية بتونس|TUN|JUD'])],
    ['ar: "محكمة في مدينة X" with an unknown town takes the country in context', 'ar', 'قالت وزارة العدل المصرية إن محكمة في مدينة طنطا أجلت القضية.',
      (got) => expect(got).toContain('محكمة في مدينة طنطا|EGY|JUD')],
    ['en: a military court in a country', 'en', 'A military court in Uganda sentenced the activist on Monday.',
      (got) => expect(got).toContain('A military court in Uganda|UGA|JUD')],
    ['ar: the police take the country of the clause, not the one named in the sentence before', 'ar',
      'أغلقت المكسيك حدودها الجنوبية. واعتقلت الشرطة عشرة أشخاص في بوليفيا أمس.',
      (got) => expect(got).toContain('الشرطة|BOL|COP')],
    ['en: an organization named after a region is no state', 'en', 'The Organization of American States sent observers to Honduras.',
      (got) => expect(got.filter((a) => /American|USA/.test(a))).toEqual(['The Organization of American States|IGO|null'])],
    ['ar: a capital as the place of clashes is no actor', 'ar', 'اندلعت اشتباكات عنيفة في طرابلس بين فصائل ليبية مسلحة.',
      (got) => expect(got.some((a) => a.startsWith('طرابلس'))).toBe(false)],
    ['en: a capital after "arrived in" is no actor', 'en', 'The envoy arrived in Khartoum on Monday for talks.',
      (got) => expect(got).toEqual([])],
    ['ar: a name with a fused article and a proclitic is written with its article', 'ar', 'أرسلت مصر مساعدات للصومال والسودان.',
      (got) => expect(got).toEqual(['مصر|EGY|null', 'الصومال|SOM|null', 'السودان|SDN|null'])],
    ['en: "both leaders" stands for the two states named together', 'en', 'Thailand and Cambodia agreed to a ceasefire after both leaders met in Kuala Lumpur.',
      (got) => expect(got.filter((a) => a.startsWith('both leaders'))).toEqual(['both leaders|THA|GOV', 'both leaders|KHM|GOV'])],
    ['ar: "جميع الأطراف" stands for the two states named together', 'ar', 'اشتبكت قوات إثيوبيا وإريتريا على الحدود، ودعت الأمم المتحدة جميع الأطراف إلى ضبط النفس.',
      (got) => expect(got.filter((a) => a.startsWith('جميع الأطراف'))).toEqual(['جميع الأطراف|ETH|null', 'جميع الأطراف|ERI|null'])],
    ['ar: "حكومتين متنافستين" is the government of the country in context', 'ar', 'تتقاسم السلطة في ليبيا حكومتان متنافستان منذ سنوات.',
      (got) => expect(got).toEqual(['حكومتان متنافستان|LBY|GOV'])],
    ['ar: plural officials with a modifier are named enough to take the country in context', 'ar',
      'شنت جماعة مسلحة هجوما في نيجيريا، وقال مسؤولون أمنيون إن المهاجمين فروا.',
      (got) => expect(got).toContain('مسؤولون أمنيون|NGA|GOV')],
    ['ar: people nouns "in" a state or a group belong to it; abstract nouns do not', 'ar',
      'قال مسؤولون عسكريون في الكاميرون إن مسؤولين في حزب الله زاروا البلاد، بينما تتنازع السلطة في ليبيا حكومتان.',
      (got) => {
        expect(got).toContain('مسؤولون عسكريون في الكاميرون|CMR|GOV');
        expect(got).toContain('مسؤولين في حزب الله|LBN|GOV');
        expect(got.some((a) => a.startsWith('السلطة في ليبيا'))).toBe(false);
      }],
    ['ar: an office over an institution with a country adjective is that country, the holder named after it', 'ar',
      'أعلن حاكم المصرف المركزي الماليزي عمر حسن أن الاحتياطي ارتفع.',
      (got) => expect(got).toEqual(['حاكم المصرف المركزي الماليزي عمر حسن|MYS|GOV'])],
    ['ar: an office of a city or province in construct is of that place\'s country', 'ar',
      'قال محافظ عدن إن المدينة آمنة.',
      (got) => expect(got).toEqual(['محافظ عدن|YEM|GOV'])],
    ['ar: a definite title before a place is no construct ("the president visited Aden")', 'ar',
      'زار الرئيس عدن أمس.',
      (got) => expect(got.some((a) => a.includes('عدن'))).toBe(false)],
    ['ar: bare plural officials are no mention (whose they are is unsaid)', 'ar',
      'فرضت الصين عقوبات على مسؤولين ومنعتهم من دخول البلاد.',
      (got) => expect(got).toEqual(['الصين|CHN|null'])],
  ];
  for (const [name, lang, text, check] of cases) it(name, () => check(actors(text, lang)));
});

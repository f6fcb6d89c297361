// Synthetic news for the scale bench: the sentence shapes of wire leads (accuse, summon, meet, expel, aid,
// shell, call on, agree, sanction, threaten) in Arabic and English, filled with varied states, cities, dates and
// numbers. Written for Marsad, not taken from any article; every title and text is distinct.
import type { Article } from '../src/doc.ts';
import { prng } from './prng.ts';

type Fill = { a: string; b: string; city: string; day: string; n: number };
type Template = (f: Fill) => string;

const STATES: [en: string, ar: string][] = [
  ['Russia', 'روسيا'], ['Azerbaijan', 'أذربيجان'], ['Turkey', 'تركيا'], ['Iran', 'إيران'], ['Egypt', 'مصر'],
  ['Saudi Arabia', 'السعودية'], ['Qatar', 'قطر'], ['Jordan', 'الأردن'], ['Iraq', 'العراق'], ['Syria', 'سوريا'],
  ['Lebanon', 'لبنان'], ['Israel', 'إسرائيل'], ['France', 'فرنسا'], ['Germany', 'ألمانيا'], ['China', 'الصين'],
  ['the United States', 'الولايات المتحدة'], ['Ukraine', 'أوكرانيا'], ['Armenia', 'أرمينيا'], ['Kazakhstan', 'كازاخستان'], ['Sudan', 'السودان'],
];
const CITIES: [en: string, ar: string][] = [
  ['Moscow', 'موسكو'], ['Baku', 'باكو'], ['Cairo', 'القاهرة'], ['Riyadh', 'الرياض'], ['Doha', 'الدوحة'],
  ['Ankara', 'أنقرة'], ['Tehran', 'طهران'], ['Amman', 'عمّان'], ['Paris', 'باريس'], ['Beijing', 'بكين'],
];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

const EN: Template[] = [
  (f) => `${f.a} accused ${f.b} of violating the ceasefire on ${f.day}, the foreign ministry of ${f.a} said in a statement.`,
  (f) => `${f.a} summoned the ambassador of ${f.b} on ${f.day} to protest the detention of ${f.n} of its citizens.`,
  (f) => `The president of ${f.a} met his counterpart from ${f.b} in ${f.city} on ${f.day} and signed ${f.n} agreements on trade and energy.`,
  (f) => `${f.a} expelled ${f.n} diplomats of ${f.b} on ${f.day}, saying they had engaged in activities incompatible with their status.`,
  (f) => `${f.a} pledged ${f.n} million dollars in aid to ${f.b} on ${f.day} after floods displaced thousands of families.`,
  (f) => `Troops of ${f.a} shelled positions held by forces of ${f.b} near the border on ${f.day}, killing ${f.n} people, officials said.`,
  (f) => `${f.a} called on ${f.b} to release ${f.n} detained journalists, a spokesman said in ${f.city} on ${f.day}.`,
  (f) => `${f.a} and ${f.b} agreed on ${f.day} to resume talks on the disputed border, a joint statement issued in ${f.city} said.`,
  (f) => `${f.a} imposed sanctions on ${f.n} companies from ${f.b} on ${f.day}, accusing them of supplying weapons.`,
  (f) => `${f.a} threatened on ${f.day} to cut diplomatic ties with ${f.b} unless it withdrew its forces.`,
];
const AR: Template[] = [
  (f) => `اتهمت ${f.a} ${f.b} بانتهاك وقف إطلاق النار يوم ${f.day}، بحسب بيان لوزارة الخارجية.`,
  (f) => `استدعت ${f.a} سفير ${f.b} يوم ${f.day} احتجاجاً على اعتقال ${f.n} من مواطنيها.`,
  (f) => `التقى رئيس ${f.a} نظيره رئيس ${f.b} في ${f.city} يوم ${f.day} ووقع الجانبان ${f.n} اتفاقيات للتعاون في التجارة والطاقة.`,
  (f) => `طردت ${f.a} ${f.n} دبلوماسيين من ${f.b} يوم ${f.day} بعد اتهامهم بالقيام بأنشطة لا تتفق مع صفتهم.`,
  (f) => `قدمت ${f.a} مساعدات بقيمة ${f.n} مليون دولار إلى ${f.b} يوم ${f.day} بعد فيضانات شردت آلاف الأسر.`,
  (f) => `قصفت قوات ${f.a} مواقع تابعة لقوات ${f.b} قرب الحدود يوم ${f.day} ما أدى إلى مقتل ${f.n} أشخاص.`,
  (f) => `دعت ${f.a} ${f.b} إلى الإفراج عن ${f.n} صحفيين معتقلين، وفق ما قال متحدث في ${f.city} يوم ${f.day}.`,
  (f) => `اتفقت ${f.a} و${f.b} يوم ${f.day} على استئناف المحادثات بشأن الحدود المتنازع عليها.`,
];

/**
 * Article `i` of the synthetic stream: a third Arabic, three sentences each over two years of dates;
 * the closing sentence's figure is unique to `i`, so no two texts are the same.
 * @example syntheticArticle(7).id === 'syn-7'
 */
export function syntheticArticle(i: number, prefix = 'syn'): Article {
  const rand = prng(i * 2654435761);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const ar = i % 3 === 0;
  const published = new Date(Date.UTC(2024, 0, 1 + (i % 730)));
  const month = published.getUTCMonth();
  const fill = (): Fill => {
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    const day = 1 + Math.floor(rand() * 28);
    return {
      a: ar ? a[1] : a[0], b: ar ? b[1] : b[0], city: ar ? pick(CITIES)[1] : pick(CITIES)[0],
      day: ar ? `${day} ${MONTHS_AR[month]}` : `${MONTHS_EN[month]} ${day}`, n: 2 + Math.floor(rand() * 48),
    };
  };
  const templates = ar ? AR : EN;
  const sentences = [pick(templates)(fill()), pick(templates)(fill())];
  const cost = (1000 + i).toLocaleString('en-US');
  sentences.push(ar ? `وقدّر مسؤولون الكلفة بنحو ${cost} دولار.` : `Officials put the cost at ${cost} dollars.`);
  return {
    id: `${prefix}-${i}`, url: null, outlet: `Outlet ${i % 40}`, lang: ar ? 'ar' : 'en',
    published: published.toISOString().slice(0, 10), title: `${sentences[0]!.split(/[,،]/)[0]} (${i})`, text: sentences.join(' '),
  };
}

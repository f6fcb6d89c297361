// Throughput of the language stages (normalize, segment, dates, quantities) on a synthetic news corpus.
import { fileURLToPath } from 'node:url';
import type { Doc, Lang } from '../src/doc.ts';
import type { Resources } from '../src/pipeline/resources.ts';
import { loadLanguage } from '../lang/index.ts';
import { normalizeStage } from '../src/normalize/index.ts';
import { segment } from '../src/segment/index.ts';
import { recognizeDates } from '../src/recognize/dates/index.ts';
import { recognizeQuantities } from '../src/recognize/quantities/index.ts';

/** Sentences written for the benchmark, combined at random into articles. */
const ARABIC = [
  'أعلنت وزارة الخارجية اليوم الثلاثاء استدعاء السفير احتجاجاً على تصريحات وصفتها بأنها عدائية.',
  'وقُتل 12 شخصاً على الأقل وأصيب نحو ثلاثين آخرين في قصف استهدف حياً سكنياً فجر اليوم.',
  'وبلغ حجم التبادل التجاري بين البلدين 4.5 مليارات دولار في عام 2023، بزيادة 12% عن العام الماضي.',
  'وكان الرئيس قد زار العاصمة في 14 شباط/فبراير 2024 والتقى نظيره في قصر الرئاسة.',
  'وقالت المتحدثة إن المحادثات ستستأنف في الخريف المقبل بمشاركة ممثلين عن الطرفين.',
  'ونزح عشرات الآلاف من السكان منذ بداية الشهر الجاري بحسب تقديرات الأمم المتحدة.',
  'ويقيم في البلاد نحو نصف مليون مهاجر، يرسلون سنوياً ما يقارب مليوني دولار إلى ذويهم.',
];
const ENGLISH = [
  'The foreign ministry said on Tuesday it had summoned the ambassador over what it called hostile remarks.',
  'At least 12 people were killed and about 30 wounded in a strike on a residential district early Friday morning.',
  'Trade between the two countries reached $4.5 billion in 2023, up 12% from last year.',
  'The president visited the capital on February 14, 2024 and met his counterpart at the palace.',
  'Talks will resume next autumn with representatives of both sides, the spokeswoman said.',
  'Tens of thousands of residents have fled since late September, according to U.N. estimates.',
  'Half a million migrants live in the country and send home nearly two million dollars a year.',
];

/** A deterministic corpus of `count` articles of 6–14 sentences in paragraphs. */
export function syntheticCorpus(count: number): { text: string; lang: Lang }[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: { text: string; lang: Lang }[] = [];
  for (let a = 0; a < count; a++) {
    const lang: Lang = a % 2 ? 'en' : 'ar';
    const pool = lang === 'ar' ? ARABIC : ENGLISH;
    const n = 6 + Math.floor(next() * 9);
    const parts: string[] = [];
    for (let s = 0; s < n; s++) parts.push(pool[Math.floor(next() * pool.length)]! + (s % 3 === 2 ? '\n' : ' '));
    out.push({ text: parts.join('').trim(), lang });
  }
  return out;
}

/**
 * Throughput of normalize + segment + dates + quantities over the texts (language guessed from the script).
 * @example benchLanguage(['أعلنت موسكو اليوم.']).sentencesPerSec > 0
 */
export function benchLanguage(texts: string[]): { mbPerSec: number; sentencesPerSec: number } {
  const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as Resources;
  const docs = texts.map((text): Doc => ({ article: { id: 'bench', text, lang: /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en', published: '2025-07-25' }, text }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let sentences = 0;
  const started = process.hrtime.bigint();
  for (const input of docs) {
    let doc = segment(normalizeStage.run(input, res), res);
    doc = { ...doc, dates: recognizeDates(doc, res) };
    doc = { ...doc, quantities: recognizeQuantities(doc, res) };
    sentences += doc.sentences!.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mbPerSec: bytes / 1e6 / seconds, sentencesPerSec: sentences / seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = syntheticCorpus(2000).map((d) => d.text);
  benchLanguage(corpus.slice(0, 100)); // warm-up
  const r = benchLanguage(corpus);
  const mb = corpus.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  console.log(`language stages: ${corpus.length} articles, ${mb.toFixed(2)} MB`);
  console.log(`  ${r.mbPerSec.toFixed(2)} MB/s, ${Math.round(r.sentencesPerSec)} sentences/s`);
}

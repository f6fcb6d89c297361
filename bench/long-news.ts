// Long articles of real news: SaudiNewsNet articles (../shared/corpora, read at run time, never copied here)
// joined one after another up to a size, with or without their sentence punctuation; and the coding time
// per MB over sizes from 10 KB to 2 MB, which stays flat when coding is linear in article length.
import { corpusItems } from '../src/eval/standoff.ts';
import type { Article } from '../src/doc.ts';
import { createPipeline } from '../src/pipeline/index.ts';

export const NEWS_SAMPLE = 'saudinewsnet/sample-2000.ar.jsonl';

/** Sentence ends and line breaks: without them the whole text is one run, as when an extractor loses them. */
const SENTENCE_MARKS = /[.!?؟\n]/g;

/**
 * At least `bytes` bytes of real Arabic news, articles in corpus order separated by a blank line.
 * @example longNewsArticle(100_000, { punctuation: false }).text.includes('.') // false
 */
export function longNewsArticle(bytes: number, options: { punctuation?: boolean } = {}): Article {
  const items = [...corpusItems(NEWS_SAMPLE).values()];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = items[i % items.length]!.text;
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  const joined = parts.join('\n\n');
  const text = options.punctuation === false ? joined.replace(SENTENCE_MARKS, ' ') : joined;
  return { id: `news-${bytes}${options.punctuation === false ? '-unpunctuated' : ''}`, lang: 'ar', published: '2015-08-01', title: null, text };
}

export interface LengthBench {
  kb: number;
  /** CPU milliseconds of coding per MB of text: flat from the smallest size to the largest when coding is linear. */
  cpuMsPerMb: number;
  events: number;
}

/**
 * Code one long article of each size (in KB) and report CPU time per MB. CPU time, not wall time: on a
 * shared machine the wall clock measures the other processes too.
 * @example (await benchLength([10, 2000])).map((r) => r.cpuMsPerMb)
 */
export async function benchLength(sizesKb: readonly number[], options: { punctuation?: boolean } = {}): Promise<LengthBench[]> {
  const pipeline = await createPipeline();
  pipeline.code(longNewsArticle(50_000, options));
  return sizesKb.map((kb) => {
    const article = longNewsArticle(kb * 1000, options);
    // Small articles are coded again until about 1 MB has passed, so that every size is timed over as much work.
    const times = Math.max(1, Math.round(1000 / kb));
    const before = process.cpuUsage();
    let events = 0;
    for (let i = 0; i < times; i++) events = pipeline.code(article).events?.length ?? 0;
    const cpu = process.cpuUsage(before);
    const mb = (times * Buffer.byteLength(article.text)) / 1e6;
    return { kb, cpuMsPerMb: (cpu.user + cpu.system) / 1000 / mb, events };
  });
}

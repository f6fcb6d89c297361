// Long articles: coding time and output size grow in proportion to the article, and an article over the size
// limit is refused by name. The text is real news (../shared/corpora, read at run time) joined up to 1 MB.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, toFormatJson, type Pipeline } from './index.ts';
import { longNewsArticle } from '../../bench/long-news.ts';
import { MAX_SENTENCE_CHARS } from '../segment/long-sentences.ts';
import { InputError } from '../errors.ts';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await createPipeline();
});

describe('a 1 MB article of real news', { timeout: 600_000 }, () => {
  // [what, with its sentence punctuation]
  const cases: [string, boolean][] = [
    ['with its sentence punctuation', true],
    ['whose sentence punctuation was lost (one run of 1 MB)', false],
  ];
  it.each(cases)('%s codes in under 10 s, quoting no more than a few times its text', (_what, punctuation) => {
    const article = longNewsArticle(1_000_000, { punctuation });
    // Processor time, not wall time: on a shared machine the wall clock also counts the other processes.
    const before = process.cpuUsage();
    const doc = pipeline.code(article);
    const cpu = process.cpuUsage(before);
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(10);
    const out = toFormatJson(doc);
    expect(out.events.length).toBeGreaterThan(1000);
    const quoted = out.events.reduce((n, e) => n + e.quote.length, 0);
    expect(quoted).toBeLessThan(10 * article.text.length);
    // The whole result prints (an 800 KB run used to quote all of itself per event and overflow a string).
    expect(JSON.stringify(out).length).toBeLessThan(20 * article.text.length);
  });
});

describe('an over-long sentence', { timeout: 600_000 }, () => {
  it('gives its events a bounded quote whose offsets point at the original text', () => {
    const article = longNewsArticle(100_000, { punctuation: false });
    const doc = pipeline.code(article);
    expect(doc.events!.length).toBeGreaterThan(20);
    for (const e of doc.events!) {
      expect(e.quote.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(article.text.slice(e.quote_start, e.quote_end)).toBe(e.quote);
      expect(article.text.slice(e.trigger_start, e.trigger_end)).toBe(e.trigger);
      expect(e.trigger_start).toBeGreaterThanOrEqual(e.quote_start);
      expect(e.trigger_end).toBeLessThanOrEqual(e.quote_end);
    }
  });
});

describe('the article size limit', () => {
  // [what, limit in bytes, article, refused with]
  const cases: [string, number, { id: string; text: string }, RegExp | null][] = [
    ['refuses an article over the limit, naming it and its size', 100, { id: 'wire-7', text: 'ب'.repeat(60) }, /^wire-7: is 120 bytes of text, over the limit of 100/],
    ['counts bytes, not characters', 100, { id: 'wire-8', text: 'x'.repeat(60) }, null],
    ['takes an article exactly at the limit', 120, { id: 'wire-9', text: 'ب'.repeat(60) }, null],
  ];
  it.each(cases)('%s', async (_what, maxArticleBytes, article, refused) => {
    const small = await createPipeline({ maxArticleBytes });
    if (!refused) return expect(() => small.code(article)).not.toThrow();
    expect(() => small.code(article)).toThrow(InputError);
    expect(() => small.code(article)).toThrow(refused);
  });

  it('is 5 MB unless set', () => {
    expect(pipeline.maxArticleBytes).toBe(5_000_000);
  });
});

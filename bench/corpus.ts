// A deterministic benchmark corpus: variations of the examples/ articles (paragraph order, numbers, titles).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/doc.ts';
import { readArticleFile } from '../src/ingest/text-file.ts';
import { prng } from './prng.ts';

export function loadExamples(dir = 'examples'): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readArticleFile(join(dir, f)));
}

/** `n` articles: each a variation of an example, with shuffled paragraphs and shifted small numbers. */
export function buildCorpus(n: number, examples = loadExamples()): Article[] {
  if (!examples.length) throw new Error('no examples/*.txt to build the benchmark corpus from');
  const rand = prng(20241225);
  return Array.from({ length: n }, (_, i) => {
    const base = examples[i % examples.length]!;
    const paras = base.text.split('\n');
    for (let k = paras.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [paras[k], paras[j]] = [paras[j]!, paras[k]!];
    }
    const shift = 1 + Math.floor(rand() * 9);
    const text = paras.join('\n').replace(/\b([1-9]\d?)\b(?![\d,.])/g, (m) => String(((Number(m) + shift - 1) % 99) + 1));
    return { ...base, id: `bench-${i}`, url: null, title: `${base.title ?? ''} #${i}`, text };
  });
}

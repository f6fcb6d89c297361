// Coding throughput on one core: the whole pipeline (normalize → … → code → resolve) per article.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Article, Doc } from '../src/doc.ts';
import { STAGES, checkOrder } from '../src/pipeline/index.ts';
import { loadResources } from '../src/pipeline/resources.ts';
import { detectLanguage } from '../src/ingest/language.ts';

export interface CodingBench {
  articlesPerSec: number;
  sentencesPerSec: number;
  /** The same per second of this process's CPU time: what one core codes when no other work shares it. */
  articlesPerCpuSec: number;
  sentencesPerCpuSec: number;
  peakRssMb: number;
  events: number;
}

/**
 * Run the full pipeline over `articles` once (after a short warm-up) and report throughput.
 * @example benchCoding(buildCorpus(1000)).articlesPerSec
 */
export function benchCoding(articles: Article[]): CodingBench {
  checkOrder(STAGES);
  const resources = loadResources();
  const run = (a: Article): Doc => {
    let doc: Doc = { article: { ...a, lang: a.lang ?? detectLanguage(a.text) }, text: a.text };
    for (const stage of STAGES) doc = stage.run(doc, resources);
    return doc;
  };
  for (const a of articles.slice(0, Math.min(20, articles.length))) run(a);
  let sentences = 0;
  let events = 0;
  let peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < articles.length; i++) {
    const doc = run(articles[i]!);
    sentences += doc.sentences?.length ?? 0;
    events += doc.events?.length ?? 0;
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    articlesPerSec: articles.length / secs,
    sentencesPerSec: sentences / secs,
    articlesPerCpuSec: articles.length / cpuSecs,
    sentencesPerCpuSec: sentences / cpuSecs,
    peakRssMb: peak / 2 ** 20,
    events,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { buildCorpus, loadExamples } = await import('./corpus.ts');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const n = Number(process.env.MARSAD_BENCH_ARTICLES ?? 2000);
  const corpus = buildCorpus(n, loadExamples(join(root, 'examples')));
  const r = benchCoding(corpus);
  console.log(`coding (1 core): ${r.articlesPerSec.toFixed(0)} articles/s, ${Math.round(r.sentencesPerSec)} sentences/s, peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.events} events over ${n} articles`);
}

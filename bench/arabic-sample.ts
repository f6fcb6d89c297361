// Coding throughput on real Arabic news (the SaudiNewsNet sample, 1,990 articles), one core, in a fresh
// process so its peak memory is the coder's own.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/doc.ts';

export const ARABIC_SAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpora', 'saudinewsnet', 'sample-2000.ar.jsonl');

export interface SampleBench {
  articles: number;
  sentences: number;
  events: number;
  /** Per second of wall time, and per second of this process's CPU time (what one core does when not shared). */
  articlesPerSec: number;
  articlesPerCpuSec: number;
  sentencesPerSec: number;
  sentencesPerCpuSec: number;
  /** The process's peak resident memory (getrusage maxrss), loading and coding included. */
  peakRssMb: number;
}

/** Run the sample in a child process; null when the sample is not beside this checkout. */
export function benchArabicSample(file = ARABIC_SAMPLE): SampleBench | null {
  if (!existsSync(file)) return null;
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`Arabic sample bench failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as SampleBench;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { benchCoding } = await import('./coding.ts');
  const articles = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Article);
  const r = benchCoding(articles);
  const result: SampleBench = {
    articles: articles.length,
    sentences: Math.round(r.sentencesPerSec * (articles.length / r.articlesPerSec)),
    events: r.events,
    articlesPerSec: r.articlesPerSec,
    articlesPerCpuSec: r.articlesPerCpuSec,
    sentencesPerSec: r.sentencesPerSec,
    sentencesPerCpuSec: r.sentencesPerCpuSec,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

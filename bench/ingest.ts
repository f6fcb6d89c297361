// Ingest throughput into a store (PGlite in a temp folder, or PostgreSQL at DATABASE_URL).
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/doc.ts';
import { openStore } from '../src/store/index.ts';
import { ingest } from '../src/ingest/run.ts';

export interface IngestBench {
  engine: string;
  articles: number;
  articlesPerSec: number;
  mbPerSec: number;
  peakRssMb: number;
}

/** Write the corpus as JSON Lines and ingest it with the real ingest job. */
export async function benchIngest(corpus: Article[], options: { databaseUrl?: string; workers?: number } = {}): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus.map((a) => JSON.stringify(a)).join('\n'));
  const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  mkdirSync(join(dir, 'db'));
  // openStore prefers DATABASE_URL; the PGlite figure must measure PGlite even when it is set.
  const saved = process.env.DATABASE_URL;
  if (!options.databaseUrl) delete process.env.DATABASE_URL;
  const store = await openStore({ db: join(dir, 'db'), databaseUrl: options.databaseUrl }).finally(() => {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
  });
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const s = await ingest([file], { store, workers: options.workers });
    return {
      engine: store.engine,
      articles: s.ingested,
      articlesPerSec: s.ingested / s.seconds,
      mbPerSec: bytes / 1e6 / s.seconds,
      peakRssMb: peak / 1e6,
    };
  } finally {
    clearInterval(timer);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run benchIngest in a fresh process, so its peak RSS is what `marsad ingest` uses (this bench process
 * already holds a pipeline from the coding figures). The corpus goes through a JSON Lines file.
 */
export function benchIngestInChild(corpus: Article[], options: { databaseUrl?: string } = {}): IngestBench {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-in-'));
  const file = join(dir, 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus));
  const env = { ...process.env, DATABASE_URL: options.databaseUrl ?? '' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), file], { encoding: 'utf8', env, maxBuffer: 1 << 20 });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`ingest bench failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as IngestBench;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { readFileSync } = await import('node:fs');
  const corpus = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Article[];
  const result = await benchIngest(corpus, { databaseUrl: process.env.DATABASE_URL || undefined });
  process.stdout.write(JSON.stringify(result) + '\n');
}

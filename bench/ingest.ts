// Ingest throughput into a store (PGlite in a temp folder, or PostgreSQL at DATABASE_URL).
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

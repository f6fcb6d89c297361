// The one place new articles leave the watch for coding and storage. Here it runs the ingest job in this
// process; with a job queue on PostgreSQL this is the function to route to the queue instead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../doc.ts';
import { ingest } from '../ingest/run.ts';
import type { Store } from '../store/store.ts';

export interface HandOffOptions {
  store: Store;
  workers?: number;
  dictDirs?: string[];
}

export interface HandOffResult {
  stored: number;
  duplicates: number;
  events: number;
  /** Each article not stored: its URL (or id) and why. */
  failed: { input: string; reason: string }[];
  /** Ids of the articles stored now, so each feed can count its own. */
  storedIds: string[];
}

/**
 * Code and store new articles, each once (the store's duplicate check still applies).
 * @example await handOff(articles, { store }) // { stored: 3, duplicates: 0, events: 7, failed: [], storedIds: [...] }
 */
export async function handOff(articles: readonly Article[], options: HandOffOptions): Promise<HandOffResult> {
  const result: HandOffResult = { stored: 0, duplicates: 0, events: 0, failed: [], storedIds: [] };
  if (articles.length === 0) return result;
  // The ingest job reads sources, so the articles go to it as one JSON Lines file (its FORMAT.md fields).
  const dir = mkdtempSync(join(tmpdir(), 'marsad-watch-'));
  const file = join(dir, 'new-articles.jsonl');
  try {
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const summary = await ingest([file], {
      store: options.store,
      workers: options.workers,
      dictDirs: options.dictDirs,
      onProgress: (p) => {
        if (p.kind === 'stored') result.storedIds.push(p.article.id);
      },
    });
    // Name each failure by its article, not by the line of the hand-off file.
    const byLine = (input: string) => {
      const line = /\(line (\d+)\)$/.exec(input);
      const article = line ? articles[Number(line[1]) - 1] : undefined;
      return article ? article.url ?? article.id : input;
    };
    return {
      ...result, stored: summary.ingested, duplicates: summary.duplicates, events: summary.events,
      failed: summary.failed.map((f) => ({ input: byLine(f.input), reason: f.reason })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

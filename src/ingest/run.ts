// The ingest job: read sources, skip articles already stored, code the rest in parallel, store each atomically.
import type { Article, Doc } from '../doc.ts';
import type { Store } from '../store/store.ts';
import { InputError, StoreUnavailableError } from '../errors.ts';
import { contentHash } from './hash.ts';
import { createCoderPool } from './coder-pool.ts';
import { expandInputs, readSource, sourceName } from './sources.ts';
import type { ReadOptions } from './text-file.ts';

/** Most articles stored in one transaction. */
const BATCH = 50;

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  /** Each record that was not stored: its file and line, URL or id, and why. */
  failed: { input: string; reason: string }[];
  events: number;
  seconds: number;
  /** Set when the store could not be reached: the job stopped there, and a re-run stores the rest. */
  stopped?: StoreUnavailableError;
}

export type IngestProgress =
  | { kind: 'stored'; article: Article; events: number }
  | { kind: 'duplicate'; article: Article }
  | { kind: 'failed'; input: string; reason: string };

export interface IngestOptions extends ReadOptions {
  store: Store;
  workers?: number;
  dictDirs?: string[];
  onProgress?: (p: IngestProgress, summary: IngestSummary) => void;
  /** Clustering progress (events clustered of those pending), once stored articles are in. */
  onClustering?: (done: number, total: number) => void;
}

/**
 * Ingest files, folders, URLs or stdin ('-') into the store.
 * @example await ingest(['examples/'], { store })
 */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: [], events: 0, seconds: 0 };
  const report = (p: IngestProgress) => options.onProgress?.(p, summary);
  const pool = await createCoderPool({ workers: options.workers, dictDirs: options.dictDirs });
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, pool.size * 4);
  // Coded articles wait here and are stored in batches, one transaction a batch: PGlite has one
  // connection, and a transaction per article costs more than the inserts themselves.
  const ready: { origin: string; doc: Doc; done: () => void }[] = [];
  let saving: Promise<void> | null = null;

  const fail = (input: string, reason: string) => {
    summary.failed.push({ input, reason });
    report({ kind: 'failed', input, reason });
  };
  const why = (err: unknown) => (err instanceof InputError ? err.detail : err instanceof Error ? err.message : String(err));

  const drain = async () => {
    while (ready.length) {
      const batch = ready.splice(0, BATCH);
      // Once the store is away, articles still coming out of the coder are left unstored for the re-run. Awaited
      // either way: a drain that finished synchronously would clear `saving` before `saving ??= drain()` set it.
      const results = await (summary.stopped ? [] : store.saveDocs(batch.map((b) => b.doc)).catch((err: Error) => batch.map(() => err)));
      batch.forEach(({ origin, doc, done }, i) => {
        const res = results[i];
        if (res instanceof StoreUnavailableError) summary.stopped ??= res;
        else if (res instanceof Error) fail(origin, why(res));
        else if (res?.status === 'duplicate') {
          summary.duplicates++;
          report({ kind: 'duplicate', article: doc.article });
        } else if (res) {
          summary.ingested++;
          summary.events += res.events;
          report({ kind: 'stored', article: doc.article, events: res.events });
        }
        done();
      });
    }
    saving = null;
  };

  const handle = async (article: Article, origin: string) => {
    let doc: Doc;
    try {
      doc = await pool.code(article);
    } catch (err) {
      return fail(origin, why(err));
    }
    await new Promise<void>((done) => {
      ready.push({ origin, doc, done });
      saving ??= drain();
    });
  };

  try {
    read: for (const source of inputs.flatMap((input) => expandOrReport(input, summary, report))) {
      for await (const item of readSource(source, options)) {
        if (summary.stopped) break read;
        if (item instanceof InputError) {
          fail(item.position ? `${item.input || sourceName(source)} (${item.position})` : item.input || sourceName(source), item.detail);
          continue;
        }
        const { article, origin } = item;
        if (await store.hasArticle(contentHash(article), article.url)) {
          summary.duplicates++;
          report({ kind: 'duplicate', article });
          continue;
        }
        const p = handle(article, origin).finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= limit) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    // Every run clusters what is pending, also when it stored nothing new: a run cut short during
    // clustering (SIGKILL, Ctrl-C) left events unclustered, and its re-run finds every article a duplicate.
    if (!summary.stopped) {
      await store.clusterPending({ onProgress: options.onClustering });
      if (summary.ingested > 0) await store.optimize();
    }
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    // The store is away: read no further, and let the articles being coded finish (drain leaves them unstored).
    summary.stopped = err;
    await Promise.all(inFlight);
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function expandOrReport(input: string, summary: IngestSummary, report: (p: IngestProgress) => void) {
  try {
    return expandInputs([input]);
  } catch (err) {
    const reason = err instanceof InputError ? err.detail : (err as Error).message;
    summary.failed.push({ input, reason });
    report({ kind: 'failed', input, reason });
    return [];
  }
}

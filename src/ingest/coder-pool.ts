// Codes articles on worker threads (all cores by default), or inline when workers is 0.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article, Doc } from '../doc.ts';
import { createPipeline, type Pipeline } from '../pipeline/index.ts';
import { InputError, PipelineError } from '../errors.ts';
import { storableDoc } from './storable.ts';

export interface CoderPool {
  readonly size: number;
  code(article: Article): Promise<Doc>;
  close(): Promise<void>;
}

interface Pending {
  resolve(doc: Doc): void;
  reject(err: Error): void;
  article: Article;
}

/**
 * The default pool size: every core but one, which the ingesting thread needs for parsing and for the
 * store (PGlite runs in this thread), so on two cores one worker codes while this thread stores.
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A pool of `workers` threads (0 codes in this thread). */
export async function createCoderPool(options: { workers?: number; dictDirs?: string[] } = {}): Promise<CoderPool> {
  const size = options.workers ?? defaultWorkers();
  if (size <= 0) return inlinePool(await createPipeline({ dictDirs: options.dictDirs }));
  const pending = new Map<number, Pending>();
  const queues: number[] = [];
  let seq = 0;
  const started: Worker[] = [];
  const workers = await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<Worker>((resolve, reject) => {
        const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { dictDirs: options.dictDirs } });
        started.push(w);
        w.once('error', (err) => reject(new PipelineError(`a coding worker failed to start: ${err.message}`, { cause: err })));
        w.on('message', (msg: { ready?: boolean; seq?: number; doc?: Doc; error?: string }) => {
          if (msg.ready) return resolve(w);
          const p = pending.get(msg.seq!);
          if (!p) return;
          pending.delete(msg.seq!);
          queues[workers.indexOf(w)]!--;
          if (msg.error) p.reject(new InputError(p.article.id, msg.error));
          else p.resolve(msg.doc!);
        });
      }),
    ),
  ).catch(async (err) => {
    await Promise.all(started.map((w) => w.terminate()));
    throw err;
  });
  workers.forEach(() => queues.push(0));
  return {
    size,
    code(article) {
      const id = seq++;
      // Send to the least busy worker.
      const i = queues.indexOf(Math.min(...queues));
      queues[i]!++;
      return new Promise<Doc>((resolve, reject) => {
        pending.set(id, { resolve, reject, article });
        workers[i]!.postMessage({ seq: id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inlinePool(pipeline: Pipeline): CoderPool {
  return {
    size: 0,
    async code(article) {
      return storableDoc(pipeline.code(article));
    },
    async close() {},
  };
}

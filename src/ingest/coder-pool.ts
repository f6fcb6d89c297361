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

type Reply = { ready?: boolean; seq?: number; doc?: Doc; error?: string };

/** One worker thread and the articles sent to it that it has not answered yet. */
interface Slot {
  worker: Promise<Worker>;
  pending: Map<number, Pending>;
}

/** Start a worker; resolves once its pipeline is loaded. Later messages go to `onReply`. */
function startWorker(dictDirs: string[] | undefined, onReply: (msg: Reply) => void, onExit: (code: number) => void): Promise<Worker> {
  return new Promise<Worker>((resolve, reject) => {
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { dictDirs } });
    let ready = false;
    // After start-up an uncaught error ends the thread, and 'exit' fails what it held.
    w.on('error', (err) => {
      if (!ready) reject(new PipelineError(`a coding worker failed to start: ${err.message}`, { cause: err }));
    });
    w.once('exit', (code) => (ready ? onExit(code) : reject(new PipelineError(`a coding worker exited while starting (code ${code})`))));
    w.on('message', (msg: Reply) => {
      if (!msg.ready) return onReply(msg);
      ready = true;
      resolve(w);
    });
  });
}

/** A pool of `workers` threads (0 codes in this thread); a thread that dies fails its articles and is replaced. */
export async function createCoderPool(options: { workers?: number; dictDirs?: string[] } = {}): Promise<CoderPool> {
  const size = options.workers ?? defaultWorkers();
  if (size <= 0) return inlinePool(await createPipeline({ dictDirs: options.dictDirs }));
  let seq = 0;
  let closed = false;
  const slots: Slot[] = [];
  const start = (slot: Slot): Promise<Worker> =>
    startWorker(options.dictDirs, (msg) => {
      const p = slot.pending.get(msg.seq!);
      if (!p) return;
      slot.pending.delete(msg.seq!);
      if (msg.error) p.reject(new InputError(p.article.id, msg.error));
      else p.resolve(msg.doc!);
    }, (code) => {
      if (closed) return;
      for (const p of slot.pending.values()) {
        p.reject(new PipelineError(`coding article "${p.article.id}" failed: its worker thread stopped (exit code ${code})`));
      }
      slot.pending.clear();
      slot.worker = start(slot);
      slot.worker.catch(() => {});
    });
  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: Promise.resolve(null as never), pending: new Map() };
    slot.worker = start(slot);
    slots.push(slot);
  }
  const terminateAll = () => Promise.all(slots.map((s) => s.worker.then((w) => w.terminate(), () => 0)));
  try {
    await Promise.all(slots.map((s) => s.worker));
  } catch (err) {
    closed = true;
    await terminateAll();
    throw err;
  }
  return {
    size,
    code(article) {
      const id = seq++;
      // Send to the least busy worker.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise<Doc>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject, article });
        slot.worker.then((w) => w.postMessage({ seq: id, article }), (err: Error) => {
          slot.pending.delete(id);
          reject(err);
        });
      });
    },
    async close() {
      closed = true;
      await terminateAll();
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

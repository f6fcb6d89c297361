// `marsad enqueue`: reads files, folders, URLs or stdin with the ingest readers and queues their articles.
import { InputError } from '../errors.ts';
import type { Queryable } from '../store/engine.ts';
import { expandInputs, readSource, sourceName } from '../ingest/sources.ts';
import type { ReadOptions } from '../ingest/text-file.ts';
import { enqueue, type QueueItem } from './jobs.ts';

/** Articles queued per statement: big enough to be fast, small enough that a huge file needs little memory. */
const CHUNK = 1000;

export interface EnqueueSummary {
  queued: number;
  alreadyQueued: number;
  /** Each record that was not queued: its file and line, URL or name, and why. */
  failed: { input: string; reason: string }[];
}

/**
 * Queue every article the inputs hold; a record that cannot be read is reported and the rest go on.
 * @example await enqueueInputs(engine, ['feeds/today.jsonl']) // { queued: 120, alreadyQueued: 0, failed: [] }
 */
export async function enqueueInputs(db: Queryable, inputs: string[], options: ReadOptions = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0, failed: [] };
  let pending: QueueItem[] = [];
  const add = (r: { queued: number; alreadyQueued: number }) => {
    summary.queued += r.queued;
    summary.alreadyQueued += r.alreadyQueued;
  };
  const flush = async () => {
    const chunk = pending;
    pending = [];
    try {
      add(await enqueue(db, chunk));
    } catch {
      // A record the database refuses (a NUL character in its text) must not cost the others: queue them one by one.
      for (const item of chunk) {
        try {
          add(await enqueue(db, [item]));
        } catch (err) {
          summary.failed.push({ input: item.origin, reason: `cannot be queued: ${(err as Error).message}` });
        }
      }
    }
  };
  for (const input of inputs) {
    let sources;
    try {
      sources = expandInputs([input]);
    } catch (err) {
      summary.failed.push({ input, reason: err instanceof InputError ? err.detail : (err as Error).message });
      continue;
    }
    for (const source of sources) {
      for await (const item of readSource(source, options)) {
        if (item instanceof InputError) {
          const name = item.input || sourceName(source);
          summary.failed.push({ input: item.position ? `${name} (${item.position})` : name, reason: item.detail });
          continue;
        }
        pending.push(item);
        if (pending.length >= CHUNK) await flush();
      }
    }
  }
  await flush();
  return summary;
}

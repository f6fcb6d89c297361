// Worker thread: codes articles with its own pipeline and posts back the annotated documents.
import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../pipeline/index.ts';
import type { Article } from '../doc.ts';
import { storableDoc } from './storable.ts';

const pipeline = await createPipeline({ dictDirs: (workerData as { dictDirs?: string[] }).dictDirs });
parentPort!.on('message', (msg: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, doc: storableDoc(pipeline.code(msg.article)) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: (err as Error).message });
  }
});
parentPort!.postMessage({ ready: true });

// The job queue in the store's database: `enqueue` raw articles, `runWorker` processes code and store them.
export { enqueue, queueStatus, deadJobs, type QueueItem, type QueueStatus, type DeadJob } from './jobs.ts';
export { enqueueInputs, type EnqueueSummary } from './enqueue-inputs.ts';
export { runWorker, type WorkerOptions, type WorkerSummary, type BatchSummary } from './worker.ts';

// `marsad worker`: claims queued articles, codes them on the coder pool, and stores each coded article and
// its job's end in one transaction, so every article is stored exactly once however many workers run.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Doc } from '../doc.ts';
import type { Engine } from '../store/engine.ts';
import { SqlStore } from '../store/sql-store.ts';
import { createCoderPool, type CoderPool } from '../ingest/coder-pool.ts';
import { claim, lockHeld, markDone, markFailed, queueStatus, renewLeases, type ClaimedJob } from './jobs.ts';
import { savepointEngine } from './savepoint-engine.ts';

export interface WorkerOptions {
  engine: Engine;
  /** Coding threads (see createCoderPool; 0 codes in this thread). */
  workers?: number;
  dictDirs?: string[];
  /** Jobs claimed at a time. */
  batch?: number;
  /** How long a claim holds without renewal; a killed worker's jobs are claimed again after it. */
  leaseMs?: number;
  /** Tries before a job goes to the dead-letter table. */
  maxAttempts?: number;
  /** A failed job waits this long times its attempt count before its next try. */
  retryDelayMs?: number;
  /** How often an idle worker looks for new jobs. */
  pollMs?: number;
  /** Cluster after this many stored articles even while jobs keep coming (and always when the queue runs dry). */
  reclusterEvery?: number;
  /** Stop once no job waits or runs anywhere (batch use); otherwise run until `signal` aborts. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  /** This worker's name in the jobs it holds and in dead-letter reasons (default host:pid:random). */
  name?: string;
  onBatch?: (batch: BatchSummary, total: WorkerSummary) => void;
}

export interface BatchSummary {
  stored: number;
  duplicates: number;
  events: number;
  retried: number;
  dead: number;
  /** Jobs whose lease ran out while this worker coded them and that another worker had claimed. */
  dropped: number;
}

export interface WorkerSummary extends BatchSummary {
  worker: string;
  seconds: number;
  /** CPU time of this process (all its threads): what a rate per core is measured in on a shared machine. */
  cpuSeconds: number;
}

type Coded = { job: ClaimedJob; doc: Doc } | { job: ClaimedJob; error: string };

const noneYet = (): BatchSummary => ({ stored: 0, duplicates: 0, events: 0, retried: 0, dead: 0, dropped: 0 });

/**
 * Work the queue until it is empty (`untilEmpty`) or `signal` aborts; clusters after each run of batches.
 * @example const summary = await runWorker({ engine, untilEmpty: true });
 */
export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const { engine, batch = 20, leaseMs = 60_000, maxAttempts = 3, retryDelayMs = 10_000, pollMs = 1000, reclusterEvery = 5000 } = o;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = o.name ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const total: WorkerSummary = { worker, seconds: 0, cpuSeconds: 0, stored: 0, duplicates: 0, events: 0, retried: 0, dead: 0, dropped: 0 };
  const pool = await createCoderPool({ workers: o.workers, dictDirs: o.dictDirs });
  // Renewed well before it runs out, so a slow batch keeps its jobs and only a dead worker loses them.
  const heartbeat = setInterval(() => void renewLeases(engine, worker, leaseMs).catch(() => {}), leaseMs / 3);
  let unclustered = 0;
  // The previous batch is stored while this one is coded, so the coder threads do not wait on the database.
  let storing: Promise<void> = Promise.resolve();
  const recluster = async () => {
    await storing;
    if (unclustered === 0) return;
    unclustered = 0;
    // Only the pending events and the clusters they can join: cheap in a big store, so a burst's latency is
    // its coding, not a pass over everything stored before it.
    await new SqlStore(engine).clusterPending();
  };
  const settled = (b: BatchSummary) => {
    for (const k of ['stored', 'duplicates', 'events', 'retried', 'dead', 'dropped'] as const) total[k] += b[k];
    unclustered += b.stored;
    total.seconds = (performance.now() - started) / 1000;
    o.onBatch?.(b, total);
  };
  try {
    while (!o.signal?.aborted) {
      const jobs = await claim(engine, { worker, batch, leaseMs, maxAttempts });
      if (jobs.length === 0) {
        await recluster();
        if (o.untilEmpty) {
          const s = await queueStatus(engine);
          if (s.pending + s.running === 0) break;
        }
        await sleep(pollMs, undefined, { signal: o.signal }).catch(() => {});
        continue;
      }
      const coded = await codeAll(pool, jobs);
      await storing;
      if (unclustered >= reclusterEvery) await recluster();
      storing = store(engine, worker, coded, { maxAttempts, retryDelayMs })
        .catch((err: Error) => requeue(engine, worker, coded, `storing its batch failed: ${err.message}`, { maxAttempts, retryDelayMs }))
        .then(settled);
      // Its failure is thrown where it is awaited, before the next batch is stored, not as an unhandled rejection.
      storing.catch(() => {});
    }
    await recluster();
  } finally {
    clearInterval(heartbeat);
    await pool.close();
  }
  total.seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  total.cpuSeconds = (used.user + used.system) / 1e6;
  return total;
}

/**
 * When a batch's transaction fails as a whole (a deadlock, a dropped connection), its jobs are retried like
 * failed ones, so one bad moment neither stops the worker nor waits out a lease. If the database is gone
 * this fails too, and the next claim stops the worker.
 */
async function requeue(
  engine: Engine, worker: string, coded: Coded[], reason: string, retry: { maxAttempts: number; retryDelayMs: number },
): Promise<BatchSummary> {
  return engine.transaction(async (tx) => {
    const summary = noneYet();
    const held = await lockHeld(tx, worker, coded.map((c) => c.job.id));
    summary.dropped = coded.length - held.size;
    for (const { job } of coded.filter((c) => held.has(c.job.id))) {
      summary[(await markFailed(tx, job, reason, retry)) === 'dead' ? 'dead' : 'retried']++;
    }
    return summary;
  });
}

/**
 * Code a batch: in parallel on the pool's threads; one by one when the pool codes in this thread, letting
 * timers run between articles so the lease heartbeat is not starved by a long batch.
 */
async function codeAll(pool: CoderPool, jobs: ClaimedJob[]): Promise<Coded[]> {
  const code = (job: ClaimedJob): Promise<Coded> =>
    pool.code(job.article).then((doc) => ({ job, doc }), (err: Error) => ({ job, error: `coding failed: ${err.message}` }));
  if (pool.size > 0) return Promise.all(jobs.map(code));
  const coded: Coded[] = [];
  for (const job of jobs) {
    coded.push(await code(job));
    await sleep(0);
  }
  return coded;
}

/**
 * One transaction for a batch: store the coded articles this worker still holds, mark their jobs done,
 * and send the failed ones back for a retry or to the dead-letter table. Either all of it happens or none.
 */
async function store(
  engine: Engine, worker: string, coded: Coded[], retry: { maxAttempts: number; retryDelayMs: number },
): Promise<BatchSummary> {
  // The months' partitions are made before the batch's transaction, which would otherwise hold the events
  // table's lock for its whole length against the other workers.
  await new SqlStore(engine).addMonths(coded.flatMap((c) => ('doc' in c ? [c.doc] : [])));
  return engine.transaction(async (tx) => {
    const summary = noneYet();
    const held = await lockHeld(tx, worker, coded.map((c) => c.job.id));
    const mine = coded.filter((c) => held.has(c.job.id));
    summary.dropped = coded.length - mine.length;
    const ok = mine.filter((c): c is Extract<Coded, { doc: Doc }> => 'doc' in c);
    const failures = mine.flatMap((c) => ('error' in c ? [{ job: c.job, reason: c.error }] : []));
    const results = await new SqlStore(savepointEngine(engine, tx)).saveDocs(ok.map((c) => c.doc));
    const done: { id: number; outcome: string }[] = [];
    ok.forEach(({ job }, i) => {
      const r = results[i]!;
      if (r instanceof Error) return failures.push({ job, reason: r.message });
      done.push({ id: job.id, outcome: r.status });
      if (r.status === 'duplicate') summary.duplicates++;
      else {
        summary.stored++;
        summary.events += r.events;
      }
    });
    await markDone(tx, done);
    for (const f of failures) summary[(await markFailed(tx, f.job, f.reason, retry)) === 'dead' ? 'dead' : 'retried']++;
    return summary;
  });
}

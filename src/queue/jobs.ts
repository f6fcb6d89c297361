// The job queue's SQL (migration 0007): enqueue raw articles, claim them under a lease with FOR UPDATE SKIP
// LOCKED, settle them (done, retried or dead), and count them. One dialect: PostgreSQL and PGlite run it alike.
import type { Article } from '../doc.ts';
import type { Engine, Queryable } from '../store/engine.ts';
import { contentHash } from '../ingest/hash.ts';

/** A raw article to code, with where it came from ("batch.jsonl (line 3)", a feed item's URL). */
export interface QueueItem {
  article: Article;
  origin: string;
}

/** A job as a worker holds it. */
export interface ClaimedJob {
  id: number;
  article: Article;
  origin: string;
  /** This claim included: 1 on the first try. */
  attempts: number;
}

export interface QueueStatus {
  pending: number;
  running: number;
  /** Running jobs whose lease ran out (their worker died or stalls); the next claim takes them. */
  expired: number;
  done: number;
  dead: number;
}

export interface DeadJob {
  id: number;
  origin: string;
  attempts: number;
  reason: string;
}

/** Rows per INSERT: one JSON parameter each, so the size is bounded by memory, not parameter count. */
const ENQUEUE_CHUNK = 1000;

/**
 * Queue raw articles for `marsad worker`; an article already queued (same content hash, waiting, running
 * or done) is not queued again. Returns how many were queued now and how many were already there.
 * @example await enqueue(engine, [{ article: { id: 'a1', text: '…' }, origin: 'a1.txt' }]) // { queued: 1, alreadyQueued: 0 }
 */
export async function enqueue(db: Queryable, items: readonly (QueueItem | Article)[]): Promise<{ queued: number; alreadyQueued: number }> {
  let queued = 0;
  for (let i = 0; i < items.length; i += ENQUEUE_CHUNK) {
    const rows = items.slice(i, i + ENQUEUE_CHUNK).map((item) => {
      const { article, origin } = 'article' in item ? item : { article: item, origin: item.url ?? item.id };
      return { hash: contentHash(article), article, origin };
    });
    const inserted = await db.query(
      `INSERT INTO queue_jobs (hash, article, origin)
       SELECT r->>'hash', r->'article', r->>'origin' FROM jsonb_array_elements($1::jsonb) r
       ON CONFLICT (hash) DO NOTHING RETURNING id`,
      [JSON.stringify(rows)],
    );
    queued += inserted.length;
  }
  return { queued, alreadyQueued: items.length - queued };
}

export interface ClaimOptions {
  worker: string;
  batch: number;
  leaseMs: number;
  maxAttempts: number;
}

/**
 * Claim up to `batch` jobs for `worker`: waiting ones whose retry time has come, and other workers' running
 * ones whose lease ran out. A job whose lease ran out on its last attempt goes to the dead-letter table instead
 * (a job that kills its worker every time must not kill every worker in turn).
 */
export async function claim(engine: Engine, o: ClaimOptions): Promise<ClaimedJob[]> {
  return engine.transaction(async (tx) => {
    await tx.query(
      `WITH gone AS (
         DELETE FROM queue_jobs WHERE id IN (
           -- Not its own either: a live worker whose lease ran out while it coded is about to store them.
           SELECT id FROM queue_jobs WHERE state = 'running' AND lease_until < now() AND attempts >= $1 AND worker <> $2
           FOR UPDATE SKIP LOCKED)
         RETURNING id, hash, article, origin, attempts, worker, last_error)
       INSERT INTO queue_dead (id, hash, article, origin, attempts, reason)
       SELECT id, hash, article, origin, attempts,
              'the lease of worker ' || coalesce(worker, '?') || ' ran out on attempt ' || attempts
              || ' (the worker died or hung)' || coalesce('; earlier: ' || last_error, '')
       FROM gone`,
      [o.maxAttempts, o.worker],
    );
    const rows = await tx.query<{ id: string; article: Article; origin: string; attempts: number }>(
      `WITH picked AS (
         SELECT id FROM queue_jobs
         WHERE state <> 'done' AND ((state = 'pending' AND run_after <= now())
           -- Never its own: a worker that fell behind its lease is still storing those jobs.
           OR (state = 'running' AND lease_until < now() AND worker <> $2))
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE queue_jobs j SET state = 'running', worker = $2, attempts = j.attempts + 1,
              lease_until = now() + $3 * interval '1 millisecond'
       FROM picked WHERE j.id = picked.id
       RETURNING j.id, j.article, j.origin, j.attempts`,
      [o.batch, o.worker, o.leaseMs],
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id);
  });
}

/** Extend the lease of every job `worker` holds, while it codes them. */
export async function renewLeases(db: Queryable, worker: string, leaseMs: number): Promise<void> {
  await db.query(
    `UPDATE queue_jobs SET lease_until = now() + $2 * interval '1 millisecond' WHERE state = 'running' AND worker = $1`,
    [worker, leaseMs],
  );
}

/**
 * Of the jobs `worker` claimed, those it still holds, locked until the transaction ends: a job whose lease
 * ran out and that another worker claimed since belongs to that worker now, and this one drops its work.
 */
export async function lockHeld(tx: Queryable, worker: string, ids: number[]): Promise<Set<number>> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM queue_jobs WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'running' ORDER BY id FOR UPDATE`,
    [ids, worker],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/** Mark jobs done with what storing gave each ('inserted' or 'duplicate'); their article text is dropped. */
export async function markDone(tx: Queryable, done: { id: number; outcome: string }[]): Promise<void> {
  if (done.length === 0) return;
  await tx.query(
    `UPDATE queue_jobs j SET state = 'done', done_at = clock_timestamp(), article = NULL, lease_until = NULL,
            last_error = NULL, outcome = d.outcome
     FROM unnest($1::bigint[], $2::text[]) AS d(id, outcome) WHERE j.id = d.id`,
    [done.map((d) => d.id), done.map((d) => d.outcome)],
  );
}

/**
 * Settle a failed job: back to waiting after `retryDelayMs` times its attempt count, or, after
 * `maxAttempts`, into the dead-letter table with the reason. Returns whether it died.
 */
export async function markFailed(
  tx: Queryable, job: ClaimedJob, reason: string, o: { maxAttempts: number; retryDelayMs: number },
): Promise<'retry' | 'dead'> {
  if (job.attempts >= o.maxAttempts) {
    await tx.query(
      `WITH gone AS (DELETE FROM queue_jobs WHERE id = $1 RETURNING id, hash, article, origin, attempts)
       INSERT INTO queue_dead (id, hash, article, origin, attempts, reason) SELECT id, hash, article, origin, attempts, $2 FROM gone`,
      [job.id, reason],
    );
    return 'dead';
  }
  await tx.query(
    `UPDATE queue_jobs SET state = 'pending', worker = NULL, lease_until = NULL, last_error = $2,
            run_after = now() + $3 * interval '1 millisecond' WHERE id = $1`,
    [job.id, reason, o.retryDelayMs * job.attempts],
  );
  return 'retry';
}

/** How many jobs wait, run, are done and are dead. */
export async function queueStatus(db: Queryable): Promise<QueueStatus> {
  const [row] = await db.query<QueueStatus>(
    `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending,
            count(*) FILTER (WHERE state = 'running')::int AS running,
            count(*) FILTER (WHERE state = 'running' AND lease_until < now())::int AS expired,
            count(*) FILTER (WHERE state = 'done')::int AS done,
            (SELECT count(*)::int FROM queue_dead) AS dead
     FROM queue_jobs`,
  );
  return row!;
}

/** The dead jobs, newest first, with why each failed. */
export async function deadJobs(db: Queryable, limit = 100): Promise<DeadJob[]> {
  const rows = await db.query<DeadJob & { id: string }>(
    'SELECT id, origin, attempts, reason FROM queue_dead ORDER BY failed_at DESC, id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

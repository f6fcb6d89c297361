// The queue's guarantees on both engines: each article queued once, a dead worker's jobs claimed again after
// its lease, a job that outlives its last lease dead with the reason, and a worker that lost a job dropping it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Article } from '../doc.ts';
import type { Engine } from '../store/engine.ts';
import { openEngine } from '../store/index.ts';
import { freshDatabase } from '../../test/fresh-database.ts';
import { claim, deadJobs, enqueue, lockHeld, queueStatus } from './jobs.ts';
import { enqueueInputs } from './enqueue-inputs.ts';
import { runWorker } from './worker.ts';

const article = (id: string, text: string): Article => ({
  id, lang: 'en', published: '2025-06-02', title: id, text,
});
const SUMMONED = article('summoned', 'Azerbaijan summoned the Russian ambassador in Baku on June 1 to protest the detention of its citizens.');
const EXPELLED = article('expelled', 'Russia expelled two Azerbaijani diplomats on June 2, the foreign ministry in Moscow said.');
const SHORT_LEASE = { batch: 10, leaseMs: 300, maxAttempts: 2 };

function queueSuite(name: string, open: () => Promise<Engine>): void {
  describe(`job queue on ${name}`, { timeout: 120_000 }, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
    }, 240_000);
    afterAll(async () => engine?.close());
    const reset = () => engine.exec('TRUNCATE queue_jobs, queue_dead, articles RESTART IDENTITY CASCADE');

    it('queues an article once, however often and in whatever batch it is enqueued', async () => {
      await reset();
      expect(await enqueue(engine, [SUMMONED, EXPELLED, { ...SUMMONED, id: 'same-text' }])).toEqual({ queued: 2, alreadyQueued: 1 });
      expect(await enqueue(engine, [{ article: EXPELLED, origin: 'again.jsonl (line 1)' }])).toEqual({ queued: 0, alreadyQueued: 1 });
      expect(await queueStatus(engine)).toEqual({ pending: 2, running: 0, expired: 0, done: 0, dead: 0 });
    });

    it('queues the good records of a file and names each refused one', async () => {
      await reset();
      const file = join(mkdtempSync(join(tmpdir(), 'marsad-enqueue-')), 'nul.jsonl');
      writeFileSync(file, [{ ...SUMMONED, text: `${SUMMONED.text}\u0000` }, EXPELLED, { id: 'no-text' }].map((a) => JSON.stringify(a)).join('\n'));
      const summary = await enqueueInputs(engine, [file]);
      expect(summary.queued).toBe(1);
      expect(summary.failed.map((f) => f.input)).toEqual([`${file} (line 1)`, `${file} (line 3)`]);
      // PostgreSQL text cannot hold NUL: the reader refuses it before the database would.
      expect(summary.failed[0]!.reason).toMatch(/must not contain a NUL character/);
    });

    it("claims a dead worker's jobs again after its lease and stores each article once", async () => {
      await reset();
      await enqueue(engine, [SUMMONED, EXPELLED]);
      // A worker claims both and dies: nothing renews its lease.
      expect(await claim(engine, { worker: 'gone', ...SHORT_LEASE })).toHaveLength(2);
      expect(await claim(engine, { worker: 'early', ...SHORT_LEASE })).toHaveLength(0);
      await sleep(SHORT_LEASE.leaseMs + 200);
      const summary = await runWorker({ engine, workers: 0, ...SHORT_LEASE, untilEmpty: true, pollMs: 50 });
      expect(summary).toMatchObject({ stored: 2, duplicates: 0, dead: 0 });
      const jobs = await engine.query<{ attempts: number; state: string }>('SELECT state, attempts FROM queue_jobs ORDER BY id');
      expect(jobs).toEqual([{ state: 'done', attempts: 2 }, { state: 'done', attempts: 2 }]);
      const [count] = await engine.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(count!.n).toBe(2);
    });

    it('retries a batch whose transaction fails as a whole, then keeps it dead with the reason, and goes on', async () => {
      await reset();
      await enqueue(engine, [SUMMONED, EXPELLED]);
      // The database refuses to end the first job (as a deadlock or a dropped connection would), every time.
      await engine.exec(`CREATE FUNCTION refuse_done() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.state = 'done' AND NEW.id = 1 THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_done BEFORE UPDATE ON queue_jobs FOR EACH ROW EXECUTE FUNCTION refuse_done()`);
      try {
        const summary = await runWorker({ engine, workers: 0, ...SHORT_LEASE, batch: 1, retryDelayMs: 0, untilEmpty: true, pollMs: 50 });
        expect(summary).toMatchObject({ stored: 1, retried: 1, dead: 1 });
        const [dead] = await deadJobs(engine);
        expect(dead).toMatchObject({ id: 1, attempts: 2 });
        expect(dead!.reason).toMatch(/storing its batch failed: .*refused for the test/);
        const articles = await engine.query<{ id: string }>('SELECT id FROM articles');
        expect(articles).toEqual([{ id: 'expelled' }]);
      } finally {
        await engine.exec('DROP TRIGGER refuse_done ON queue_jobs; DROP FUNCTION refuse_done()');
      }
    });

    it('sends a job whose lease runs out on its last attempt to the dead-letter table, saying why', async () => {
      await reset();
      await enqueue(engine, [{ article: SUMMONED, origin: 'crashes.jsonl (line 4)' }]);
      for (const worker of ['first', 'second']) {
        expect(await claim(engine, { worker, ...SHORT_LEASE })).toHaveLength(1);
        await sleep(SHORT_LEASE.leaseMs + 200);
      }
      expect(await claim(engine, { worker: 'third', ...SHORT_LEASE })).toHaveLength(0);
      const [dead] = await deadJobs(engine);
      expect(dead).toMatchObject({ origin: 'crashes.jsonl (line 4)', attempts: 2 });
      expect(dead!.reason).toMatch(/lease of worker second ran out on attempt 2/);
      expect(await queueStatus(engine)).toMatchObject({ pending: 0, running: 0, dead: 1 });
    });

    it('never gives a worker its own lapsed job again, and leaves one whose job was taken over holding nothing', async () => {
      await reset();
      await enqueue(engine, [SUMMONED]);
      const [job] = await claim(engine, { worker: 'slow', ...SHORT_LEASE });
      await sleep(SHORT_LEASE.leaseMs + 200);
      // Behind its lease but alive, the worker is still storing the job: it must not claim it a second time.
      expect(await claim(engine, { worker: 'slow', ...SHORT_LEASE })).toHaveLength(0);
      expect(await claim(engine, { worker: 'fresh', ...SHORT_LEASE })).toHaveLength(1);
      const held = async (worker: string) => engine.transaction((tx) => lockHeld(tx, worker, [job!.id]));
      expect([...await held('slow')]).toEqual([]);
      expect([...await held('fresh')]).toEqual([job!.id]);
    });

    it('keeps a live worker\'s job on its last attempt, lapsed while it coded, for that worker to store', async () => {
      await reset();
      await enqueue(engine, [SUMMONED]);
      await claim(engine, { worker: 'first', ...SHORT_LEASE });
      await sleep(SHORT_LEASE.leaseMs + 200);
      const [job] = await claim(engine, { worker: 'slow', ...SHORT_LEASE });
      expect(job!.attempts).toBe(SHORT_LEASE.maxAttempts);
      await sleep(SHORT_LEASE.leaseMs + 200);
      // Its next claim, made while the job is still being stored, must not send its own job to the dead letters.
      expect(await claim(engine, { worker: 'slow', ...SHORT_LEASE })).toHaveLength(0);
      expect(await deadJobs(engine)).toEqual([]);
      expect([...await engine.transaction((tx) => lockHeld(tx, 'slow', [job!.id]))]).toEqual([job!.id]);
    });
  });
}

queueSuite('pglite', () => openEngine({ db: join(mkdtempSync(join(tmpdir(), 'marsad-queue-')), 'db'), databaseUrl: '' }));
const url = process.env.MARSAD_TEST_DATABASE_URL;
if (url) queueSuite('postgres', async () => openEngine({ databaseUrl: await freshDatabase(url, 'marsad_queue_unit') }));
else describe.skip('job queue on postgres (MARSAD_TEST_DATABASE_URL is not set)', () => it('runs the queue suite', () => {}));

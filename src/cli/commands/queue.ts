// `marsad enqueue` and `marsad worker`: articles queued in the store's database, coded by any number of workers.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';

interface WorkerFlags {
  workers?: string;
  batch?: string;
  lease?: string;
  maxAttempts?: string;
  retryDelay?: string;
  poll?: string;
  reclusterEvery?: string;
  untilEmpty?: boolean;
  status?: boolean;
  quiet?: boolean;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration flag ("500ms", "30s", "2m", "1h") in milliseconds. */
export function parseDuration(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(value.trim());
  if (!m) throw new InputError(flag, `expected a duration such as 500ms, 30s, 2m or 1h, got "${value}"`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

function parseCount(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InputError(flag, `expected a whole number ≥ ${min}, got "${value}"`);
  return n;
}

export function registerQueue(program: Command): void {
  program
    .command('enqueue')
    .description('queue articles for `marsad worker` (files, folders, URLs or - as for ingest); each article is queued once')
    .argument('<paths...>', 'files, folders (recursive), http(s) URLs, or -')
    .option('--published <date>', 'publication date for articles that carry none')
    .option('--lang <lang>', 'ar or en, for articles that carry none (detected otherwise)')
    .action(async (paths: string[], flags: { published?: string; lang?: string }, cmd: Command) => {
      if (flags.published && !/^\d{4}-\d{2}-\d{2}$/.test(flags.published)) throw new InputError('--published', `expected YYYY-MM-DD, got "${flags.published}"`);
      if (flags.lang && flags.lang !== 'ar' && flags.lang !== 'en') throw new InputError('--lang', `expected ar or en, got "${flags.lang}"`);
      const [{ openEngine }, { enqueueInputs }] = await Promise.all([import('../../store/index.ts'), import('../../queue/index.ts')]);
      const engine = await openEngine({ db: globalOptions(cmd).db });
      try {
        const s = await enqueueInputs(engine, paths, { published: flags.published, lang: flags.lang as 'ar' | 'en' | undefined });
        process.stdout.write(`queued ${s.queued} articles, ${s.alreadyQueued} already queued, failed ${s.failed.length}\n`);
        for (const f of s.failed) process.stderr.write(`marsad: not queued: ${f.input}: ${f.reason}\n`);
        if (s.failed.length) process.exitCode = 1;
      } finally {
        await engine.close();
      }
    });

  program
    .command('worker')
    .description('code and store queued articles; run any number of workers on any number of hosts against one PostgreSQL')
    .option('--until-empty', 'stop once no job waits or runs (batch use); otherwise keep polling until SIGINT/SIGTERM')
    .option('--status', 'print the queue: pending, running, done and dead jobs, with each dead job\'s reason, and exit')
    .option('--workers <n>', 'coding threads (default: all cores but one; 0 codes in the main thread)')
    .option('--batch <n>', 'jobs claimed at a time', '20')
    .option('--lease <duration>', 'how long a claim holds unrenewed: a killed worker\'s jobs are taken again after it', '60s')
    .option('--max-attempts <n>', 'tries before a job goes to the dead-letter table', '3')
    .option('--retry-delay <duration>', 'wait before a failed job\'s next try, times its attempt count', '10s')
    .option('--poll <duration>', 'how often an idle worker looks for jobs', '1s')
    .option('--recluster-every <n>', 'cluster after this many stored articles while jobs keep coming (always when the queue runs dry)', '5000')
    .option('--quiet', 'no line per batch')
    .action(async (flags: WorkerFlags, cmd: Command) => {
      const options = {
        workers: parseCount('--workers', flags.workers, 0),
        batch: parseCount('--batch', flags.batch, 1),
        leaseMs: parseDuration('--lease', flags.lease!),
        maxAttempts: parseCount('--max-attempts', flags.maxAttempts, 1),
        retryDelayMs: parseDuration('--retry-delay', flags.retryDelay!),
        pollMs: parseDuration('--poll', flags.poll!),
        reclusterEvery: parseCount('--recluster-every', flags.reclusterEvery, 1),
      };
      const [{ openEngine }, queue] = await Promise.all([import('../../store/index.ts'), import('../../queue/index.ts')]);
      const engine = await openEngine({ db: globalOptions(cmd).db });
      try {
        if (flags.status) return printStatus(await queue.queueStatus(engine), await queue.deadJobs(engine));
        // The first signal lets the batch in hand finish and be stored; its jobs are not left to a lease.
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
        const s = await queue.runWorker({
          engine, ...options, dictDirs: globalOptions(cmd).dict, untilEmpty: flags.untilEmpty, signal: stop.signal,
          onBatch: flags.quiet ? undefined : (b, t) => process.stderr.write(
            `worker ${t.worker}: +${b.stored} stored, +${b.duplicates} duplicates, +${b.retried} retried, +${b.dead} dead — ${t.stored} stored in ${t.seconds.toFixed(0)} s\n`),
        });
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        const rate = s.stored / Math.max(s.seconds, 0.001);
        process.stdout.write(`worker ${s.worker}: stored ${s.stored} articles (${s.events} events), ${s.duplicates} duplicates, `
          + `${s.retried} retried, ${s.dead} dead — ${s.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s, ${s.cpuSeconds.toFixed(1)} CPU s\n`);
      } finally {
        await engine.close();
      }
    });
}

function printStatus(
  s: { pending: number; running: number; expired: number; done: number; dead: number },
  dead: { id: number; origin: string; attempts: number; reason: string }[],
): void {
  process.stdout.write(`pending ${s.pending}, running ${s.running} (${s.expired} with an expired lease), done ${s.done}, dead ${s.dead}\n`);
  for (const d of dead) process.stdout.write(`dead job ${d.id}: ${d.origin} after ${d.attempts} attempts: ${d.reason}\n`);
}

// `marsad ingest` and `marsad recode`: store coded articles, with progress and a final summary.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { IngestSummary } from '../../ingest/run.ts';
import { InputError } from '../../errors.ts';
import { isCalendarDate } from '../../store/date-range.ts';
import { globalOptions } from '../options.ts';

interface IngestFlags {
  workers?: string;
  published?: string;
  lang?: string;
  quiet?: boolean;
}

export function parseWorkers(value?: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InputError('--workers', `expected a whole number ≥ 0, got "${value}"`);
  return n;
}

/** A progress reporter: a bar on a terminal, a log line every few seconds otherwise. */
export function progressReporter(label: string, quiet = false) {
  const tty = process.stderr.isTTY && !quiet;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: `${label} {value} articles | {rate} art/s | {events} events | {duplicates} dup | {failed} failed`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const started = performance.now();
  let lastLog = started;
  bar?.start(0, 0, { rate: '0', events: 0, duplicates: 0, failed: 0 });
  return {
    update(summary: IngestSummary) {
      const secs = (performance.now() - started) / 1000;
      const done = summary.ingested + summary.duplicates + summary.failed.length;
      const rate = (summary.ingested / Math.max(secs, 0.001)).toFixed(1);
      if (bar) {
        bar.setTotal(done);
        bar.update(done, { rate, events: summary.events, duplicates: summary.duplicates, failed: summary.failed.length });
      } else if (!quiet && performance.now() - lastLog > 2000) {
        lastLog = performance.now();
        process.stderr.write(`${label}: ${summary.ingested} stored, ${summary.duplicates} duplicates, ${summary.failed.length} failed, ${rate} art/s\n`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

/**
 * Clustering progress on stderr: a bar on a terminal; otherwise a line when it starts, every few seconds and
 * when it ends. Silent when nothing was pending.
 */
export function clusterProgress(quiet = false): (done: number, total: number) => void {
  if (quiet) return () => {};
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'clustering {value}/{total} events', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  let lastLog = 0;
  return (done, total) => {
    if (bar) {
      if (done === 0) bar.start(total, 0);
      bar.update(done);
      if (done === total) bar.stop();
    } else if (done === 0 || done === total || performance.now() - lastLog > 2000) {
      lastLog = performance.now();
      process.stderr.write(done === 0 ? `clustering ${total} unclustered events\n` : `clustering: ${done}/${total} events\n`);
    }
  };
}

export function printSummary(s: IngestSummary): void {
  const rate = s.ingested / Math.max(s.seconds, 0.001);
  process.stdout.write(
    `ingested ${s.ingested} articles (${s.events} events), skipped ${s.duplicates} duplicates, failed ${s.failed.length} — ${s.seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s\n`,
  );
  // Each record that failed, on stderr so the summary on stdout stays one line: file and line, URL or id, and why.
  for (const f of s.failed) process.stderr.write(`marsad: not stored: ${f.input}: ${f.reason}\n`);
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('code and store articles: text, JSON, JSON Lines, HTML, RSS/Atom files or URLs, folders, or - for stdin')
    .argument('<paths...>', 'files, folders (recursive), http(s) URLs, or -')
    .option('--workers <n>', 'worker threads for coding (default: all cores but the one that stores; 0 codes in the main thread)')
    .option('--published <date>', 'publication date for articles that carry none')
    .option('--lang <lang>', 'ar or en, for articles that carry none (detected otherwise)')
    .option('--quiet', 'no progress output')
    .action(async (paths: string[], flags: IngestFlags, cmd: Command) => {
      if (flags.published && !(/^\d{4}-\d{2}-\d{2}$/.test(flags.published) && isCalendarDate(flags.published))) {
        throw new InputError('--published', `expected a date YYYY-MM-DD that exists, got "${flags.published}"`);
      }
      if (flags.lang && flags.lang !== 'ar' && flags.lang !== 'en') throw new InputError('--lang', `expected ar or en, got "${flags.lang}"`);
      const workers = parseWorkers(flags.workers);
      const g = globalOptions(cmd);
      // The store and the coder load once the flags are known good: a typo is answered at once.
      const [{ openStore }, { ingest }] = await Promise.all([import('../../store/index.ts'), import('../../ingest/run.ts')]);
      const store = await openStore({ db: g.db });
      const progress = progressReporter('ingest', flags.quiet);
      // Warnings (bad bytes replaced) wait for the progress bar to finish, then follow the failures.
      const warnings: InputError[] = [];
      const clustering = clusterProgress(flags.quiet);
      try {
        const summary = await ingest(paths, {
          store,
          workers,
          dictDirs: g.dict,
          published: flags.published,
          lang: flags.lang as 'ar' | 'en' | undefined,
          onProgress: (_p, s) => progress.update(s),
          onWarning: (w) => warnings.push(w),
          onClustering: (done, total) => {
            if (done === 0) progress.stop();
            clustering(done, total);
          },
        });
        progress.stop();
        printSummary(summary);
        for (const w of warnings) process.stderr.write(`marsad: warning: ${w.message}\n`);
        // The summary so far is printed; the outage itself is reported (and exits 3) like any other.
        if (summary.stopped) throw summary.stopped;
        // Exit status 1: the good records are stored, and some were not (each named above).
        if (summary.failed.length) process.exitCode = 1;
      } finally {
        progress.stop();
        await store.close();
      }
    });

  program
    .command('recode')
    .description('re-code every stored article with the current dictionaries, replacing its events')
    .action(async (_flags: unknown, cmd: Command) => {
      const g = globalOptions(cmd);
      const [{ openStore }, { recode }] = await Promise.all([import('../../store/index.ts'), import('../../ingest/recode.ts')]);
      const store = await openStore({ db: g.db });
      try {
        const r = await recode(store, { dictDirs: g.dict });
        process.stdout.write(`recoded ${r.articles} articles: ${r.eventsBefore} → ${r.eventsAfter} events\n`);
      } finally {
        await store.close();
      }
    });
}

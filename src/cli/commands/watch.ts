// `marsad watch`: poll a list of feeds on a schedule, store what is new, raise alerts; a line per cycle.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';
import { periodFlag } from './dyad.ts';
import { parseWorkers } from './ingest.ts';

interface WatchFlags {
  every: string;
  once?: boolean;
  timeout: string;
  maxBackoff: string;
  webhook?: string;
  by: string;
  workers?: string;
  quiet?: boolean;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds on a schedule, code and store what is new, and raise alerts (stop with Ctrl-C)')
    .argument('<feedlist>', 'a file listing feeds, one a line: URL or file, optional lang=ar|en and outlet="Name"; # comments')
    .option('--every <duration>', 'time between cycles (e.g. 30s, 15m, 1h)', '15m')
    .option('--once', 'run one cycle and exit')
    .option('--timeout <duration>', 'per feed request', '30s')
    .option('--max-backoff <duration>', 'longest wait before retrying a failing feed', '6h')
    .option('--webhook <url>', 'POST each new alert as JSON to this URL (default: env MARSAD_WEBHOOK_URL)')
    .option('--by <unit>', 'period of the alert detector: day, week or month', 'month')
    .option('--workers <n>', 'worker threads for coding (default: all cores but one; 0 codes in the main thread)')
    .option('--quiet', 'only the summary line of each cycle, no details')
    .action(async (feedlist: string, flags: WatchFlags, cmd: Command) => {
      const { parseDuration, readFeedList, formatCycle, watch } = await import('../../watch/index.ts');
      const everyMs = parseDuration(flags.every, '--every');
      const timeoutMs = parseDuration(flags.timeout, '--timeout');
      const maxBackoffMs = parseDuration(flags.maxBackoff, '--max-backoff');
      const webhook = flags.webhook ?? (process.env.MARSAD_WEBHOOK_URL || undefined);
      if (webhook && !/^https?:\/\/\S+$/i.test(webhook)) throw new InputError('--webhook', `expected an http(s) URL, got "${webhook}"`);
      const workers = parseWorkers(flags.workers);
      const by = periodFlag(flags.by);
      const list = readFeedList(feedlist);
      for (const err of list.errors) process.stderr.write(`marsad: skipped: ${err.message}\n`);
      if (list.feeds.length === 0) throw new InputError(feedlist, 'lists no feed to watch');
      const g = globalOptions(cmd);
      const { openStore } = await import('../../store/index.ts');
      const store = await openStore({ db: g.db });
      const stop = new AbortController();
      const onSignal = () => {
        process.stderr.write('marsad: stopping after the current step\n');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      process.stderr.write(`marsad: watching ${list.feeds.length} feed${list.feeds.length === 1 ? '' : 's'} every ${flags.every} (store: ${store.engine}${webhook ? '; alerts to the webhook' : ''})\n`);
      try {
        await watch({
          store, feeds: list.feeds, everyMs, once: flags.once, signal: stop.signal, timeoutMs, maxBackoffMs, webhook, by, workers, dictDirs: g.dict,
          onCycle: (summary) => {
            const { summary: line, details } = formatCycle(summary);
            process.stdout.write(`${line}\n`);
            if (!flags.quiet) for (const d of details) process.stderr.write(`marsad: ${d}\n`);
          },
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });
}

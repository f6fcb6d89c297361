// `marsad alerts`: escalations and de-escalations per dyad, each with the events that drove it.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';
import { clip } from '../table.ts';
import { dateFlag, periodFlag } from './dyad.ts';
import { openQueries } from '../queries.ts';

interface AlertsFlags {
  since?: string;
  by: string;
  minEvents: string;
  threshold?: string;
  open?: boolean;
  json?: boolean;
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(flag, `expected a positive number, got "${value}"`);
  return n;
}

export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('dyads whose conflict moved away from their own past (CUSUM, see docs/analysis.md), newest first')
    .option('--since <date>', 'only alerts for periods ending on or after this date')
    .option('--by <unit>', 'day, week or month', 'month')
    .option('--min-events <n>', 'skip dyads with fewer events', '5')
    .option('--threshold <points>', 'CUSUM threshold in tension points (default 20)')
    .option('--open', 'only open alerts: periods ending within 90 days of the newest publication date')
    .option('--json', 'print JSON')
    .action(async (flags: AlertsFlags, cmd: Command) => {
      const options = {
        since: dateFlag('--since', flags.since),
        by: periodFlag(flags.by),
        minDyadEvents: positive('--min-events', flags.minEvents),
        threshold: flags.threshold === undefined ? undefined : positive('--threshold', flags.threshold),
        open: flags.open ? true : undefined,
      };
      const queries = await openQueries(globalOptions(cmd).db!);
      try {
        const { present, alerts: found } = await queries.alerts(options);
        if (flags.json) {
          process.stdout.write(JSON.stringify({ present, alerts: found }, null, 2) + '\n');
          return;
        }
        const open = found.filter((a) => a.open).length;
        process.stdout.write(found.length
          ? `${found.length} alerts, ${open} open (ending within 90 days of ${present}, the newest publication date)\n\n`
          : `no ${flags.open ? 'open ' : ''}alerts (as of ${present}, the newest publication date)\n`);
        for (const a of found) {
          const run = a.runStart === a.period ? a.period : `${a.runStart} → ${a.period}`;
          process.stdout.write(
            `${a.direction === 'escalation' ? '▲' : '▼'} ${a.dyad.join('–')}  ${run}${a.open ? '  OPEN' : ''}  ${a.direction}  ` +
              (a.signal === 'volume'
                ? `conflict volume ${a.score} vs trailing mean ${a.baseline} per period (+${a.magnitude}), ${a.events} events\n`
                : `conflict share: magnitude ${a.magnitude}  (period ${a.score} vs baseline ${a.baseline}, ${a.events} events)\n`),
          );
          for (const e of a.drivers) {
            process.stdout.write(
              `    ${e.date ?? e.published ?? '?'}  ${e.source ?? '—'}→${e.target ?? '—'}  ${e.cameo}  ${e.goldstein}  ${clip(e.trigger, 20)}  ${clip(e.quote, 80)}\n`,
            );
          }
        }
      } finally {
        await queries.close();
      }
    });
}

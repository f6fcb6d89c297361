// `marsad dyad A B`: the event series between two actors with its tension index, as a table and a terminal chart.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { columnChart, sparkline } from '../../analyze/chart.ts';
import type { PeriodUnit } from '../../analyze/periods.ts';
import { globalOptions } from '../options.ts';
import { renderTable } from '../table.ts';
import { openQueries } from '../queries.ts';

interface DyadFlags {
  by: string;
  from?: string;
  to?: string;
  directed?: boolean;
  json?: boolean;
}

/** An actor code as typed: upper-cased, letters and digits only. */
export function actorCode(flag: string, value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z0-9]{2,8}$/.test(code)) throw new InputError(flag, `expected an actor code like RUS, got "${value}"`);
  return code;
}

/** Two actor codes written A,B. */
export function dyadFlag(flag: string, value: string): [string, string] {
  const parts = value.split(',');
  if (parts.length !== 2) throw new InputError(flag, `expected two actor codes like AZE,RUS, got "${value}"`);
  return [actorCode(flag, parts[0]!), actorCode(flag, parts[1]!)];
}

/** A date bound YYYY, YYYY-MM or YYYY-MM-DD, or undefined. */
export function dateFlag(flag: string, value?: string): string | undefined {
  if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new InputError(flag, `expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function periodFlag(value: string): PeriodUnit {
  if (value !== 'day' && value !== 'week' && value !== 'month') throw new InputError('--by', `expected day, week or month, got "${value}"`);
  return value;
}

export function registerDyad(program: Command): void {
  program
    .command('dyad')
    .description('events between two actors per period, with the tension index and the surge (see docs/analysis.md)')
    .argument('<a>', 'actor code, e.g. AZE')
    .argument('<b>', 'actor code, e.g. RUS')
    .option('--by <unit>', 'day, week or month', 'month')
    .option('--from <date>', 'first period (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'last period')
    .option('--directed', 'only events from A to B')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, flags: DyadFlags, cmd: Command) => {
      const [x, y] = [actorCode('<a>', a), actorCode('<b>', b)];
      const options = { by: periodFlag(flags.by), from: dateFlag('--from', flags.from), to: dateFlag('--to', flags.to), directed: flags.directed };
      const queries = await openQueries(globalOptions(cmd).db!);
      try {
        const points = await queries.dyadTension(x, y, options);
        if (flags.json) {
          process.stdout.write(JSON.stringify({ dyad: [x, y], ...options, points }, null, 2) + '\n');
          return;
        }
        const arrow = flags.directed ? '→' : '↔';
        if (!points.length) {
          process.stdout.write(`no events between ${x} and ${y}\n`);
          return;
        }
        const rows = collapseQuiet(points).map((p) =>
          'quiet' in p
            ? [`${p.first} … ${p.last}`, 0, '', '', '', '', '', '', '', '', '', `(${p.quiet} quiet periods)`]
            : [p.period, p.total, p.q1, p.q2, p.q3, p.q4, p.goldsteinSum, p.goldsteinMean ?? '', p.articles, p.tension, signed(p.delta),
              p.surge === null ? '' : signed(p.surge)],
        );
        const header = ['period', 'events', 'q1', 'q2', 'q3', 'q4', 'gs sum', 'gs mean', 'articles', 'tension', 'Δ', 'surge'];
        process.stdout.write(`${x} ${arrow} ${y} by ${options.by}: ${points.reduce((n, p) => n + p.total, 0)} events, baseline tension ${points[0]!.baseline}\n\n`);
        process.stdout.write(renderTable(header, rows) + '\n\n');
        process.stdout.write(`tension ${sparkline(points.map((p) => p.tension))}\n`);
        // The surge is unbounded: scale the line to its largest value (at least 5 spreads, a clear departure).
        const surges = points.map((p) => p.surge ?? 0);
        process.stdout.write(`surge   ${sparkline(surges, Math.max(5, ...surges))}  (hostility above the dyad's own recent normal)\n\n`);
        process.stdout.write(columnChart(points.map((p) => ({ label: p.period, value: p.tension })), { width: points.length > 40 ? 1 : 2 }) + '\n');
      } finally {
        await queries.close();
      }
    });
}

/** Runs of more than three periods without events are shown as one row, so years of silence don't bury the table. */
function collapseQuiet<P extends { total: number; period: string }>(points: P[]): (P | { first: string; last: string; quiet: number })[] {
  const out: (P | { first: string; last: string; quiet: number })[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j < points.length && points[j]!.total === 0) j++;
    if (j - i > 3) {
      out.push({ first: points[i]!.period, last: points[j - 1]!.period, quiet: j - i });
      i = j;
    } else {
      out.push(points[i]!);
      i++;
    }
  }
  return out;
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}

// `marsad chains`: tit-for-tat sequences of conflictual actions and reciprocity per dyad.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';
import { clip, renderTable } from '../table.ts';
import { dateFlag, dyadFlag } from './dyad.ts';

interface ChainsFlags {
  dyad?: string;
  window: string;
  from?: string;
  to?: string;
  earliest?: boolean;
  json?: boolean;
}

export function registerChains(program: Command): void {
  program
    .command('chains')
    .description('conflictual actions answered in kind within a window, chained while they alternate (see docs/analysis.md)')
    .option('--dyad <a,b>', 'one pair, e.g. AZE,RUS')
    .option('--window <days>', 'longest lag between an action and its answer', '30')
    .option('--from <date>', 'first event date')
    .option('--to <date>', 'last event date')
    .option('--earliest', 'continue with the earliest answer rather than the most conflictual')
    .option('--json', 'print JSON')
    .action(async (flags: ChainsFlags, cmd: Command) => {
      const windowDays = Number(flags.window);
      if (!Number.isInteger(windowDays) || windowDays < 0) throw new InputError('--window', `expected a whole number of days, got "${flags.window}"`);
      const options = {
        dyad: flags.dyad ? dyadFlag('--dyad', flags.dyad) : undefined,
        windowDays,
        from: dateFlag('--from', flags.from),
        to: dateFlag('--to', flags.to),
        pick: flags.earliest ? ('earliest' as const) : ('strongest' as const),
      };
      // The store and the analyses load once the flags are known good, and never for --help.
      const [{ openStore }, { chains }] = await Promise.all([import('../../store/index.ts'), import('../../analyze/from-store.ts')]);
      const store = await openStore({ db: globalOptions(cmd).db });
      try {
        const result = await chains(store, options);
        if (flags.json) {
          process.stdout.write(JSON.stringify(result, null, 2) + '\n');
          return;
        }
        if (!result.chains.length) process.stdout.write(`no chains within ${windowDays} days\n`);
        for (const c of result.chains) {
          process.stdout.write(`${c.dyad.join('–')}: ${c.links.length} actions, ${c.links[0]!.date} → ${c.links[c.links.length - 1]!.date}\n`);
          for (const l of c.links) {
            const lag = l.lagDays === null ? '' : `+${l.lagDays}d`;
            process.stdout.write(`  ${l.date} ${lag.padStart(5)}  ${l.source}→${l.target}  ${l.cameo}  ${clip(l.trigger, 20)}  ${clip(l.quote, 70)}  [${l.articleId}]\n`);
          }
        }
        if (result.reciprocity.length) {
          const rows = result.reciprocity
            .slice()
            .sort((x, y) => y.actions - x.actions)
            .map((r) => [r.dyad.join('–'), r.actions, r.answered, r.score]);
          process.stdout.write(`\nreciprocity (answered within ${windowDays} days)\n` + renderTable(['dyad', 'actions', 'answered', 'score'], rows) + '\n');
        }
      } finally {
        await store.close();
      }
    });
}

// `marsad network`: who deals with whom, and an actor's closest partners and adversaries.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import type { Counterpart } from '../../analyze/network.ts';
import { globalOptions } from '../options.ts';
import { renderTable } from '../table.ts';
import { actorCode, dateFlag } from './dyad.ts';

interface NetworkFlags {
  actor?: string;
  from?: string;
  to?: string;
  top: string;
  json?: boolean;
}

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description('the actor network: edges weighted by cooperation and conflict; with --actor, its partners and adversaries')
    .option('--actor <code>', 'show this actor’s partners and adversaries')
    .option('--from <date>', 'first event date')
    .option('--to <date>', 'last event date')
    .option('--top <n>', 'rows per table', '10')
    .option('--json', 'print JSON')
    .action(async (flags: NetworkFlags, cmd: Command) => {
      const top = Number(flags.top);
      if (!Number.isInteger(top) || top <= 0) throw new InputError('--top', `expected a positive whole number, got "${flags.top}"`);
      const actor = flags.actor ? actorCode('--actor', flags.actor) : undefined;
      const range = { from: dateFlag('--from', flags.from), to: dateFlag('--to', flags.to) };
      // The store and the analyses load once the flags are known good, and never for --help.
      const [{ openStore }, { network }, { adversaries, partners }] = await Promise.all([
        import('../../store/index.ts'),
        import('../../analyze/from-store.ts'),
        import('../../analyze/network.ts'),
      ]);
      const store = await openStore({ db: globalOptions(cmd).db });
      try {
        const net = await network(store, range);
        const header = ['actor', 'cooperation', 'conflict', 'events'];
        const table = (list: Counterpart[]) => renderTable(header, list.map((c) => [c.actor, c.cooperation, c.conflict, c.events]));
        if (actor) {
          const result = { actor, partners: partners(net, actor, top), adversaries: adversaries(net, actor, top) };
          if (flags.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
          else process.stdout.write(`partners of ${actor}\n${table(result.partners)}\n\nadversaries of ${actor}\n${table(result.adversaries)}\n`);
          return;
        }
        if (flags.json) {
          process.stdout.write(JSON.stringify(net, null, 2) + '\n');
          return;
        }
        const nodes = renderTable(['actor', 'events'], net.nodes.slice(0, top).map((n) => [n.actor, n.events]));
        const edges = renderTable(
          ['pair', 'events', 'coop events', 'conflict events', 'cooperation', 'conflict'],
          net.edges.slice(0, top).map((e) => [`${e.a}–${e.b}`, e.events, e.cooperationEvents, e.conflictEvents, e.cooperation, e.conflict]),
        );
        process.stdout.write(`${net.nodes.length} actors, ${net.edges.length} pairs\n\n${nodes}\n\n${edges}\n`);
      } finally {
        await store.close();
      }
    });
}

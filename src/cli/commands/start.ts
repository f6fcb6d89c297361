// `marsad start` (npm start): ingest the bundled examples into the embedded store, summarize, then serve.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Store } from '../../store/store.ts';
import { globalOptions } from '../options.ts';
import { printSummary, progressReporter } from './ingest.ts';
import { listen } from './serve.ts';
import { renderTable } from '../table.ts';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Events by CAMEO root and the busiest dyads, as the closing summary of `start`. */
export async function corpusSummary(store: Store): Promise<string> {
  const { cameoInfo } = await import('../../ontology/index.ts');
  const counts = await store.counts();
  const { items } = await store.events({ limit: 1_000_000 });
  const byRoot = new Map<string, number>();
  const byDyad = new Map<string, { n: number; gs: number }>();
  for (const e of items) {
    byRoot.set(e.root, (byRoot.get(e.root) ?? 0) + 1);
    if (!e.source || !e.target || e.source === e.target) continue;
    const key = [e.source, e.target].sort().join('–');
    const d = byDyad.get(key) ?? { n: 0, gs: 0 };
    d.n++;
    d.gs += e.goldstein;
    byDyad.set(key, d);
  }
  const roots = [...byRoot].sort((a, b) => a[0].localeCompare(b[0])).map(([r, n]) => [r, cameoInfo(r)?.name ?? '', n]);
  const dyads = [...byDyad].sort((a, b) => b[1].n - a[1].n).slice(0, 8).map(([k, d]) => [k, d.n, d.gs.toFixed(1)]);
  return [
    `store: ${counts.articles} articles, ${counts.events} events, ${counts.actors} distinct actors`,
    '',
    renderTable(['root', 'name', 'events'], roots),
    '',
    renderTable(['dyad', 'events', 'Goldstein sum'], dyads),
  ].join('\n');
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled examples into the store, print a summary, then serve the dashboard')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--no-serve', 'stop after the summary')
    .action(async (opts: { port: string; host: string; serve: boolean }, cmd: Command) => {
      const g = globalOptions(cmd);
      // The store and the coder load here, not at the top, so that --help and the other commands never load them.
      const [{ openStore }, { ingest }] = await Promise.all([import('../../store/index.ts'), import('../../ingest/run.ts')]);
      const store = await openStore({ db: g.db, thread: opts.serve });
      const progress = progressReporter('examples');
      const summary = await ingest([EXAMPLES], { store, dictDirs: g.dict, onProgress: (_p, s) => progress.update(s) });
      progress.stop();
      printSummary(summary);
      process.stdout.write((await corpusSummary(store)) + '\n');
      if (!opts.serve) return store.close();
      await listen(store, { port: opts.port, host: opts.host, dictDirs: g.dict, dataDir: g.db });
    });
}

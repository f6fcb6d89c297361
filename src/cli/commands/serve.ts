// `marsad serve`: the JSON API and the dashboard on one Fastify server (also used by `marsad start`).
import type { AddressInfo } from 'node:net';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../errors.ts';
import type { Store } from '../../store/store.ts';
import { globalOptions } from '../options.ts';
import { announceServer, localUrl } from '../running-server.ts';
import { clusterProgress } from './ingest.ts';

export interface ListenOptions {
  port: string | number;
  host: string;
  /** Bearer token for write endpoints; default env MARSAD_TOKEN; none disables writes. */
  token?: string;
  dashboardDir?: string;
  dictDirs?: string[];
  /** The PGlite folder being served: the server announces its URL there for the query commands (see running-server.ts). */
  dataDir?: string;
}

/**
 * Serve `store` until SIGINT/SIGTERM, then close the server and the store.
 * @example await listen(store, { port: 8080, host: '127.0.0.1' })
 */
export async function listen(store: Store, options: ListenOptions): Promise<FastifyInstance> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError('--port', `expected a port number 0–65535, got "${options.port}"`);
  const token = options.token ?? (process.env.MARSAD_TOKEN || undefined);
  // Events a crash or Ctrl-C left unclustered (during an ingest's clustering, or between an API write and its
  // clustering) are clustered before the first request, so clustered views and exports miss nothing.
  await store.clusterPending({ onProgress: clusterProgress() });
  // The web server loads here, not at the top, so that --help and the other commands never load it.
  const { buildServer } = await import('../../serve/index.ts');
  const app = await buildServer({ store, dictDirs: options.dictDirs, token, dashboardDir: options.dashboardDir });
  // Hooks cannot be added once listening, so the announcement's removal is registered before it is made.
  let withdraw = () => {};
  app.addHook('onClose', async () => withdraw());
  app.addHook('onClose', () => store.close());
  const address = await app.listen({ port, host: options.host });
  if (store.engine === 'pglite' && options.dataDir) withdraw = announceServer(options.dataDir, localUrl(app.server.address() as AddressInfo));
  process.stderr.write(`marsad: serving ${address} (store: ${store.engine}; writes ${token ? 'enabled with the bearer token' : 'disabled: no --token or MARSAD_TOKEN'})\n`);
  const stop = () => void app.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return app;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/, /openapi.json) and the dashboard (/)')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'bearer token that enables write endpoints (default: env MARSAD_TOKEN)')
    .option('--dashboard <dir>', 'built dashboard folder (default: dashboard/dist)')
    .action(async (opts: { port: string; host: string; token?: string; dashboard?: string }, cmd: Command) => {
      const g = globalOptions(cmd);
      const { openStore } = await import('../../store/index.ts');
      // PGlite on a thread of its own: a long query or a write does not hold the answers kept in memory.
      const store = await openStore({ db: g.db, thread: true });
      try {
        await listen(store, { port: opts.port, host: opts.host, token: opts.token, dashboardDir: opts.dashboard, dictDirs: g.dict, dataDir: g.db });
      } catch (err) {
        await store.close().catch(() => {});
        throw err;
      }
    });
}

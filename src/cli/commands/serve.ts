// `marsad serve`: the JSON API and the dashboard on one Fastify server.
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { createPipeline } from '../../pipeline/index.ts';
import { openStore } from '../../store/index.ts';
import { buildServer } from '../../serve/index.ts';
import { globalOptions } from '../options.ts';

interface ServeOptions {
  port: string;
  host: string;
  token?: string;
  dashboard?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (/api/, /openapi.json) and the dashboard (/)')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'bearer token that enables write endpoints (default: env MARSAD_TOKEN)')
    .option('--dashboard <dir>', 'built dashboard folder (default: dashboard/dist)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError('--port', `expected a port number 0–65535, got "${opts.port}"`);
      const global = globalOptions(cmd);
      const token = opts.token ?? process.env.MARSAD_TOKEN ?? undefined;
      const store = await openStore({ db: global.db });
      const pipeline = await createPipeline({ dictDirs: global.dict });
      const app = await buildServer({ store, pipeline, token: token || undefined, dashboardDir: opts.dashboard, logger: false });
      app.addHook('onClose', () => store.close());
      const address = await app.listen({ port, host: opts.host });
      process.stderr.write(`marsad: serving ${address} (store: ${store.engine}; writes ${token ? 'enabled with bearer token' : 'disabled: no --token'})\n`);
      const stop = () => void app.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

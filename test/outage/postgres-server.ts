// A throwaway PostgreSQL server that a test owns: created in a temporary folder, stopped and started again at will
// (the outage tests), removed at the end. Runs as user postgres when the tests run as root, as .ci/run does.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = ['15', '16', '17', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => existsSync(join(dir, 'initdb')));

/** Why these tests cannot run here, or null when they can. */
export const POSTGRES_MISSING: string | null = BIN ? null : 'no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/{14..17}/bin';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/marsad_outage */
  url: string;
  start(): void;
  /** `immediate` kills the server the way a crash or a pulled cable would: no goodbye to the clients. */
  stop(mode?: 'immediate' | 'fast'): void;
  /** Stop if running and delete the data folder. */
  dispose(): void;
}

const isRoot = process.getuid?.() === 0;

function run(cmd: string, args: string[]): void {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
}

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** initdb, start and create the database; call only when POSTGRES_MISSING is null. */
export async function createPostgres(): Promise<PostgresServer> {
  if (!BIN) throw new Error(POSTGRES_MISSING!);
  const root = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  if (isRoot) chownSync(root, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), 0);
  const data = join(root, 'data');
  const port = await freePort();
  run(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const start = () =>
    run(join(BIN, 'pg_ctl'), ['-D', data, '-l', join(root, 'server.log'), '-w', '-t', '60', '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=off`, 'start']);
  const running = () => existsSync(join(data, 'postmaster.pid'));
  const stop = (mode: 'immediate' | 'fast' = 'immediate') => run(join(BIN, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  run(join(BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'marsad_outage']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/marsad_outage`,
    start,
    stop,
    dispose() {
      if (running()) stop('fast');
      rmSync(root, { recursive: true, force: true });
    },
  };
}

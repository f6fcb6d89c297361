// A throwaway PostgreSQL server of one's own: a fresh cluster in a temporary folder on a loopback port, made and
// run with the distribution's initdb/pg_ctl (as user postgres when run as root, since initdb refuses root), stopped
// and started again at will (the outage tests pull it away under a running process), removed at the end.
// The one copy for tests (test/outage) and benches (bench/scale.ts, bench/volume.ts). It lives in test/, beside
// fresh-database.ts, because it is test scaffolding first; benches reach into test/ as tests reach into bench/
// (synthetic-news.ts). Nothing under src/ may import it: the shipped CLI never starts a server of its own.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** MARSAD_PG_BIN, else the first PostgreSQL found (15 first: the version CI runs). */
const BIN = process.env.MARSAD_PG_BIN
  ?? ['15', '16', '17', '14'].map((v) => `/usr/lib/postgresql/${v}/bin`).find((dir) => existsSync(join(dir, 'initdb')));

/** Why no server can be started here (tests skip with it), or null when one can. */
export const POSTGRES_MISSING: string | null = BIN && existsSync(join(BIN, 'initdb'))
  ? null
  : `no PostgreSQL binaries (initdb, pg_ctl) in ${BIN ?? '/usr/lib/postgresql/{14..17}/bin'} (set MARSAD_PG_BIN)`;

export interface PostgresOptions {
  /** The database created at start, whose URL is `url`. */
  database: string;
  /** Extra server settings, each passed as `-c name=value` (e.g. `{ fsync: 'off' }`). */
  settings?: Record<string, string | number>;
  /** Loopback port; a free one when left out. */
  port?: number;
  /** `dispose()` leaves the server running and its folder in place, and prints how to stop it. */
  keep?: boolean;
}

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/<options.database> */
  url: string;
  /** URL of database `name` on the server, created when missing (a fresh one per benchmark run). */
  database(name: string): string;
  start(): void;
  /** `immediate` kills the server the way a crash or a pulled cable would: no goodbye to the clients. */
  stop(mode: 'immediate' | 'fast'): void;
  /** CPU seconds the server has used so far (postmaster, live backends and those that ended), on Linux. */
  cpuSeconds(): number;
  /** Stop if running and delete the folder (unless `keep`). */
  dispose(): void;
}

const isRoot = process.getuid?.() === 0;

/** Run a PostgreSQL program as the cluster's owner; its stderr goes into the error when it fails. */
function run(program: string, args: string[]): void {
  const cmd = join(BIN!, program);
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

/** Clock ticks per second of /proc/<pid>/stat times: 100 on every Linux this runs on. */
const TICKS = 100;

/** [ppid, own CPU ticks, ended children's ticks] of a process, from /proc; null once it is gone. */
function procTimes(pid: string): [number, number, number] | null {
  try {
    // Fields after the command name (which may hold spaces) start at state: ppid is 2nd, utime 12th … cstime 15th.
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
    return [f[1]!, f[11]! + f[12]!, f[13]! + f[14]!];
  } catch {
    return null;
  }
}

/**
 * initdb, start and create `options.database`; throws POSTGRES_MISSING when there is no PostgreSQL.
 * @example const pg = await startPostgres({ database: 'bench', settings: { fsync: 'off' } }); …; pg.dispose();
 */
export async function startPostgres(options: PostgresOptions): Promise<PostgresServer> {
  if (POSTGRES_MISSING) throw new Error(POSTGRES_MISSING);
  const root = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  if (isRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, id('-u'), id('-g'));
  }
  const data = join(root, 'data');
  const port = options.port ?? (await freePort());
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const settings = Object.entries(options.settings ?? {}).map(([name, value]) => ` -c ${name}=${value}`).join('');
  const start = () => run('pg_ctl', ['-D', data, '-l', join(root, 'server.log'), '-w', '-t', '120', '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${root}${settings}`, 'start']);
  const stop = (mode: 'immediate' | 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  const created = new Set<string>();
  const database = (name: string) => {
    if (!created.has(name)) run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
    created.add(name);
    return `postgres://postgres@127.0.0.1:${port}/${name}`;
  };
  start();
  return {
    url: database(options.database),
    database,
    start,
    stop,
    cpuSeconds() {
      const postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]!;
      const [, own, ended] = procTimes(postmaster) ?? [0, 0, 0];
      let ticks = own + ended;
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        const t = procTimes(pid);
        if (t && String(t[0]) === postmaster) ticks += t[1] + t[2];
      }
      return ticks / TICKS;
    },
    dispose() {
      if (options.keep) return console.log(`kept: ${root} (stop with ${isRoot ? 'runuser -u postgres -- ' : ''}${join(BIN!, 'pg_ctl')} -D ${data} stop)`);
      try {
        // The files go next, so nothing is worth a shutdown checkpoint (gigabytes of buffers after a bulk load).
        if (existsSync(join(data, 'postmaster.pid'))) stop('immediate');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

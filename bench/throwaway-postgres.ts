// A PostgreSQL 15 server of its own for a benchmark: a fresh cluster in a temporary folder on a free
// loopback port, started with the distribution's initdb/pg_ctl (as user postgres when run as root), removed after.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.MARSAD_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** URL of database `name` on the server (created when missing). */
  database(name: string): string;
  /** CPU seconds the server has used so far (postmaster, live backends and those that ended), on Linux. */
  cpuSeconds(): number;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    }).on('error', reject);
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
 * Start a throwaway server; `stop()` shuts it down and deletes its files.
 * @example const pg = await startPostgres(); const url = pg.database('bench'); …; pg.stop();
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const root = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  const data = join(root, 'data');
  const port = await freePort();
  // initdb refuses to run as root: the cluster belongs to the postgres user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres', root]);
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(BIN, cmd), asRoot ? ['-u', 'postgres', '--', join(BIN, cmd), ...args] : args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', data, '-l', join(root, 'log'), '-w', '-t', '60', '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c shared_buffers=256MB -c max_connections=50`, 'start']);
  const created = new Set<string>();
  return {
    database(name) {
      if (!created.has(name)) run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      created.add(name);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
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
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

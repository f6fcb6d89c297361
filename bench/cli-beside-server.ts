// How fast `marsad events`, `dyad` and `alerts` answer while `marsad serve` holds the PGlite folder (the goal
// is under a second, process start included), beside the same queries opening the store once it stops.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/run.ts';
import { openStore } from '../src/store/index.ts';
import { BIN, startServe } from '../test/cli/serve-process.ts';

export interface CliLatency {
  query: string;
  /** Median and slowest wall-clock seconds over the runs, asking the server and opening the store. */
  server: { median: number; max: number };
  store: { median: number; max: number };
}

const QUERIES: [string, string[]][] = [
  ['events --dyad AZE,RUS', ['events', '--dyad', 'AZE,RUS', '--limit', '50']],
  ['dyad AZE RUS', ['dyad', 'AZE', 'RUS', '--by', 'month']],
  ['alerts', ['alerts']],
];

function timed(db: string, args: string[], runs: number, env: NodeJS.ProcessEnv): { median: number; max: number } {
  const secs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync('node', [BIN, '--db', db, ...args], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`marsad ${args.join(' ')} failed: ${r.stderr}`);
    secs.push((performance.now() - t) / 1000);
  }
  secs.sort((a, b) => a - b);
  return { median: secs[Math.floor(secs.length / 2)]!, max: secs.at(-1)! };
}

/** The examples in a fresh PGlite folder; each query run `runs` times beside `marsad serve`, then alone. */
export async function benchCliBesideServer(runs = 5): Promise<CliLatency[]> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-cli-'));
  const db = join(dir, 'db');
  const env = { ...process.env, DATABASE_URL: '' };
  try {
    const store = await openStore({ db });
    await ingest(['examples'], { store, workers: 0 }).finally(() => store.close());
    const server = await startServe(db, env);
    const beside = QUERIES.map(([, args]) => timed(db, args, runs, env));
    await server.stop();
    return QUERIES.map(([query, args], i) => ({ query, server: beside[i]!, store: timed(db, args, runs, env) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

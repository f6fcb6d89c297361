// Start-up time of the CLI as a user runs it: `marsad --help`, and `marsad code` on one article, each the
// median of several fresh processes, from the build `npm run build` leaves (made first when missing or stale).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtEntry } from '../bin/launch.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'marsad.js');

export interface StartupBench {
  command: string;
  medianSec: number;
  minSec: number;
}

function time(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  if (r.status !== 0) throw new Error(`marsad ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Wall time of each command over `runs` fresh processes (after one unmeasured run that warms the disk cache). */
export function benchStartup(runs = 5): StartupBench[] {
  if (!builtEntry('main')) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build:cli failed: ${r.stderr}`);
  }
  const article = join(ROOT, 'examples', '01-azal-crash-aktau.ar.txt');
  return [['--help'], ['code', article]].map((args) => {
    time(args);
    const times = Array.from({ length: runs }, () => time(args)).sort((a, b) => a - b);
    return { command: `marsad ${args[0] === 'code' ? 'code (one article)' : args.join(' ')}`, medianSec: times[Math.floor(runs / 2)]!, minSec: times[0]! };
  });
}

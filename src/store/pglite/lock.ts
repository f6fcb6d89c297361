// One process at a time per PGlite folder: PGlite itself does not stop a second process from opening it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreError } from '../../errors.ts';

const LOCK_FILE = 'marsad.lock';
const heldHere = new Set<string>();

/** Whether a process with this id runs (a process of another user counts). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the folder's lock (a file holding our pid); a lock left by a dead process is taken over.
 * @example const release = lockFolder('./marsad-data'); … release();
 */
export function lockFolder(dir: string): () => void {
  const key = resolve(dir);
  const file = join(key, LOCK_FILE);
  const busy = (who: string): never => {
    throw new StoreError('open', `the PGlite database folder ${dir} is in use by ${who}; close it first, or use PostgreSQL (DATABASE_URL) to share one database`);
  };
  if (heldHere.has(key)) busy('this process');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(key);
      return () => {
        heldHere.delete(key);
        rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) busy(`another process (pid ${pid})`);
      rmSync(file, { force: true });
    }
  }
  return busy('another process');
}

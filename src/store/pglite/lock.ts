// One process at a time per PGlite folder: PGlite itself does not stop a second process from opening it.
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const holder = takeLock(file);
  if (holder !== null) busy(holder > 0 ? `another process (pid ${holder})` : 'another process');
  heldHere.add(key);
  return () => {
    heldHere.delete(key);
    rmSync(file, { force: true });
  };
}

/**
 * Create `file` holding our pid, taking it over from a dead holder; null when taken, else the live
 * holder's pid (0 when another process was mid-takeover).
 *
 * Why it is safe when processes race: the file appears whole and at once (a hard link to a finished temp
 * file, never an empty file someone could read as stale), and a stale file is removed only by the one
 * process that wins an exclusive create of `file.<stale pid>`, after checking the file still names that
 * pid. A plain read-check-remove let two processes both see the stale pid, the first take the lock, and
 * the second remove the first's fresh lock and take it too. A takeover guard left by a process killed
 * mid-takeover is itself stale and is taken over the same way.
 */
function takeLock(file: string): number | null {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createHoldingPid(file)) return null;
    const pid = pidIn(file);
    if (pid === undefined) continue; // removed between our create and read: try again
    if (!stale(pid)) return pid;
    const guard = `${file}.${pid}`;
    const guardHolder = takeLock(guard);
    if (guardHolder !== null) {
      // Another process is taking this stale lock over right now: wait a moment, then see who won.
      sleep(5 + attempt * 2);
      continue;
    }
    try {
      const now = pidIn(file);
      if (now === pid && stale(now)) rmSync(file, { force: true });
    } finally {
      rmSync(guard, { force: true });
    }
  }
  return 0;
}

/** A holder that no longer runs: none named, a dead pid, or our own pid left by an earlier process (we hold no lock we do not know of). */
function stale(pid: number): boolean {
  return pid === 0 || pid === process.pid || !processAlive(pid);
}

/** Create `file` with our pid as its whole content, atomically; false when it exists. */
function createHoldingPid(file: string): boolean {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, String(process.pid));
  try {
    linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The pid a lock file names (0 for a file that names none), or undefined when there is no file. */
function pidIn(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

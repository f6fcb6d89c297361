// A process racing others for stale PGlite locks (run by lock.test.ts): on "go <time>" from stdin it tries
// folder r of `base` at time + r × interval, prints "r got" or "r busy", and holds what it got until told to exit.
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { lockFolder } from './lock.ts';

const [base, rounds, interval] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [word, at] = line.split(' ');
  if (word !== 'go') return process.exit(0);
  for (let r = 0; r < rounds; r++) {
    // Spin rather than sleep: every racer must reach the lock within the same few microseconds.
    while (Date.now() < Number(at) + r * interval);
    let got = false;
    try {
      lockFolder(join(base, String(r)));
      got = true;
    } catch {
      // Busy: another racer holds this folder, which is the expected outcome for all but one.
    }
    process.stdout.write(`${r} ${got ? 'got' : 'busy'}\n`);
  }
});

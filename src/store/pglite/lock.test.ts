// The folder lock under real races: processes that all find the same stale lock at the same moment.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const CHILD = resolve('src/store/pglite/lock-race-child.ts');

/** Every line a child prints, as they come. */
function linesOf(child: ChildProcess): string[] {
  const lines: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (l) => lines.push(l));
  return lines;
}

describe('taking over a stale lock', () => {
  // [racing processes, folders (one race each), ms between races]
  const cases: [number, number, number][] = [
    [2, 40, 30],
    [6, 40, 30],
  ];
  it.each(cases)('%i processes racing for each of %i stale locks: exactly one takes each', async (racers, rounds, interval) => {
    const base = mkdtempSync(join(tmpdir(), 'marsad-lock-race-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    for (let r = 0; r < rounds; r++) {
      mkdirSync(join(base, String(r)));
      writeFileSync(join(base, String(r), 'marsad.lock'), String(dead));
    }
    const children = Array.from({ length: racers }, () =>
      spawn(process.execPath, ['--import', 'tsx', CHILD, base, String(rounds), String(interval)], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const outputs = children.map(linesOf);
    try {
      await waitUntil(() => outputs.every((o) => o[0] === 'ready'));
      const go = Date.now() + 300;
      for (const c of children) c.stdin!.write(`go ${go}\n`);
      await waitUntil(() => outputs.every((o) => o.length === rounds + 1));
      for (let r = 0; r < rounds; r++) {
        const takers = outputs.filter((o) => o.includes(`${r} got`)).length;
        expect(takers, `folder ${r}`).toBe(1);
      }
    } finally {
      // The racers hold their locks until now, so every lock taken stayed held by a live process throughout.
      for (const c of children) c.stdin!.end('exit\n');
    }
  }, 180_000);
});

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((r) => setTimeout(r, 20));
}

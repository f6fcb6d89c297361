// A real `marsad serve` child process on a free port, for tests and the benchmark of the CLI beside it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BIN = resolve('bin/marsad.js');

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** SIGTERM, resolved when the process has exited. */
  stop(): Promise<void>;
}

/** Start `marsad --db DB serve --port 0` and resolve once it has announced its URL in the folder. */
export async function startServe(db: string, env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<ServeProcess> {
  const child = spawn('node', [BIN, '--db', db, 'serve', '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const file = join(db, 'marsad-server.json');
  const started = Date.now();
  while (!existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`marsad serve exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`marsad serve did not announce itself within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url: string };
  return {
    child,
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

// A running `marsad serve` announces itself in its PGlite folder, so the query commands can ask it instead of
// opening the folder the server holds (PGlite allows one process per folder).
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { processAlive } from '../store/pglite/lock.ts';

const SERVER_FILE = 'marsad-server.json';

interface Announcement {
  pid: number;
  url: string;
}

/** The base URL a local client reaches a server at: a wildcard bind is reached on loopback. */
export function localUrl(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${address.family === 'IPv6' || host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * Write the server's URL into the data folder; the returned function removes it (when the server closes).
 * @example const withdraw = announceServer('./marsad-data', 'http://127.0.0.1:8080'); … withdraw();
 */
export function announceServer(dir: string, url: string): () => void {
  const file = join(dir, SERVER_FILE);
  // Written whole under another name and renamed, so a reader never sees half of it.
  writeFileSync(`${file}.${process.pid}`, JSON.stringify({ pid: process.pid, url } satisfies Announcement) + '\n');
  renameSync(`${file}.${process.pid}`, file);
  return () => {
    // Only our own announcement: a later server may have replaced it.
    if (read(file)?.pid === process.pid) rmSync(file, { force: true });
  };
}

/**
 * The URL of the server announced in the folder while its process lives, else null (none, or a leftover
 * of a server that was killed).
 * @example runningServer('./marsad-data') // 'http://127.0.0.1:8080'
 */
export function runningServer(dir: string): string | null {
  const found = read(join(dir, SERVER_FILE));
  return found && processAlive(found.pid) ? found.url : null;
}

function read(file: string): Announcement | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<Announcement>;
    return Number.isInteger(value.pid) && typeof value.url === 'string' ? (value as Announcement) : null;
  } catch {
    return null;
  }
}

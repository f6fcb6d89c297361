// The built-in dictionaries and language tables compiled once into one file (dist/resources.bin, V8
// serialization), keyed by a hash of every file they are read and compiled from, so a process starts by
// reading one file instead of parsing and expanding the YAML. `npm run build` writes it; a run that finds it
// missing or stale compiles from the sources and writes it again.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESOURCE_ARTIFACT = join(ROOT, 'dist', 'resources.bin');
/** What the compiled resources depend on: the data, and the TypeScript that reads and compiles it. */
export const RESOURCE_SOURCES = ['dict', 'lang', 'src'].map((d) => join(ROOT, d));

const MAGIC = 'marsad-resources/1';

/**
 * A hash of every data file under `dirs` and every TypeScript module that is not a test, with its path, and
 * of the V8 version whose serialization format the artifact uses.
 * @example sourceHash(RESOURCE_SOURCES) // 'e3b0c442…'
 */
export function sourceHash(dirs: readonly string[]): string {
  const hash = createHash('sha256').update(process.versions.v8);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && counts(e.name)) hash.update(`\0${relative(ROOT, path)}\0`).update(readFileSync(path));
    }
  };
  for (const dir of dirs) walk(dir);
  return hash.digest('hex');
}

/** Data and code files; tests and notes do not change what the loaders compile. */
function counts(name: string): boolean {
  return /\.(ts|ya?ml|json|txt|csv)$/.test(name) && !name.endsWith('.test.ts');
}

/**
 * The value stored in `file` under `key`, or else `compile()`'s result, stored there for the next process.
 * A file that cannot be written (a read-only install) only costs the compile.
 * @example cachedCompile(RESOURCE_ARTIFACT, sourceHash(RESOURCE_SOURCES), () => compileResources([]))
 */
export function cachedCompile<T>(file: string, key: string, compile: () => T): T {
  const stored = readArtifact(file, key);
  if (stored !== undefined) return stored as T;
  const value = compile();
  try {
    writeArtifact(file, key, value);
  } catch {
    // Not writable here: the next process compiles again.
  }
  return value;
}

function readArtifact(file: string, key: string): unknown {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = `${MAGIC} ${key}\n`;
  if (buf.length <= header.length || buf.toString('latin1', 0, header.length) !== header) return undefined;
  return deserialize(buf.subarray(header.length));
}

/** Written beside and renamed over, so a process reading it meanwhile sees the old file or the new one. */
export function writeArtifact(file: string, key: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC} ${key}\n`, 'latin1'), serialize(value)]));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

// `npm run build:cli` (run by `prepare`, so `npm ci` and a fresh clone get it): bundles the CLI and the ingest
// worker into dist/cli/ and compiles the built-in dictionaries into dist/resources.bin, so `marsad` starts
// without tsx or YAML. bin/launch.mjs runs the bundle only while none of its sources changed since.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'cli');
const ENTRIES = { main: 'src/cli/main.ts', worker: 'src/ingest/worker.ts', resources: 'src/pipeline/compiled-build.ts' };
/** Chunks a build no longer uses are removed once this old: a process started earlier may still load them. */
const STALE_CHUNK_MS = 24 * 3600 * 1000;

/**
 * Modules find their data beside their source (dict/, lang/, migrations/, the dashboard) from
 * import.meta.url; in the bundle that URL is the chunk's, so each module gets its source file's URL back.
 */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(OUT, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

const builtAt = Date.now();
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, path])),
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunk-[hash]',
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [sourceUrls],
});

// Chunks are named by content, so they are written beside the ones a running process may still load;
// entries and the manifest are renamed into place, so a reader sees the old build or the new one.
mkdirSync(OUT, { recursive: true });
const entries = {};
const written = new Set(['manifest.json']);
for (const file of result.outputFiles) {
  const name = basename(file.path);
  written.add(name);
  const entry = Object.keys(ENTRIES).find((e) => name === `${e}.mjs`);
  if (entry) entries[entry] = name;
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
}
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/')).sort();
const manifest = join(OUT, 'manifest.json');
writeFileSync(`${manifest}.${process.pid}.tmp`, `${JSON.stringify({ builtAt, entries, inputs }, null, 1)}\n`);
renameSync(`${manifest}.${process.pid}.tmp`, manifest);
for (const name of readdirSync(OUT)) {
  const path = join(OUT, name);
  if (!written.has(name) && Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) rmSync(path, { force: true });
}

const { writeResourceArtifact } = await import(pathToFileURL(join(OUT, entries.resources)).href);
const t0 = Date.now();
writeResourceArtifact();
console.log(`built dist/cli (${inputs.length} modules) and dist/resources.bin in ${((Date.now() - builtAt) / 1000).toFixed(1)} s (dictionaries ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

// Starts an entry point from the bundle `npm run build` wrote to dist/cli/ when it is fresh, else from the
// TypeScript through tsx, so an edited checkout never runs stale code and a built one starts in milliseconds.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle of `name` under `root`/dist/cli when every source it was built from is unchanged since the build, else null.
 * @example builtEntry('main') // '/…/dist/cli/main.mjs' after `npm run build`, null once a source is edited
 */
export function builtEntry(name, root = ROOT) {
  const dir = join(root, 'dist', 'cli');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  const file = manifest.entries?.[name];
  if (!file) return null;
  for (const input of manifest.inputs) {
    let mtime;
    try {
      mtime = statSync(join(root, input)).mtimeMs;
    } catch {
      return null;
    }
    if (mtime > manifest.builtAt) return null;
  }
  return join(dir, file);
}

/**
 * Import `name` (an entry of scripts/build.mjs) built if fresh, else `source` (relative to the checkout) via tsx.
 * MARSAD_NO_BUILD=1 forces the TypeScript, for comparing the two.
 */
export async function launch(name, source) {
  const built = process.env.MARSAD_NO_BUILD ? null : builtEntry(name);
  if (built) return import(pathToFileURL(built).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(ROOT, source)).href);
}

// The compiled resources: read back as compiled while their sources are unchanged, recompiled when one changes.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cachedCompile, RESOURCE_ARTIFACT, RESOURCE_SOURCES, sourceHash } from './compiled.ts';
import { compileResources, loadResources } from './resources.ts';
import { builtEntry } from '../../bin/launch.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'marsad-compiled-'));

describe('cachedCompile', () => {
  it('compiles once per key and reads the stored value back with its maps, sets and shared objects', () => {
    const file = join(tmp(), 'out.bin');
    let compiles = 0;
    const compile = () => {
      compiles++;
      const entry = { id: 'state.FRD', names: ['فريدونيا'] };
      return { byKey: new Map([['فريدونيا', [entry]]]), ids: new Set(['state.FRD']), entry };
    };
    cachedCompile(file, 'k1', compile);
    const back = cachedCompile(file, 'k1', compile);
    expect(compiles).toBe(1);
    expect(back.byKey.get('فريدونيا')).toEqual([{ id: 'state.FRD', names: ['فريدونيا'] }]);
    expect(back.byKey.get('فريدونيا')![0]).toBe(back.entry);
    expect(back.ids.has('state.FRD')).toBe(true);
    cachedCompile(file, 'k2', compile);
    expect(compiles).toBe(2);
  });

  it('still returns the compiled value where the artifact cannot be written', () => {
    const blocker = join(tmp(), 'file');
    writeFileSync(blocker, '');
    expect(cachedCompile(join(blocker, 'out.bin'), 'k', () => 42)).toBe(42);
  });
});

describe('sourceHash', () => {
  const tree = () => {
    const dir = tmp();
    mkdirSync(join(dir, 'verbs'));
    writeFileSync(join(dir, 'verbs', 'attack.yaml'), '- { id: a }\n');
    writeFileSync(join(dir, 'loader.ts'), 'export {};\n');
    return dir;
  };
  it.each([
    ['a data file is edited', true, (d: string) => writeFileSync(join(d, 'verbs', 'attack.yaml'), '- { id: b }\n')],
    ['a data file is added', true, (d: string) => writeFileSync(join(d, 'verbs', 'more.json'), '[]')],
    ['the compiling code is edited', true, (d: string) => writeFileSync(join(d, 'loader.ts'), 'export const x = 1;\n')],
    ['a test is edited', false, (d: string) => writeFileSync(join(d, 'loader.test.ts'), 'x')],
    ['a note is added', false, (d: string) => writeFileSync(join(d, 'NOTES.md'), 'x')],
  ])('when %s, the hash changes: %s', (_what, changes, change) => {
    const dir = tree();
    const before = sourceHash([dir]);
    change(dir);
    expect(sourceHash([dir]) !== before).toBe(changes);
  });
});

describe('loadResources', () => {
  it('gives exactly what compiling the current sources gives, and leaves their artifact behind', () => {
    const loaded = loadResources({ attachment: 'rules' });
    expect(isDeepStrictEqual(loaded, compileResources([]))).toBe(true);
    expect(readFileSync(RESOURCE_ARTIFACT, 'latin1').startsWith(`marsad-resources/1 ${sourceHash(RESOURCE_SOURCES)}\n`)).toBe(true);
  });
});

describe('builtEntry', () => {
  const built = () => {
    const root = tmp();
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'main.ts'), '');
    utimesSync(join(root, 'src', 'main.ts'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    writeFileSync(join(root, 'dist', 'cli', 'manifest.json'), JSON.stringify({ builtAt: Date.now() - 1000, entries: { main: 'main.mjs' }, inputs: ['src/main.ts'] }));
    return root;
  };
  it('runs the bundle while its sources are older than the build', () => {
    const root = built();
    expect(builtEntry('main', root)).toBe(join(root, 'dist', 'cli', 'main.mjs'));
    expect(builtEntry('worker', root)).toBeNull();
  });
  it.each([
    ['a source was edited after the build', (root: string) => writeFileSync(join(root, 'src', 'main.ts'), 'export {};')],
    ['a source was removed', (root: string) => writeFileSync(join(root, 'dist', 'cli', 'manifest.json'), JSON.stringify({ builtAt: Date.now(), entries: { main: 'main.mjs' }, inputs: ['src/gone.ts'] }))],
    ['there is no build', (root: string) => writeFileSync(join(root, 'dist', 'cli', 'manifest.json'), 'not json')],
  ])('falls back to the TypeScript when %s', (_what, change) => {
    const root = built();
    change(root);
    expect(builtEntry('main', root)).toBeNull();
  });
});

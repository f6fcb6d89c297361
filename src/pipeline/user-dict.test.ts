// One user folder extends both dictionaries: actors and event patterns, end to end through the pipeline.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from './index.ts';

const ACTORS = `
- { id: state.FRD, code: FRD, kind: state, names: { ar: [فريدونيا], en: [Freedonia] } }
- { id: state.SYL, code: SYL, kind: state, names: { ar: [سيلفانيا], en: [Sylvania] } }
`;
const PATTERNS = `
- { id: ar.user.blockade, lang: ar, cameo: '191', verbs: [حاصر], nouns: [حصار], target: object }
- { id: en.user.blockade, lang: en, cameo: '191', verbs: [blockade], nouns: [blockade], target: object }
`;

function folder(layout: 'subfolders' | 'top-level'): string {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-dict-'));
  if (layout === 'top-level') {
    writeFileSync(join(dir, 'desk.yaml'), ACTORS + PATTERNS);
  } else {
    mkdirSync(join(dir, 'actors'));
    mkdirSync(join(dir, 'verbs'));
    writeFileSync(join(dir, 'actors', 'states.yaml'), ACTORS);
    writeFileSync(join(dir, 'verbs', 'blockade.yaml'), PATTERNS);
  }
  return dir;
}

const events = async (dictDirs: string[], text: string) =>
  ((await createPipeline({ dictDirs })).code({ id: 'u1', text, published: '2031-03-04' }).events ?? []).map((e) => `${e.source}>${e.target}:${e.cameo}`);

describe('user dictionary folders', () => {
  it.each(['subfolders', 'top-level'] as const)('add actors and patterns laid out in %s', async (layout) => {
    const dir = folder(layout);
    expect(await events([dir], 'Freedonia blockaded Sylvania on Monday.')).toContain('FRD>SYL:191');
    expect(await events([dir], 'حاصرت فريدونيا سيلفانيا يوم الاثنين.')).toContain('FRD>SYL:191');
  });

  it('codes nothing for the new names without the folder', async () => {
    expect(await events([], 'Freedonia blockaded Sylvania on Monday.')).toEqual([]);
  });
});

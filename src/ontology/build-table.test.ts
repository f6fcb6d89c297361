import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCodebookCsv, parseCsv } from './codebook-csv.ts';
import { parsePloverTable } from './plover-map.ts';
import { quadClassOfRoot, renderCameoTable } from './build-table.ts';
import { DataError } from '../errors.ts';

const shared = resolve(process.cwd(), '../shared/ontology');

describe('building the CAMEO table', () => {
  it('reproduces the checked-in cameo-table.ts from the shared sources', () => {
    const rows = parseCodebookCsv(readFileSync(resolve(shared, 'cameo-codes.csv'), 'utf8'));
    const plover = parsePloverTable(readFileSync(resolve(shared, 'CAMEO2PLOVER-2021.txt'), 'utf8'));
    const checkedIn = readFileSync(resolve(process.cwd(), 'src/ontology/cameo-table.ts'), 'utf8');
    expect(renderCameoTable(rows, plover).source).toBe(checkedIn);
  });

  it('splits quoted CSV fields with commas, doubled quotes and CRLF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"']]);
  });

  it('refuses a codebook row whose root does not prefix its code', () => {
    expect(() => parseCodebookCsv('code,root,name,goldstein\n173,18,Arrest,-5\n')).toThrow(DataError);
  });

  it('refuses a codebook row without a numeric Goldstein value', () => {
    expect(() => parseCodebookCsv('code,root,name,goldstein\n173,17,Arrest,\n')).toThrow(/goldstein/);
  });

  it('reads PLOVER lines with blank modes, several contexts and comments, keeping the first of repeated codes', () => {
    const { mappings, notes } = parsePloverTable(
      '# header\n09: ACCUSE\n094: ACCUSE, investigate, military; legal # war crimes\n' +
        '040: CONSULT, ,  # Consult\n09: RETREAT\n~~~\n',
    );
    expect(mappings.get('094')).toEqual({ type: 'ACCUSE', mode: 'investigate', context: ['military', 'legal'] });
    expect(mappings.get('040')).toEqual({ type: 'CONSULT', mode: null, context: [] });
    expect(mappings.get('09')?.type).toBe('ACCUSE');
    expect(notes).toHaveLength(1);
  });

  it('refuses a PLOVER line it cannot read', () => {
    expect(() => parsePloverTable('173 COERCE arrest\n')).toThrow(DataError);
  });

  it.each([
    ['01', 1], ['05', 1], ['06', 2], ['09', 2], ['10', 3], ['14', 3], ['15', 4], ['20', 4],
  ] as const)('assigns root %s to QuadClass %i', (root, quad) => {
    expect(quadClassOfRoot(root)).toBe(quad);
  });
});

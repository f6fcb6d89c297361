import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCameoCodes, cameoInfo, goldsteinOf, isCameoCode, quadClassOf, rootOf } from './index.ts';
import { parseCodebookCsv } from './codebook-csv.ts';

const csvPath = resolve(process.cwd(), '../shared/ontology/cameo-codes.csv');
const codebook = parseCodebookCsv(readFileSync(csvPath, 'utf8'), csvPath);

describe('CAMEO table', () => {
  it('has exactly the twenty roots 01–20', () => {
    const roots = allCameoCodes().filter((c) => c.length === 2);
    expect(roots).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('gives every code a root that is itself in the table and prefixes the code', () => {
    for (const code of allCameoCodes()) {
      const root = rootOf(code);
      expect(root && code.startsWith(root) && isCameoCode(root), code).toBe(true);
    }
  });

  it('holds every codebook code, with the codebook name and Goldstein value', () => {
    expect(allCameoCodes()).toEqual(codebook.map((r) => r.code));
    for (const row of codebook) {
      expect(cameoInfo(row.code), row.code).toMatchObject({ name: row.name, root: row.root, goldstein: row.goldstein });
    }
  });

  it.each([
    ['0231', '02', 1],
    ['057', '05', 1],
    ['061', '06', 2],
    ['0874', '08', 2],
    ['094', '09', 2],
    ['10', '10', 3],
    ['111', '11', 3],
    ['1413', '14', 3],
    ['150', '15', 4],
    ['1823', '18', 4],
    ['2042', '20', 4],
  ] as const)('puts %s under root %s in QuadClass %i', (code, root, quad) => {
    expect(rootOf(code)).toBe(root);
    expect(quadClassOf(code)).toBe(quad);
  });

  it.each(['111', '173', '190', '036', '0233'])('reads the Goldstein value of %s as the CSV states it', (code) => {
    const row = codebook.find((r) => r.code === code);
    expect(row).toBeDefined();
    expect(goldsteinOf(code)).toBe(row!.goldstein);
  });

  it.each([
    ['173', { type: 'COERCE', mode: 'arrest', context: ['legal'] }],
    ['112', { type: 'ACCUSE', mode: 'disapprove', context: [] }],
    ['1124', { type: 'ACCUSE', mode: 'allege', context: ['military', 'legal'] }],
    ['0871', { type: 'RETREAT', mode: 'ceasefire', context: ['military'] }],
    ['040', { type: 'CONSULT', mode: null, context: [] }],
    ['163', { type: 'COERCE', mode: 'restrict', context: ['diplomatic'] }],
  ] as const)('maps %s to its PLOVER type and mode', (code, plover) => {
    expect(cameoInfo(code)?.plover).toEqual(plover);
  });

  it('has no PLOVER mapping for statements and appeals', () => {
    expect(cameoInfo('010')?.plover).toBeNull();
    expect(cameoInfo('0233')?.plover).toBeNull();
  });

  it.each(['', '1', '21', '999', '1799', '0a1', 'toString', '__proto__'])('rejects %j as a CAMEO code', (code) => {
    expect(isCameoCode(code)).toBe(false);
    expect(cameoInfo(code)).toBeUndefined();
    expect(rootOf(code)).toBeUndefined();
    expect(goldsteinOf(code)).toBeUndefined();
  });
});

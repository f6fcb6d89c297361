// Renders Marsad's CAMEO table (cameo-table.ts) from the codebook rows and the PLOVER conversion table.
import { DataError } from '../errors.ts';
import type { CodebookRow } from './codebook-csv.ts';
import type { PloverTable } from './plover-map.ts';

export type QuadClass = 1 | 2 | 3 | 4;

/** GDELT's QuadClass from the root: 01–05 verbal coop., 06–09 material coop., 10–14 verbal conflict, 15–20 material conflict. */
export function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new RangeError(`"${root}" is not a CAMEO root (01–20)`);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

const HEADER = `// CAMEO event codes with name, root, QuadClass, Goldstein value and PLOVER mapping. GENERATED: do not edit.
// Regenerate with \`npx tsx scripts/build-ontology.ts\` from
//   - ../shared/ontology/cameo-codes.csv: CAMEO 1.1b3 codes, names and Goldstein values, from the machine-readable
//     CAMEO codebook in the andybega/icews repository (MIT);
//   - ../shared/ontology/CAMEO2PLOVER-2021.txt: CAMEO → PLOVER conversion (type, mode, context), PLOVER manual
//     draft 0.8 of 17 September 2021, openeventdata/PLOVER (CC BY-SA 4.0);
//   - QuadClass from the root as GDELT defines it (1: 01–05, 2: 06–09, 3: 10–14, 4: 15–20).
// Codes absent from the PLOVER table (statements 01x and appeals 02x) have plover: null.
`;

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Render the table's TypeScript source; `notes` lists PLOVER lines that were not used.
 * @example renderCameoTable(parseCodebookCsv(csv), parsePloverTable(txt)).source
 */
export function renderCameoTable(rows: CodebookRow[], plover: PloverTable): { source: string; notes: string[] } {
  const codes = new Set(rows.map((r) => r.code));
  const roots = rows.filter((r) => r.code.length === 2);
  if (roots.length !== 20) throw new DataError('cameo-codes.csv', `expected 20 root codes, found ${roots.length}`);
  for (const r of rows) {
    if (!codes.has(r.root)) throw new DataError('cameo-codes.csv', `code ${r.code} has root ${r.root}, which is not listed`);
  }
  const notes = [...plover.notes];
  for (const code of plover.mappings.keys()) {
    if (!codes.has(code)) notes.push(`PLOVER maps ${code}, which the codebook does not list; skipped`);
  }
  const lines = rows.map((r) => {
    const p = plover.mappings.get(r.code);
    const pl = p
      ? `{ type: ${quote(p.type)}, mode: ${p.mode === null ? 'null' : quote(p.mode)}, context: [${p.context.map(quote).join(', ')}] }`
      : 'null';
    return `  ${quote(r.code)}: { name: ${quote(r.name)}, root: ${quote(r.root)}, quadClass: ${quadClassOfRoot(r.root)}, goldstein: ${r.goldstein}, plover: ${pl} },`;
  });
  const source = `${HEADER}
export const CAMEO_TABLE = {
${lines.join('\n')}
} as const;
`;
  return { source, notes };
}

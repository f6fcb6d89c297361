// Generates src/ontology/cameo-table.ts from the shared CAMEO codebook CSV and the CAMEO → PLOVER table.
// Usage: npx tsx scripts/build-ontology.ts [--check] [--csv PATH] [--plover PATH] [--out PATH]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCodebookCsv } from '../src/ontology/codebook-csv.ts';
import { parsePloverTable } from '../src/ontology/plover-map.ts';
import { renderCameoTable } from '../src/ontology/build-table.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    csv: { type: 'string', default: resolve(repoRoot, '../shared/ontology/cameo-codes.csv') },
    plover: { type: 'string', default: resolve(repoRoot, '../shared/ontology/CAMEO2PLOVER-2021.txt') },
    out: { type: 'string', default: resolve(repoRoot, 'src/ontology/cameo-table.ts') },
  },
});

const rows = parseCodebookCsv(readFileSync(values.csv, 'utf8'), values.csv);
const plover = parsePloverTable(readFileSync(values.plover, 'utf8'), values.plover);
const { source, notes } = renderCameoTable(rows, plover);
for (const note of notes) console.error(`note: ${note}`);

if (values.check) {
  let current = '';
  try {
    current = readFileSync(values.out, 'utf8');
  } catch {
    // a missing file is simply out of date
  }
  if (current !== source) {
    console.error(`${values.out} is out of date; run npx tsx scripts/build-ontology.ts`);
    process.exitCode = 1;
  } else console.log(`${values.out} is up to date (${rows.length} codes)`);
} else {
  writeFileSync(values.out, source);
  console.log(`wrote ${values.out}: ${rows.length} codes, ${plover.mappings.size} PLOVER mappings read`);
}

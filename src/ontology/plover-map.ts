// Reads the CAMEO → PLOVER conversion table (`CODE: TYPE, mode, context # comment` lines).
import { DataError } from '../errors.ts';

export interface PloverMapping {
  /** PLOVER event type, e.g. ACCUSE. */
  type: string;
  /** PLOVER mode, e.g. disapprove; null when the table leaves it blank. */
  mode: string | null;
  /** PLOVER context tags, e.g. ['military', 'legal']. */
  context: string[];
}

export interface PloverTable {
  mappings: Map<string, PloverMapping>;
  /** Lines skipped or overridden, for the build log (repeated codes: the first line wins). */
  notes: string[];
}

/**
 * Parse the conversion table. Section headings (`08: CONCEDE`) map the root code itself.
 * @example parsePloverTable('173: COERCE, arrest, legal # Arrest').mappings.get('173')?.mode // 'arrest'
 */
export function parsePloverTable(text: string, file = 'CAMEO2PLOVER-2021.txt'): PloverTable {
  const mappings = new Map<string, PloverMapping>();
  const notes: string[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '' || /^~+$/.test(line)) return;
    const m = /^(\d{2,4})\s*:\s*(.*)$/.exec(line);
    if (!m) throw new DataError(file, `line ${n + 1}: expected "CODE: TYPE, mode, context", found "${raw}"`);
    const [type = '', mode = '', context = ''] = m[2].split(',').map((s) => s.trim());
    if (!/^[A-Z]+$/.test(type)) throw new DataError(file, `line ${n + 1}: PLOVER type "${type}" is not an upper-case word`);
    const mapping: PloverMapping = {
      type,
      mode: mode === '' ? null : mode,
      context: context.split(';').map((s) => s.trim()).filter((s) => s !== ''),
    };
    const code = m[1];
    const earlier = mappings.get(code);
    if (earlier) {
      if (JSON.stringify(earlier) !== JSON.stringify(mapping)) {
        notes.push(`line ${n + 1}: ${code} repeated as ${type}; keeping ${earlier.type}`);
      }
      return;
    }
    mappings.set(code, mapping);
  });
  return { mappings, notes };
}

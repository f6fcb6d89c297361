// Reads the CAMEO codebook CSV (code, root, name, goldstein, …) into typed rows; descriptions are not kept.
import { DataError } from '../errors.ts';

export interface CodebookRow {
  code: string;
  root: string;
  name: string;
  goldstein: number;
}

/** Split CSV text into records of fields, honouring quotes, doubled quotes and CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.length > 1 || record[0] !== '') records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Parse the codebook CSV; `file` names it in errors.
 * @example parseCodebookCsv(readFileSync(path, 'utf8'), path).find((r) => r.code === '173')
 */
export function parseCodebookCsv(text: string, file = 'cameo-codes.csv'): CodebookRow[] {
  const [header, ...records] = parseCsv(text);
  if (!header) throw new DataError(file, 'is empty');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new DataError(file, `header has no "${name}" column (found: ${header.join(', ')})`);
    return i;
  };
  const [iCode, iRoot, iName, iGold] = [col('code'), col('root'), col('name'), col('goldstein')];
  const seen = new Set<string>();
  return records.map((r, n) => {
    const line = `row ${n + 2}`;
    const code = r[iCode]?.trim() ?? '';
    const root = r[iRoot]?.trim() ?? '';
    const goldstein = Number(r[iGold]);
    if (!/^\d{2,4}$/.test(code)) throw new DataError(file, `${line}: code "${code}" is not 2–4 digits`);
    if (root !== code.slice(0, 2)) throw new DataError(file, `${line}: root "${root}" does not prefix code ${code}`);
    if (!Number.isFinite(goldstein) || r[iGold]?.trim() === '') {
      throw new DataError(file, `${line}: goldstein "${r[iGold]}" is not a number`);
    }
    if (seen.has(code)) throw new DataError(file, `${line}: duplicate code ${code}`);
    seen.add(code);
    return { code, root, name: (r[iName] ?? '').trim(), goldstein };
  });
}

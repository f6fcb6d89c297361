// Writes stored events as GDELT 2.0 rows, JSON Lines, or PLOVER JSON objects, page by page.
import type { Writable } from 'node:stream';
import { InputError } from '../errors.ts';
import type { EventFilter, Store } from '../store/store.ts';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.ts';
import { jsonlRecord } from './jsonl.ts';
import { ploverRecord } from './plover.ts';
import { withActorNames, type ExportItem } from './record.ts';

export { GDELT_COLUMNS, gdeltRow } from './gdelt.ts';
export { jsonlRecord } from './jsonl.ts';
export { ploverRecord } from './plover.ts';

export const EXPORT_FORMATS = ['gdelt', 'jsonl', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** GDELT only: write the column names as a first line. */
  header?: boolean;
  /**
   * 'clusters': one record per happening (cluster representative, GDELT counts); 'events': every
   * coded mention. Default: clusters for gdelt, events for jsonl and plover. Clusters need recluster() first.
   */
  unit?: 'clusters' | 'events';
  /** Events read per store query. */
  pageSize?: number;
}

export interface ExportResult {
  written: number;
  /** Events PLOVER has no category for (CAMEO 01x and 02x). */
  skipped: number;
}

/** Write, waiting for the stream to drain; a stream that failed (a closed pipe, a full disk) stops the export. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (out.errored) throw out.errored;
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      out.off('error', onError);
      resolve();
    };
    const onError = (err: Error): void => {
      out.off('drain', onDrain);
      reject(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}

function render(format: ExportFormat, item: ExportItem, id: number): string | null {
  if (format === 'gdelt') return `${gdeltRow(item, id).join('\t')}\n`;
  if (format === 'jsonl') return `${JSON.stringify(jsonlRecord(item))}\n`;
  const record = ploverRecord(item);
  return record ? `${JSON.stringify(record)}\n` : null;
}

/**
 * Export every event matching `filter` (its limit and offset are ignored) to `out`; does not end `out`.
 * PLOVER output is JSON Lines too: one PLOVER object per line.
 * @example await exportEvents(store, 'gdelt', { actor: 'RUS', from: '2025-07-01' }, process.stdout)
 */
export async function exportEvents(
  store: Store,
  format: ExportFormat,
  filter: EventFilter,
  out: Writable,
  options: ExportOptions = {},
): Promise<ExportResult> {
  if (!EXPORT_FORMATS.includes(format)) throw new InputError('format', `expected one of ${EXPORT_FORMATS.join(', ')}, found "${format}"`);
  const unit = options.unit ?? (format === 'gdelt' ? 'clusters' : 'events');
  const pageSize = options.pageSize ?? 1000;
  const result: ExportResult = { written: 0, skipped: 0 };
  if (format === 'gdelt' && options.header) await write(out, `${GDELT_COLUMNS.join('\t')}\n`);
  for (let offset = 0; ; offset += pageSize) {
    const query = { sort: 'date' as const, ...filter, limit: pageSize, offset };
    const rows =
      unit === 'clusters'
        ? (await store.clusters(query)).items.map((c) => ({ id: c.id, event: c.event, counts: c }))
        : (await store.events(query)).items.map((e) => ({ id: e.id, event: e, counts: null }));
    const items = await withActorNames(store, rows);
    let chunk = '';
    items.forEach((item, i) => {
      const line = render(format, item, rows[i]!.id);
      if (line === null) result.skipped++;
      else {
        chunk += line;
        result.written++;
      }
    });
    if (chunk) await write(out, chunk);
    if (rows.length < pageSize) return result;
  }
}

// `marsad export`: write stored events as GDELT 2.0 rows, JSON Lines or PLOVER JSON.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { EXPORT_FORMATS, exportEvents, type ExportFormat, type ExportResult } from '../../export/index.ts';
import { globalOptions } from '../options.ts';
import { eventFilterFromFlags, withFilterOptions, type FilterFlags } from './events.ts';

interface ExportFlags extends FilterFlags {
  format: string;
  out?: string;
  header?: boolean;
  clusters?: boolean;
  mentions?: boolean;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('export stored events as GDELT 2.0 rows (one per happening), JSON Lines or PLOVER JSON (one per mention)')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`);
  withFilterOptions(cmd)
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--header', 'gdelt: write the column names as the first line')
    .option('--clusters', 'one record per happening (cross-article clusters), the gdelt default')
    .option('--mentions', 'one record per coded mention, the jsonl and plover default')
    .action(async (flags: ExportFlags, cmd: Command) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new InputError('--format', `expected one of ${EXPORT_FORMATS.join(', ')}, got "${flags.format}"`);
      }
      if (flags.clusters && flags.mentions) throw new InputError('--clusters', 'cannot be combined with --mentions');
      const format = flags.format as ExportFormat;
      const unit = flags.clusters ? 'clusters' : flags.mentions ? 'events' : format === 'gdelt' ? 'clusters' : 'events';
      const filter = eventFilterFromFlags(flags);
      const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
      if (flags.out) {
        await once(out, 'open').catch((err: Error) => {
          throw new InputError('--out', `cannot write ${flags.out}: ${err.message}`);
        });
      }
      // Later failures surface through exportEvents' writes; without a listener they would crash the process.
      out.on('error', () => {});
      // The store loads once the flags are known good, and never for --help.
      const { openStore } = await import('../../store/index.ts');
      const store = await openStore({ db: globalOptions(cmd).db });
      try {
        // Clusters are derived data: bring them up to date with what is stored before exporting them (only the
        // events not clustered yet: the result equals a full recluster).
        if (unit === 'clusters') await store.clusterPending();
        let result: ExportResult;
        try {
          result = await exportEvents(store, format, filter, out, { header: flags.header, unit });
        } catch (err) {
          // A reader that stops early (`| head`) closes the pipe: that ends the export, it is not a failure.
          if ((err as NodeJS.ErrnoException).code === 'EPIPE') return;
          throw err;
        }
        const { written, skipped } = result;
        const what = unit === 'clusters' ? 'happenings' : 'events';
        const note = skipped ? ` (${skipped} skipped: PLOVER has no category for CAMEO 01x/02x)` : '';
        process.stderr.write(`exported ${written} ${what} as ${format}${flags.out ? ` to ${flags.out}` : ''}${note}\n`);
      } finally {
        if (flags.out) {
          out.end();
          await finished(out);
        }
        await store.close();
      }
    });
}

// `marsad events`: query stored events as a table or JSON.
import type { Command } from 'commander';
import type { EventFilter } from '../../store/store.ts';
import { InputError } from '../../errors.ts';
import { isCalendarDate } from '../../store/date-range.ts';
import { globalOptions } from '../options.ts';
import { clip, renderTable } from '../table.ts';
import { openQueries } from '../queries.ts';

/** The filter flags of `events` and `export` (see withFilterOptions). */
export interface FilterFlags {
  actor?: string;
  dyad?: string;
  root?: string;
  cameo?: string;
  from?: string;
  to?: string;
  lang?: string;
  negated?: boolean;
}

interface EventsOptions extends FilterFlags {
  search?: string;
  limit: string;
  json?: boolean;
}

/** Turn CLI flags into a store filter, rejecting malformed values by name. */
export function eventFilterFromFlags(o: FilterFlags & { limit?: string }): EventFilter {
  const date = (flag: string, v?: string) => {
    if (v !== undefined && !isCalendarDate(v)) throw new InputError(flag, `expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists, got "${v}"`);
    return v;
  };
  let dyad: [string, string] | undefined;
  if (o.dyad) {
    const parts = o.dyad.split(',').map((s) => s.trim().toUpperCase());
    if (parts.length !== 2 || parts.some((p) => !p)) throw new InputError('--dyad', `expected two actor codes like AZE,RUS, got "${o.dyad}"`);
    dyad = [parts[0]!, parts[1]!];
  }
  if (o.root && !/^\d{2}$/.test(o.root)) throw new InputError('--root', `expected a two-digit CAMEO root like 17, got "${o.root}"`);
  if (o.cameo && !/^\d{2,4}$/.test(o.cameo)) throw new InputError('--cameo', `expected a CAMEO code like 173, got "${o.cameo}"`);
  if (o.lang && o.lang !== 'ar' && o.lang !== 'en') throw new InputError('--lang', `expected ar or en, got "${o.lang}"`);
  const limit = o.limit === undefined ? undefined : Number(o.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) throw new InputError('--limit', `expected a positive integer, got "${o.limit}"`);
  return {
    actor: o.actor?.toUpperCase(),
    dyad,
    root: o.root,
    cameo: o.cameo,
    from: date('--from', o.from),
    to: date('--to', o.to),
    lang: o.lang as EventFilter['lang'],
    includeNegated: o.negated,
    sort: 'date',
    limit,
  };
}

/** The event filter flags shared by `events` and `export`. */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'actor code on either side, e.g. RUS')
    .option('--dyad <a,b>', 'two actor codes, either direction, e.g. AZE,RUS')
    .option('--root <nn>', 'CAMEO root, e.g. 17')
    .option('--cameo <code>', 'CAMEO code or prefix, e.g. 173')
    .option('--from <date>', 'first event date (inclusive)')
    .option('--to <date>', 'last event date (inclusive)')
    .option('--lang <lang>', 'ar or en')
    .option('--negated', 'include negated events');
}

export function registerEvents(program: Command): void {
  const cmd = program
    .command('events')
    .description('list stored events');
  withFilterOptions(cmd)
    .option('--search <words>', 'words of the article (title and text): all of them; Arabic letter forms and English inflections folded')
    .option('--limit <n>', 'at most this many events', '200')
    .option('--json', 'print JSON')
    .action(async (opts: EventsOptions, cmd: Command) => {
      const filter = { ...eventFilterFromFlags(opts), text: opts.search };
      const queries = await openQueries(globalOptions(cmd).db!);
      try {
        const { total, totalExact, items } = await queries.events(filter);
        if (opts.json) {
          process.stdout.write(JSON.stringify({ total, totalExact, events: items }, null, 2) + '\n');
          return;
        }
        const rows = items.map((e) => [
          e.date ?? '',
          `${e.source ?? '—'}${e.source_sector ? '/' + e.source_sector : ''}`,
          `${e.target ?? '—'}${e.target_sector ? '/' + e.target_sector : ''}`,
          e.cameo,
          e.goldstein,
          e.negated ? 'not' : '',
          clip(e.trigger, 24),
          clip(e.quote, 70),
        ]);
        process.stdout.write(renderTable(['date', 'source', 'target', 'cameo', 'gs', 'neg', 'trigger', 'evidence'], rows) + '\n');
        process.stdout.write(`${items.length} of ${totalExact ? total : `${total}+`} events\n`);
      } finally {
        await queries.close();
      }
    });
}

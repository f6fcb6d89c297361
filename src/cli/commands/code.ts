// `marsad code FILE...|-`: print what Marsad reads in articles, without storing.
import type { Command } from 'commander';
import type { ArticleRecord, ReadOptions } from '../../ingest/text-file.ts';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';

export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code articles and print events, actors, dates and quantities as JSON (nothing is stored)')
    .argument('<files...>', 'plain-text (first line the title) or JSON article files; - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD, for resolving relative dates')
    .option('--lang <lang>', 'ar or en (detected when omitted)')
    .option('--explain', 'show why each event was coded and why near-misses were not')
    .option('--compact', 'one JSON object a line even for a single file')
    .action(async (files: string[], opts: { published?: string; lang?: string; explain?: boolean; compact?: boolean }, cmd: Command) => {
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) {
        throw new InputError('--published', `expected YYYY-MM-DD, got "${opts.published}"`);
      }
      if (opts.lang && opts.lang !== 'ar' && opts.lang !== 'en') throw new InputError('--lang', `expected ar or en, got "${opts.lang}"`);
      // Bad bytes replaced in a file are worth knowing but do not stop it: said on stderr, naming the file.
      const onWarning = (w: InputError) => process.stderr.write(`marsad: warning: ${w.message}\n`);
      const read: ReadOptions = { published: opts.published, lang: opts.lang as ReadOptions['lang'], onWarning };
      // The coder and the readers load once the flags are known good, and never for --help.
      const [{ createPipeline, toFormatJson }, { formatExplanations }] = await Promise.all([
        import('../../pipeline/index.ts'),
        import('../../code/explain.ts'),
      ]);
      const pipeline = await createPipeline({ dictDirs: globalOptions(cmd).dict });
      const records = (await Promise.all(files.map((f) => readRecords(f, read)))).flat();
      const single = records.length === 1 && !opts.compact;
      let failed = 0;
      // A bad record is named on stderr and the others are still coded; exit status 1 says some failed.
      const reject = (err: InputError) => {
        failed++;
        process.stderr.write(`marsad: not coded: ${err.message}\n`);
      };
      for (const r of records) {
        if (r instanceof InputError) {
          reject(r);
          continue;
        }
        let doc;
        try {
          doc = pipeline.code(r.article);
        } catch (err) {
          reject(new InputError(r.origin, err instanceof InputError ? err.detail : (err as Error).message, undefined, { cause: err }));
          continue;
        }
        if (opts.explain) {
          process.stdout.write(formatExplanations(doc) + '\n');
          continue;
        }
        const out = toFormatJson(doc);
        process.stdout.write((single ? JSON.stringify(out, null, 2) : JSON.stringify(out)) + '\n');
      }
      if (failed) process.exitCode = 1;
    });
}

/** The records of one file (or stdin for -), decoded as ingest decodes them: an unreadable or binary file is one failed record, not the end of the run. */
async function readRecords(file: string, read: ReadOptions): Promise<ArticleRecord[]> {
  const [{ articleRecords }, { readTextFile }] = await Promise.all([import('../../ingest/text-file.ts'), import('../../ingest/decode.ts')]);
  const name = file === '-' ? 'stdin' : file;
  let raw: string;
  try {
    raw = readTextFile(file === '-' ? 0 : file, name, read.onWarning);
  } catch (err) {
    if (err instanceof InputError) return [err];
    throw err;
  }
  return articleRecords(raw, name, read);
}

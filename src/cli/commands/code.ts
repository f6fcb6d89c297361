// `marsad code FILE...|-`: print what Marsad reads in articles, without storing.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createPipeline, toFormatJson } from '../../pipeline/index.ts';
import { parseArticles, readArticleFile, type ReadOptions } from '../../ingest/text-file.ts';
import { InputError } from '../../errors.ts';
import { globalOptions } from '../options.ts';
import { formatExplanations } from '../../code/explain.ts';

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
      const read: ReadOptions = { published: opts.published, lang: opts.lang as ReadOptions['lang'] };
      const pipeline = await createPipeline({ dictDirs: globalOptions(cmd).dict });
      const articles = files.flatMap((f) => (f === '-' ? parseArticles(readFileSync(0, 'utf8'), 'stdin', read) : readArticleFile(f, read)));
      const single = articles.length === 1 && !opts.compact;
      for (const article of articles) {
        const doc = pipeline.code(article);
        if (opts.explain) {
          process.stdout.write(formatExplanations(doc) + '\n');
          continue;
        }
        const out = toFormatJson(doc);
        process.stdout.write((single ? JSON.stringify(out, null, 2) : JSON.stringify(out)) + '\n');
      }
    });
}

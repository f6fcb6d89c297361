// `marsad eval [GOLD_DIR…] [--json]`: code every gold article and print precision, recall and F1 with why events
// were missed (low scores are not errors). With no folder: every gold set the project keeps, side by side.
import type { Command } from 'commander';
import type { EvalReport } from '../../eval/index.ts';
import { MarsadError } from '../../errors.ts';
import { globalOptions } from '../options.ts';

/** The gold sets `npm run eval` scores by default: the shared dev set, our own sets, and the real-news split. */
export const DEFAULT_GOLD_SETS = ['../shared/eval/dev', 'test/gold', 'test/gold-2', 'test/gold-news/dev', 'test/gold-news/test'];

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder on gold annotation files (FORMAT.md or stand-off), overall, per language and per miss reason')
    .argument('[gold-dirs...]', `folders of gold JSON files, searched recursively (default: ${DEFAULT_GOLD_SETS.join(', ')})`)
    .option('--json', 'print the whole report as JSON (with every missed and false event and its reason)')
    .action(async (dirs: string[], opts: { json?: boolean }, cmd: Command) => {
      // Loaded here, not at the top, so that --help and the other commands never load the coder.
      const [{ createPipeline, toFormatJson }, { evaluate, formatReport, formatSideBySide }] = await Promise.all([
        import('../../pipeline/index.ts'),
        import('../../eval/index.ts'),
      ]);
      const pipeline = await createPipeline({ dictDirs: globalOptions(cmd).dict });
      const sets = dirs.length ? dirs : DEFAULT_GOLD_SETS;
      const reports: [string, EvalReport][] = [];
      for (const dir of sets) {
        reports.push([
          dir,
          await evaluate(dir, (article) => {
            try {
              const doc = pipeline.code(article);
              return { ...toFormatJson(doc), explanations: doc.explanations };
            } catch (err) {
              if (err instanceof MarsadError) throw err;
              throw new MarsadError(`coding gold article ${article.id} failed: ${(err as Error).message}`, { cause: err });
            }
          }),
        ]);
      }
      if (opts.json) {
        const json = reports.length === 1 ? reports[0][1] : Object.fromEntries(reports);
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        process.stdout.write(reports.length === 1 ? formatReport(reports[0][1]) : formatSideBySide(reports));
      }
    });
}

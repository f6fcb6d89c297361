// `marsad eval GOLD_DIR [--json]`: code every gold article and print precision, recall and F1 (low scores are not errors).
import type { Command } from 'commander';
import { createPipeline, toFormatJson } from '../../pipeline/index.ts';
import { evaluate, formatReport } from '../../eval/index.ts';
import { MarsadError } from '../../errors.ts';
import { globalOptions } from '../options.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the coder on gold annotation files (FORMAT.md), overall and per language')
    .argument('<gold-dir>', 'folder of gold JSON files, searched recursively (e.g. ../shared/eval/dev)')
    .option('--json', 'print the whole report as JSON')
    .action(async (goldDir: string, opts: { json?: boolean }, cmd: Command) => {
      const pipeline = await createPipeline({ dictDirs: globalOptions(cmd).dict });
      const report = await evaluate(goldDir, (article) => {
        try {
          const doc = pipeline.code(article);
          return { ...toFormatJson(doc), explanations: doc.explanations };
        } catch (err) {
          if (err instanceof MarsadError) throw err;
          throw new MarsadError(`coding gold article ${article.id} failed: ${(err as Error).message}`, { cause: err });
        }
      });
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });
}

// The `marsad` command line: a thin shell over the library, one module per command.
import { Command, CommanderError, Option } from 'commander';
import { MarsadError, StoreUnavailableError } from '../errors.ts';
import { collect } from './options.ts';

const program = new Command('marsad')
  .description('Marsad (مرصد): political event data from Arabic and English news')
  .option('--db <path>', 'PGlite data folder (ignored when DATABASE_URL is set)', './marsad-data')
  .option('--dict <path>', 'user dictionary folder, or a PETRARCH/TABARI verb, actor, agent or discard file, added over the built-in ones (repeatable)', collect)
  .option('--max-article-bytes <n>', 'refuse articles longer than this many bytes of text (default 5000000)')
  .addOption(new Option('--attachment <how>', 'who decides source and target: the rules with the learned model for triggers they leave without parties (both, the default), the rules alone, or the model alone').choices(['both', 'rules', 'model']))
  .showHelpAfterError()
  .exitOverride();

type Register = (program: Command) => void;
/** Each command's module with the commands it registers, in help order. */
const COMMANDS: [string[], () => Promise<Register>][] = [
  [['code'], async () => (await import('./commands/code.ts')).registerCode],
  [['ingest', 'recode'], async () => (await import('./commands/ingest.ts')).registerIngest],
  [['watch'], async () => (await import('./commands/watch.ts')).registerWatch],
  [['enqueue', 'worker'], async () => (await import('./commands/queue.ts')).registerQueue],
  [['events'], async () => (await import('./commands/events.ts')).registerEvents],
  [['eval'], async () => (await import('./commands/eval.ts')).registerEval],
  [['dyad'], async () => (await import('./commands/dyad.ts')).registerDyad],
  [['alerts'], async () => (await import('./commands/alerts.ts')).registerAlerts],
  [['chains'], async () => (await import('./commands/chains.ts')).registerChains],
  [['network'], async () => (await import('./commands/network.ts')).registerNetwork],
  [['serve'], async () => (await import('./commands/serve.ts')).registerServe],
  [['export'], async () => (await import('./commands/export.ts')).registerExport],
  [['start'], async () => (await import('./commands/start.ts')).registerStart],
];

/** The command named on the command line, after the global options and their values. */
function commandName(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (['--db', '--dict', '--attachment', '--max-article-bytes'].includes(args[i]!)) i++;
    else if (!args[i]!.startsWith('-')) return args[i];
  }
  return undefined;
}

// Only the named command's module loads (every one for help or an unknown name): a query the running
// server answers must not first load the coder, the store and the web server.
const named = commandName(process.argv.slice(2));
const wanted = COMMANDS.filter(([names]) => named !== undefined && names.includes(named));
for (const [, load] of wanted.length ? wanted : COMMANDS) (await load())(program);
// These choices travel in the environment so ingest's worker threads and the server's coder make them too.
program.hook('preAction', async () => {
  const { attachment, maxArticleBytes } = program.opts<{ attachment?: string; maxArticleBytes?: string }>();
  if (attachment) process.env.MARSAD_ATTACHMENT = attachment;
  if (maxArticleBytes !== undefined) {
    // Checked here so that a bad value names the flag, not the variable it travels in.
    const { articleSizeLimit } = await import('../pipeline/article-size.ts');
    process.env.MARSAD_MAX_ARTICLE_BYTES = String(articleSizeLimit(maxArticleBytes, '--max-article-bytes'));
  }
});
// Subcommands inherit exitOverride so their usage errors come back here too.
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exitCode = err.exitCode;
  else if (err instanceof StoreUnavailableError) {
    process.stderr.write(`marsad: ${err.message}\nmarsad: the database is unavailable; run the command again once it is back (ingest skips what it already stored)\n`);
    process.exitCode = 3;
  } else if (err instanceof MarsadError) {
    process.stderr.write(`marsad: ${err.message}\n`);
    process.exitCode = 2;
  } else throw err;
}

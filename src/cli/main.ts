// The `marsad` command line: a thin shell over the library, one module per command.
import { Command, CommanderError } from 'commander';
import { MarsadError } from '../errors.ts';
import { collect } from './options.ts';
import { registerCode } from './commands/code.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEvents } from './commands/events.ts';
import { registerEval } from './commands/eval.ts';
import { registerDyad } from './commands/dyad.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerChains } from './commands/chains.ts';
import { registerNetwork } from './commands/network.ts';
import { registerServe } from './commands/serve.ts';
import { registerStart } from './commands/start.ts';
import { registerExport } from './commands/export.ts';

const program = new Command('marsad')
  .description('Marsad (مرصد): political event data from Arabic and English news')
  .option('--db <path>', 'PGlite data folder (ignored when DATABASE_URL is set)', './marsad-data')
  .option('--dict <folder>', 'user dictionary folder added over the built-in ones (repeatable)', collect)
  .showHelpAfterError()
  .exitOverride();

for (const register of [registerCode, registerIngest, registerEvents, registerEval, registerDyad, registerAlerts, registerChains, registerNetwork, registerServe, registerExport, registerStart]) {
  register(program);
}
// Subcommands inherit exitOverride so their usage errors come back here too.
for (const cmd of program.commands) cmd.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exitCode = err.exitCode;
  else if (err instanceof MarsadError) {
    process.stderr.write(`marsad: ${err.message}\n`);
    process.exitCode = 2;
  } else throw err;
}

// Global CLI options shared by every command: the store location and user dictionary folders.
import type { Command } from 'commander';

export interface GlobalOptions {
  db?: string;
  dict?: string[];
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

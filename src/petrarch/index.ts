// PETRARCH/TABARI dictionaries as a Marsad dictionary source: `--dict FILE` reads a verb, actor, agent or
// discard file in those formats (what TABARI and PETRARCH users already maintain), and the built-in
// dictionaries imported from the public ones go through the same readers (scripts/dict-import.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';

export { parsePetrarchVerbs, type VerbImport } from './verbs.ts';
export { parsePetrarchActors, type ActorImport } from './actors.ts';
export { parsePetrarchAgents, type AgentImport } from './agents.ts';
export { discardView, findDiscard, parseDiscards, type Discards } from './discards.ts';
export { mapActorCode } from './codes.ts';

export type PetrarchKind = 'verbs' | 'actors' | 'agents' | 'discards';

/** A PETRARCH-format file's text, kind and language, told from its content (and "discard" in its name). */
export function readPetrarchFile(file: string): { text: string; kind: PetrarchKind; lang: Lang } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DataError(file, 'cannot be read as a dictionary file', { cause });
  }
  const lang: Lang = /[\u0600-\u06FF]/.test(text.replace(/#.*$/gm, '')) ? 'ar' : 'en';
  const body = text.replace(/#.*$/gm, '');
  let kind: PetrarchKind;
  if (/^---.*\[[^\]]*\]\s*---/m.test(body)) kind = 'verbs';
  else if (/\[~[A-Z]+\]|\[[A-Z]+~\]/.test(body)) kind = 'agents';
  else if (/\[[A-Z]{3,}[^\]]*\]/.test(body)) kind = 'actors';
  else if (/discard/i.test(basename(file))) kind = 'discards';
  else throw new DataError(file, 'is not a dictionary folder, nor a PETRARCH verb, actor, agent or discard file');
  return { text, kind, lang };
}

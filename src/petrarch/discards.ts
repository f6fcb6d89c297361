// Reader for PETRARCH discard lists (Phoenix.discards.txt): phrases that stop coding of a sentence, or with a
// leading "+" of the whole story (sports results, film titles, historical chronologies).
import { cleanLines } from './lines.ts';

export interface Discards {
  /** Lower-case word sequences; one that ends with a space must end at a word boundary (a trailing "_" upstream). */
  sentence: string[];
  story: string[];
}

/** @example parseDiscards('+WORLD CUP\nBASEBALL\n').story // ['world cup'] */
export function parseDiscards(text: string): Discards {
  const out: Discards = { sentence: [], story: [] };
  for (const { text: l } of cleanLines(text)) {
    const story = l.startsWith('+');
    const body = l.replace(/^\+/, '').trim();
    const phrase = body.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (phrase) (story ? out.story : out.sentence).push(body.endsWith('_') ? `${phrase} ` : phrase);
  }
  return out;
}

/** The text as discard phrases are matched against it: lower case, punctuation as spaces, padded with spaces. */
export const discardView = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

/** The first discard phrase found in `view` (from discardView): a phrase starts at a word. */
export const findDiscard = (view: string, phrases: readonly string[]): string | undefined => phrases.find((p) => view.includes(` ${p}`));

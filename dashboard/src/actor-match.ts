// Matching what an analyst types against actor names and codes, for the actor picker: Arabic letters folded the way
// the pipeline folds article text (alef and hamza forms, ta marbuta, alef maqsura, diacritics, tatweel), Latin case ignored.

export interface ActorChoice {
  code: string;
  /** Names in every language (the interface's first). */
  names: string[];
  events: number;
}

/**
 * A name reduced to what a search should compare.
 * @example foldName('الإمارات') === foldName('الامارات') // true
 */
export function foldName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How well `choice` answers `query` (lower is better), or null when it does not. */
function rank(choice: ActorChoice, query: string): number | null {
  if (choice.code.toLowerCase().startsWith(query)) return 0;
  const names = choice.names.map(foldName);
  if (names.some((n) => n.startsWith(query))) return 1;
  // A later word of the name ("Arab Emirates"), or the name without the Arabic article (امارات for الإمارات).
  if (names.some((n) => n.split(' ').some((w) => w.startsWith(query) || w.replace(/^ال/, '').startsWith(query)))) return 2;
  return null;
}

/**
 * The choices matching a query, best first (code prefix, name prefix, word prefix), busier actors first among equals.
 * @example matchActors(choices, 'اذر').map((c) => c.code) // ['AZE']
 */
export function matchActors(choices: readonly ActorChoice[], query: string, max = 8): ActorChoice[] {
  const q = foldName(query);
  if (!q) return choices.slice().sort((a, b) => b.events - a.events).slice(0, max);
  return choices
    .map((c) => ({ c, r: rank(c, q) }))
    .filter((x): x is { c: ActorChoice; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || b.c.events - a.c.events || a.c.code.localeCompare(b.c.code))
    .slice(0, max)
    .map((x) => x.c);
}

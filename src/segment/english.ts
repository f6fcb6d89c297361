// English lemma candidates for lookup (verb and noun lemmas), via wink-lemmatizer.
import { createRequire } from 'node:module';

type Lemmatizer = typeof import('wink-lemmatizer').default;
let wink: Lemmatizer | undefined;
/** Loaded on first use: reading its lexicon takes 0.4 s, which `--help` and Arabic-only runs need not pay. */
const lemmatizer = (): Lemmatizer => (wink ??= createRequire(import.meta.url)('wink-lemmatizer') as Lemmatizer);

/**
 * Verb and noun lemma candidates of an English word (lower-cased), verb first; the word itself
 * is not repeated unless it is its own only lemma.
 * @example lemmatizeEnglish('sanctioned') // ['sanction']
 * @example lemmatizeEnglish('talks') // ['talk']
 */
export function lemmatizeEnglish(word: string): string[] {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(w)) return [w];
  // Possessive 's and trailing apostrophes are not part of the lemma.
  const bare = w.replace(/'s$|'$/, '');
  const out = new Set<string>();
  for (const lemma of [lemmatizer().verb(bare), lemmatizer().noun(bare), lemmatizer().adjective(bare)]) {
    if (lemma && lemma !== w) out.add(lemma);
  }
  if (bare !== w) out.add(bare);
  return out.size ? [...out] : [w];
}

/**
 * Whether an English word is a plural noun by its form (firms, men, becquerels); words that keep
 * their form in the plural (people) are the caller's to list.
 * @example isEnglishPlural('soldiers') === true
 */
export function isEnglishPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(w) || w.length < 3) return false;
  return nounLemma(w) !== w || /[a-z]{2}men$/.test(w);
}

/** Noun lemmas by word (news repeats its words; the lemmatizer is the slow part). */
const nounMemo = new Map<string, string>();
function nounLemma(w: string): string {
  let hit = nounMemo.get(w);
  if (hit === undefined) {
    if (nounMemo.size > 50_000) nounMemo.clear();
    nounMemo.set(w, (hit = lemmatizer().noun(w)));
  }
  return hit;
}

/**
 * Whether an English word is an inflected verb form that is no noun form (died, fled, killed).
 * @example isEnglishVerbForm('died') === true
 */
export function isEnglishVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  return nounLemma(w) === w && lemmatizer().verb(w) !== w;
}

// Multi-word table entries (كانون الأول، في المئة, "at least") matched against tokens, longest first.
import type { Token } from '../doc.ts';
import { normalizeKey } from '../normalize/normalize.ts';
import { DataError } from '../errors.ts';
import { tokenize } from './tokens.ts';

export interface PhraseTable<T> {
  /** Entries by their first word, longest first. */
  byFirst: Map<string, { words: string[]; value: T }[]>;
}

export interface PhraseHit<T> {
  /** One past the last token of the match. */
  end: number;
  value: T;
}

/** Words a prefix may hide in front of a table word: و ف (and), ب ل ك (prepositions), in pairs. */
const LIGHT_PREFIXES = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * A normalized word and its variants with a leading conjunction or preposition removed (ال kept).
 * @example lightForms('وبنحو') // ['وبنحو', 'بنحو', 'نحو']
 */
export function lightForms(norm: string): string[] {
  // Computed on each call: cheaper than a lookup in a memo holding every word of the news.
  const out = [norm];
  if (!mayHaveLightPrefix(norm)) return out;
  for (const p of LIGHT_PREFIXES) if (hasLightPrefix(norm, p)) out.push(norm.slice(p.length));
  return out;
}

/** First letters of the light prefixes (و ف ب ل ك): most words start otherwise and have no light form to try. */
const LIGHT_FIRST = new Set(LIGHT_PREFIXES.map((p) => p.charCodeAt(0)));

function mayHaveLightPrefix(norm: string): boolean {
  return LIGHT_FIRST.has(norm.charCodeAt(0));
}

/** Whether `norm` starts with the light prefix `p` and keeps two letters after it. */
function hasLightPrefix(norm: string, p: string): boolean {
  return norm.startsWith(p) && norm.length - p.length >= 2;
}

/**
 * `words` and each of them with the article ال: a set that answers for الخميس as for خميس, so a lookup of a
 * token's forms needs no slicing.
 * @example withArticle(['خميس']).has('الخميس') // true
 */
export function withArticle(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(w).add(`ال${w}`);
  return out;
}

/**
 * Whether a light form of `norm` (see lightForms) is in `words`; the forms are not listed, since this runs per token.
 * @example hasLightForm('وبنحو', new Set(['نحو'])) // true
 */
export function hasLightForm(norm: string, words: { has(word: string): boolean }): boolean {
  if (words.has(norm)) return true;
  if (!mayHaveLightPrefix(norm)) return false;
  for (const p of LIGHT_PREFIXES) if (hasLightPrefix(norm, p) && words.has(norm.slice(p.length))) return true;
  return false;
}

/**
 * Build a table from (phrase, value) pairs; phrases are normalized like article text.
 * @example buildPhraseTable([['في المئة', true]], 'numbers.yaml')
 */
export function buildPhraseTable<T>(pairs: Iterable<[string, T]>, file: string): PhraseTable<T> {
  const byFirst = new Map<string, { words: string[]; value: T }[]>();
  const seen = new Set<string>();
  for (const [phrase, value] of pairs) {
    const key = normalizeKey(String(phrase));
    if (!key) continue;
    if (seen.has(key)) throw new DataError(file, `duplicate entry "${phrase}"`);
    seen.add(key);
    const words = splitPhrase(key);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  }
  return { byFirst };
}

/** Split a normalized phrase the way the tokenizer splits text. */
function splitPhrase(key: string): string[] {
  const words = tokenize(key).map((t) => key.slice(t.start, t.end));
  return words.length ? words : [key];
}

/**
 * The longest entry starting at token i; the first word may carry a light prefix (وفي → في).
 * @example matchPhrase(tokens, 3, qualifiers)?.value === 'more than'
 */
export function matchPhrase<T>(tokens: readonly Token[], i: number, table: PhraseTable<T>, limit = tokens.length): PhraseHit<T> | null {
  const first = tokens[i];
  if (!first || i >= limit) return null;
  // The light forms in order (see lightForms), without listing them: this runs per token and table.
  const norm = first.norm;
  const hit = entryAt(tokens, i, table.byFirst.get(norm), limit);
  if (hit || !mayHaveLightPrefix(norm)) return hit;
  for (const p of LIGHT_PREFIXES) {
    const light = hasLightPrefix(norm, p) ? entryAt(tokens, i, table.byFirst.get(norm.slice(p.length)), limit) : null;
    if (light) return light;
  }
  return null;
}

/** The first of `entries` (longest first) whose later words follow token i. */
function entryAt<T>(tokens: readonly Token[], i: number, entries: { words: string[]; value: T }[] | undefined, limit: number): PhraseHit<T> | null {
  for (const entry of entries ?? []) {
    let ok = entry.words.length <= limit - i;
    for (let k = 1; ok && k < entry.words.length; k++) ok = tokens[i + k]!.norm === entry.words[k];
    if (ok) return { end: i + entry.words.length, value: entry.value };
  }
  return null;
}


// Dictionary lookup over tokens: at each token, the longest phrase whose first key is in the index.
import type { Lang, Token } from '../../doc.ts';
import type { LexItem, Pattern } from './dictionary.ts';
import { tokenKeys } from './keys.ts';

/** A dictionary phrase found at tokens [start, end). */
export interface Hit {
  start: number;
  end: number;
  item: LexItem;
  weak: boolean;
  /** The first key of the phrase (to find which clitics the first token carries). */
  key: string;
}

const NO_HITS: readonly Hit[] = [];

const PRIORITY: Record<LexItem['type'], number> = { name: 5, title: 4, head: 3, dyad: 2, demonym: 1 };

/** Keys by token spelling per language, with the analysis they were computed from (a token's keys follow from it). */
const keyCache: Record<Lang, Map<string, { norm: string; forms: readonly string[]; keys: Set<string> }>> = { ar: new Map(), en: new Map() };

/**
 * Keys of every token, computed once per document (and cached across documents by spelling). Tokens of one
 * spelling share their forms array (see segment/), which is never changed in place: the same array means the same forms.
 */
export function keysOf(tokens: Token[], lang: Lang): Set<string>[] {
  const cache = keyCache[lang];
  return tokens.map((t) => {
    let hit = cache.get(t.text);
    if (!hit || hit.norm !== t.norm || (hit.forms !== t.forms && !sameList(hit.forms, t.forms))) {
      if (cache.size > 100_000) cache.clear();
      hit = { norm: t.norm, forms: t.forms, keys: new Set(tokenKeys(t, lang)) };
      cache.set(t.text, hit);
    }
    return hit.keys;
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function caseOk(p: Pattern, tokens: Token[], at: number): boolean {
  if (p.caseRule === 'none') return true;
  if (p.caseRule === 'exact') {
    return p.surface.every((s, k) => tokens[at + k]!.text.replace(/['’]s$/, '') === s || tokens[at + k]!.text === s);
  }
  // A proper name: its first word that is not "the" starts with a capital letter.
  const k = p.surface[0]!.toLowerCase() === 'the' && p.surface.length > 1 ? 1 : 0;
  return /^\p{Lu}/u.test(tokens[at + k]!.text);
}

/** All phrases that match at token `at` (any length), longest first. */
export function matchesAt(
  tokens: Token[], keys: Set<string>[], at: number, end: number, indexes: Map<string, Pattern[]>[],
): readonly Hit[] {
  // Most tokens start no phrase: answer them without allocating.
  if (!startsAny(keys[at]!, indexes)) return NO_HITS;
  const out: Hit[] = [];
  // Each pattern sits in one list (a new object per phrase, see compileActorDictionary and learn): only when a
  // second list is reached (another key, another index) is a set of those tried needed.
  let tried: readonly Pattern[] | undefined;
  let seen: Set<Pattern> | undefined;
  for (const key of keys[at]!) {
    for (const index of indexes) {
      const list = index.get(key);
      if (!list) continue;
      if (tried) seen ??= new Set(tried);
      else tried = list;
      for (const p of list) {
        if (seen?.has(p) || at + p.keys.length > end) continue;
        seen?.add(p);
        let ok = true;
        for (let k = 1; k < p.keys.length && ok; k++) ok = keys[at + k]!.has(p.keys[k]!);
        if (ok && caseOk(p, tokens, at)) out.push({ start: at, end: at + p.keys.length, item: p.item, weak: p.weak, key: p.keys[0]! });
      }
    }
  }
  return out.sort((a, b) => b.end - a.end || PRIORITY[b.item.type] - PRIORITY[a.item.type]);
}

/** Whether any of a token's keys starts a phrase of any index (stops at the first that does). */
function startsAny(keys: Set<string>, indexes: Map<string, Pattern[]>[]): boolean {
  for (const key of keys) for (const index of indexes) if (index.has(key)) return true;
  return false;
}

/**
 * Longest-match hits over tokens [from, to), left to right, non-overlapping.
 * @example findHits(doc.tokens, keys, s.tokenStart, s.tokenEnd, [dict.index.ar])
 */
export function findHits(
  tokens: Token[], keys: Set<string>[], from: number, to: number, indexes: Map<string, Pattern[]>[],
): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to; ) {
    const best = tokens[i]!.punct ? undefined : matchesAt(tokens, keys, i, to, indexes)[0];
    if (best) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

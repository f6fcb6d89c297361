// English counted noun phrase after a number: modifiers up to the head noun ("five Thai soldiers",
// "two US defense firms", "at least one ballistic missile"), a glued unit ("817-km") and a rate ("per litre").
import type { Token } from '../../doc.ts';
import type { NumberData } from '../../../lang/index.ts';
import { isEnglishPlural, isEnglishVerbForm } from '../../segment/english.ts';

/** Modifier and head words the phrase may hold at most. */
const WINDOW = 4;
/** Adjective endings: a singular phrase runs through such words to the noun after them (one ballistic missile). */
const ADJECTIVE = /(?:ic|al|ive|ous|an|ese|ish|ful|less|ary|ile|ed|ern|ian)$/;

export interface NounPhrase {
  /** One past the last token of the phrase. */
  end: number;
  /** Index of the head noun. */
  head: number;
}

/** A word that may sit in a counted noun phrase (a modifier or the head). */
function inPhrase(t: Token | undefined, nd: NumberData): boolean {
  if (!t || t.punct || !/^\p{L}[\p{L}'’-]*$/u.test(t.text)) return false;
  if (nd.unitStopwords.has(t.norm) || nd.npBreaks.has(t.norm) || nd.rangeJoin.has(t.norm)) return false;
  return !/ly$/.test(t.norm) || t.norm.length <= 4;
}

export function isPluralHead(t: Token, nd: NumberData): boolean {
  // An acronym (US, EU) is a modifier, not a plural.
  if (/^\p{Lu}{2,}$/u.test(t.text)) return false;
  return nd.pluralHeads.has(t.norm) || isEnglishPlural(t.norm);
}

/**
 * The counted noun phrase starting at token k, or null when no word there can be counted.
 * With a count above one the head is the first plural noun in a short window; with one (or no
 * plural in reach) the phrase runs through adjective-like words to the first other word.
 */
export function countedNounPhrase(tokens: readonly Token[], k: number, limit: number, nd: NumberData, value: number): NounPhrase | null {
  if (k >= limit || !inPhrase(tokens[k], nd)) return null;
  if (value !== 1) {
    for (let j = k; j < Math.min(limit, k + WINDOW) && inPhrase(tokens[j], nd); j++) {
      if (isPluralHead(tokens[j]!, nd)) return { end: j + 1, head: j };
    }
    // No plural in reach: the word after the number, unless it is a verb (12 died).
    return isEnglishVerbForm(tokens[k]!.norm) ? null : { end: k + 1, head: k };
  }
  let j = k;
  while (j + 1 < Math.min(limit, k + WINDOW) && inPhrase(tokens[j + 1], nd) && (ADJECTIVE.test(tokens[j]!.norm) || /^\p{Lu}/u.test(tokens[j]!.text))) j++;
  return { end: j + 1, head: j };
}

/** "817-km": a unit glued to the number by a hyphen (no spaces); returns the end and the unit token. */
export function gluedUnit(tokens: readonly Token[], numberEnd: number, limit: number): number | null {
  const dash = tokens[numberEnd];
  const unit = tokens[numberEnd + 1];
  if (numberEnd + 1 >= limit || !dash || !unit || dash.norm !== '-' || unit.punct) return null;
  const prev = tokens[numberEnd - 1]!;
  return prev.end === dash.start && dash.end === unit.start && /^\p{Script=Latin}+$/u.test(unit.text) ? numberEnd + 2 : null;
}

/** "per litre" after a unit: one more noun joined by a rate word. */
export function rateTail(tokens: readonly Token[], k: number, limit: number, nd: NumberData): number {
  return k + 1 < limit && nd.perWords.has(tokens[k]!.norm) && inPhrase(tokens[k + 1], nd) ? k + 2 : k;
}

/** Whether the word at k can start a counted noun phrase. */
export function startsNounPhrase(tokens: readonly Token[], k: number, limit: number, nd: NumberData): boolean {
  return k < limit && inPhrase(tokens[k], nd);
}

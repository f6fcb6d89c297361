// Numbers that belong to a name: a digit number right after a proper name (غابون 24، فرنسا 24) is a name part.
import type { Token } from '../../doc.ts';
import type { LanguageData } from '../../../lang/index.ts';
import type { ActorDictionary } from '../actors/index.ts';
import { tokenKeys } from '../actors/keys.ts';
import { lightForms } from '../../segment/phrase-match.ts';
import { isPluralHead } from './noun-phrase.ts';

/** Whether the token is a one-word proper name of the actor dictionary (a state, person or organization). */
function isName(t: Token, lang: LanguageData, dict: ActorDictionary): boolean {
  const index = dict.index[lang.lang];
  return tokenKeys(t, lang.lang).some((k) => index.get(k)?.some((p) => p.keys.length === 1 && p.item.type === 'name'));
}

/**
 * Whether the digit number at tokens [start, end) is part of a name: it follows a proper name and no
 * counted noun follows it (قالت قناة غابون 24 إن… is a name; قتل في غزة 30 شخصا is a count).
 * @example numberInName(tokens, 4, 5, ar, dict) // "… قناة غابون 24 إن …" → true
 */
export function numberInName(tokens: readonly Token[], start: number, end: number, lang: LanguageData, dict: ActorDictionary | undefined): boolean {
  const prev = tokens[start - 1];
  if (!dict || !prev || prev.punct || prev.sentence !== tokens[start]!.sentence || !isName(prev, lang, dict)) return false;
  const next = tokens[end];
  if (!next || next.punct || next.sentence !== prev.sentence) return true;
  const forms = lightForms(next.norm);
  // An English count after a name is followed by its plural noun (in Gaza 30 people died).
  if (lang.lang === 'en') return !isPluralHead(next, lang.numbers);
  // An Arabic counted noun after a number is indefinite and no particle.
  return next.norm.startsWith('ال') || forms.some((f) => lang.numbers.unitStopwords.has(f) || f.startsWith('ال'));
}

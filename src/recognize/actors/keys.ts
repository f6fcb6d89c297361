// Lookup keys: dictionary words and text tokens reduced to the same comparable form.
import type { Lang, Token } from '../../doc.ts';
import { normalizeKey } from '../../normalize/index.ts';
import { tokenize } from '../../segment/tokens.ts';

const ARABIC = /[\u0600-\u06FF]/;

/** The comparable form of one normalized word: Arabic drops the article ال, English is lower-case. */
export function canon(word: string): string {
  if (ARABIC.test(word) && word.startsWith('ال') && word.length >= 4) return word.slice(2);
  return word;
}

/**
 * Split a dictionary phrase into the key sequence a text must show, with each token's original spelling.
 * @example phraseKeys('الولايات المتحدة').keys // ['ولايات', 'متحده']
 */
export function phraseKeys(phrase: string): { keys: string[]; surface: string[] } {
  const spans = tokenize(phrase);
  const surface = spans.map((s) => phrase.slice(s.start, s.end));
  return { keys: surface.map((w) => canon(normalizeKey(w))), surface };
}

/** True when a text token is definite: ال, لل, or an English "the" before it (checked by the caller). */
export function isDefinite(token: Token): boolean {
  const f = token.norm;
  return f.startsWith('ال') || f.startsWith('لل') || /^[وفبك]ال/.test(f) || (token.proclitics ?? []).includes('ال');
}

/** Every key a text token may stand for: its forms without clitics, without the article, without 's. */
export function tokenKeys(token: Token, lang: Lang): string[] {
  const out = new Set<string>();
  const add = (f: string) => {
    out.add(canon(f));
    if (f.startsWith('لل') && f.length > 3) out.add(canon('ال' + f.slice(2)));
  };
  add(token.norm);
  const taMarbuta = /ة[\u064B-\u065F]*$/.test(token.text);
  for (const f of token.forms) {
    // A stripped "my" (رئيسي → رئيس) or a ة read as the pronoun ه (مسؤولية → مسؤولي) is never a name.
    const at = token.norm.lastIndexOf(f);
    const suffix = at >= 0 ? token.norm.slice(at + f.length) : '';
    if (suffix === 'ي' || (suffix === 'ه' && taMarbuta)) continue;
    add(f);
  }
  if (lang === 'en' || !ARABIC.test(token.norm)) {
    const n = token.norm;
    if (/'s$/.test(n)) out.add(n.slice(0, -2));
    else if (/s'$/.test(n)) out.add(n.slice(0, -1));
  } else {
    // A word with a proclitic and the article glued (وبالصين) or a final alef variant.
    for (const f of [...out]) if (/^[وف]ل/.test(f) && f.length > 4) out.add(canon('ال' + f.slice(2)));
  }
  return [...out];
}

/** True when an English token carries a possessive 's. */
export function isPossessive(token: Token): boolean {
  return /['’]s$|s['’]$/.test(token.text);
}

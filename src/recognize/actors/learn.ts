// Names learned within one article: a holder's name after a title, and a known person's surname after the full name.
import type { Lang, Token } from '../../doc.ts';
import type { ActorDictionary, Pattern } from './dictionary.ts';
import type { Candidate } from './compose.ts';
import type { Hit } from './matcher.ts';
import { phraseKeys } from './keys.ts';

type Index = Map<string, Pattern[]>;

function add(index: Index, phrase: string, item: Pattern['item'], lang: Lang): void {
  const { keys, surface } = phraseKeys(phrase);
  const list = index.get(keys[0]!) ?? [];
  if (list.some((p) => p.keys.join(' ') === keys.join(' '))) return;
  list.push({ keys, surface, item, caseRule: lang === 'en' ? 'capital' : 'none', weak: false });
  index.set(keys[0]!, list);
}

/** Remember a person's name found after a title, in full and by surname, for later mentions. */
export function learn(index: Index, tokens: Token[], c: Candidate, lang: Lang): void {
  const { start, end } = c.learned!;
  const words = tokens.slice(start, end).map((t) => t.text);
  const phrases = [words.join(' '), ...(words.length > 1 && words.at(-1)!.length > 3 ? [words.at(-1)!] : [])];
  const entry = { id: `learned:${words.join(' ')}`, code: c.code ?? 'UNK', kind: 'person' as const, sector: c.sector, names: {} };
  for (const phrase of phrases) add(index, phrase, { type: 'name', entry }, lang);
}

/**
 * "الرئيس التونسي قيس سعيّد … وأضاف سعيّد": once a known person is named in full, the surname alone
 * (four letters or more, and no other dictionary phrase) refers to them for the rest of the article.
 */
export function learnSurname(index: Index, dict: ActorDictionary, tokens: Token[], name: Hit, lang: Lang): void {
  if (name.item.type !== 'name' || name.item.entry.kind !== 'person' || name.end - name.start < 2) return;
  const last = tokens[name.end - 1]!;
  if (last.punct || last.text.length < 4 || (lang === 'en' && !/^\p{Lu}/u.test(last.text))) return;
  const surname = phraseKeys(last.text).keys;
  if (surname.length !== 1 || (dict.index[lang].get(surname[0]!) ?? []).some((p) => p.keys.length === 1)) return;
  add(index, last.text, name.item, lang);
}

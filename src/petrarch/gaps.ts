// Imported actor names only where Marsad's own dictionary and grammar have nothing to say. PETRARCH's actor
// files code whole phrases ("Iraqi", "President Bush", "Fallujah" under IRQGOV), because PETRARCH has no
// grammar for "Iraqi forces" or "Iraqi President X"; in Marsad such a phrase would take the place of the
// composed mention (a demonym with its head, a title with its holder, a city named as a location) and lose
// the sector or the event. Measured on the real-news dev split: each Phoenix file alone lost more events than
// it gained until its names were limited to these gaps (dict/imported/MEASUREMENT.md).
import type { Lang } from '../doc.ts';
import type { ActorDictionary, ActorEntry, HeadDef, LexItem } from '../recognize/actors/dictionary.ts';
import { phraseKeys } from '../recognize/actors/keys.ts';

/** A built-in phrase that makes an imported name redundant or harmful when the name starts with it. */
const GRAMMAR: ReadonlySet<LexItem['type']> = new Set(['title', 'demonym', 'head', 'dyad']);
const GEOGRAPHY: ReadonlySet<ActorEntry['kind']> = new Set(['state', 'capital', 'place']);

/**
 * The entries with only the names the built-in dictionary `dict` leaves open: a name it already has (any
 * reading) or one that starts with a title, demonym or institution noun it composes is dropped, and an
 * entry that names a state, capital or place it knows (a country block listing its cities) is dropped whole.
 * @example gapsOnly(parsePetrarchActors(text, file, 'en').entries, loadActorDictionary([]), 'en')
 */
export function gapsOnly(entries: readonly ActorEntry[], dict: ActorDictionary, lang: Lang): { entries: ActorEntry[]; names: number; dropped: number } {
  const out: ActorEntry[] = [];
  let [names, dropped] = [0, 0];
  for (const e of entries) {
    const own = e.names[lang] ?? [];
    names += own.length;
    if (own.some((n) => builtinItems(dict, lang, n).some(isGeography))) {
      dropped += own.length;
      continue;
    }
    const open = own.filter((n) => !builtinItems(dict, lang, n).length && !startsWithGrammar(dict, lang, n));
    dropped += own.length - open.length;
    if (open.length) out.push({ ...e, names: { ...e.names, [lang]: open } });
  }
  return { entries: out, names, dropped };
}

const isGeography = (item: LexItem) => item.type === 'demonym' || (item.type === 'name' && GEOGRAPHY.has(item.entry.kind));

/** The built-in readings of exactly these words. */
function builtinItems(dict: ActorDictionary, lang: Lang, phrase: string): LexItem[] {
  const keys = keysOf(phrase);
  return (dict.index[lang].get(keys[0] ?? '') ?? [])
    .filter((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]))
    .map((p) => p.item);
}

/** "President Ghazi", "Iraqi Prime Minister X": a built-in title, demonym or head begins a longer name. */
function startsWithGrammar(dict: ActorDictionary, lang: Lang, phrase: string): boolean {
  const keys = keysOf(phrase);
  return (dict.index[lang].get(keys[0] ?? '') ?? []).some(
    (p) => p.keys.length < keys.length && GRAMMAR.has(p.item.type) && p.keys.every((k, i) => k === keys[i]),
  );
}

/** A phrase's keys without a leading article: the recognizer joins "the" to a name itself ("the UN"). */
function keysOf(phrase: string): string[] {
  const { keys } = phraseKeys(phrase);
  return keys.length > 1 && keys[0] === 'the' ? keys.slice(1) : keys;
}

/**
 * Imported agent nouns only where Marsad has no word of its own: a phrase any of whose words is a built-in
 * actor word (a head, title, demonym or name: "military officials", "interim president") or a trigger
 * (`isTrigger`: "warplanes" of "warplanes struck") is dropped, so the import adds nouns such as "investigators"
 * or "marines" that a demonym or a state may govern ("U.S. investigators"), and changes no phrase Marsad composes.
 * @example agentGaps(parsePetrarchAgents(text, file, 'en').heads, loadActorDictionary([]), (w) => verbs.index.en.has(w), 'en')
 */
export function agentGaps(heads: readonly HeadDef[], dict: ActorDictionary, isTrigger: (word: string) => boolean, lang: Lang): { heads: HeadDef[]; dropped: number } {
  // An English agent line gives a noun and its plural, and Marsad's words are listed in one number or the
  // other ("president", "warplanes"): a word is Marsad's when any of its number forms is.
  const numbers = (w: string) => (lang === 'en' ? [w, w.replace(/s$/, ''), `${w}s`] : [w]);
  const own = (phrase: string) => phraseKeys(phrase).surface.some((w) =>
    numbers(w.toLowerCase()).some((f) => isTrigger(f) || builtinItems(dict, lang, f).length > 0));
  let dropped = 0;
  const out: HeadDef[] = [];
  for (const h of heads) {
    const phrases = h[lang] ?? [];
    const open = phrases.filter((p) => !own(p));
    dropped += phrases.length - open.length;
    if (open.length) out.push({ ...h, [lang]: open });
  }
  return { heads: out, dropped };
}

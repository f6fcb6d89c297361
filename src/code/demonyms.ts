// Demonym adjectives as argument fillers: "هجوم أوكراني", "الحرب الروسية", "the North Korean action".
// The actor recognizer does not list bare demonyms as mentions (gold convention), but the coder still
// needs them as sources and targets; the forms come from the actor dictionary's state entries.
import type { ActorMention, Doc, Lang, Sentence, Token } from '../doc.ts';
import { normalizeKey } from '../normalize/index.ts';
import type { ActorDictionary } from '../recognize/actors/dictionary.ts';
import { arabicDemonymForms, englishDemonymForms } from '../recognize/actors/demonym-forms.ts';

export interface DemonymIndex {
  /** Normalized form (Arabic without ال; English as written) → state code and whether it names people. */
  forms: Record<Lang, Map<string, { code: string; people: boolean }>>;
  /** First words of two-word forms (كوري شمالي, North Korean), so pairs are tried only after one. */
  firstWords: Record<Lang, Set<string>>;
  /**
   * The Arabic forms and first words keyed as a token's forms come, with or without ال (see withArticleKeys):
   * every token of every sentence is looked up, so its forms are looked up as they are, without slicing.
   */
  arabic: { forms: Map<string, { code: string; people: boolean }>; firstWords: Set<string> };
}

const cache = new WeakMap<ActorDictionary, DemonymIndex>();

/** @example demonymIndex(res.actors).forms.ar.get('روسيه')?.code // 'RUS' */
export function demonymIndex(actors: ActorDictionary): DemonymIndex {
  const hit = cache.get(actors);
  if (hit) return hit;
  const forms: DemonymIndex['forms'] = { ar: new Map(), en: new Map() };
  for (const e of actors.entries.values()) {
    if (e.kind !== 'state') continue;
    // Demonyms that are also common words (مالي "financial") are left to the actor recognizer.
    const weak = new Set((e.weak ?? []).map((w) => normalizeKey(w).replace(/^ال/, '')));
    for (const d of e.demonyms?.ar ?? []) {
      if (weak.has(normalizeKey(d))) continue;
      for (const f of arabicDemonymForms(d)) forms.ar.set(f.form, { code: e.code, people: f.number === 'pl' });
    }
    for (const d of e.demonym_plurals?.ar ?? []) {
      const k = normalizeKey(d).replace(/^ال/, '');
      if (!forms.ar.has(k)) forms.ar.set(k, { code: e.code, people: true });
    }
    for (const d of e.demonyms?.en ?? []) for (const f of englishDemonymForms(d)) forms.en.set(f.form, { code: e.code, people: f.number === 'pl' });
  }
  const firstWords: DemonymIndex['firstWords'] = { ar: new Set(), en: new Set() };
  for (const lang of ['ar', 'en'] as const) for (const f of forms[lang].keys()) if (f.includes(' ')) firstWords[lang].add(f.split(' ')[0]!);
  const arabic = { forms: withArticleKeys(forms.ar), firstWords: new Set(withArticleKeys(new Map([...firstWords.ar].map((w) => [w, w]))).keys()) };
  const index = { forms, firstWords, arabic };
  cache.set(actors, index);
  return index;
}

/**
 * `map` keyed by every form a lookup of withoutArticle(form) finds: a key without ال, and each key with ال
 * put in front (a key that itself starts with ال is found only through the ال-prefixed key, as withoutArticle would).
 * @example withArticleKeys(new Map([['روسي', x]])) // روسي → x, الروسي → x
 */
function withArticleKeys<T>(map: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of map) if (!k.startsWith('ال')) out.set(k, v);
  for (const [k, v] of map) out.set(`ال${k}`, v);
  return out;
}

/** Demonym mentions in a sentence on tokens no recognized actor covers. */
export function demonymMentions(doc: Doc, s: Sentence, index: DemonymIndex, covered: ReadonlySet<number>): ActorMention[] {
  const tokens = doc.tokens ?? [];
  const lang = doc.article.lang;
  const out: ActorMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (covered.has(i) || tokens[i]!.punct) continue;
    const prev = i > s.tokenStart ? tokens[i - 1] : undefined;
    const pairable = i + 1 < s.tokenEnd && !covered.has(i + 1) && startsPair(tokens[i]!, index, lang);
    const two = pairable ? lookup(tokens[i]!, index, lang, prev, tokens[i + 1]) : undefined;
    const one = two ?? lookup(tokens[i]!, index, lang, prev);
    if (!one) continue;
    const end = two ? i + 2 : i + 1;
    out.push({
      start: tokens[i]!.start, end: tokens[end - 1]!.end, text: doc.text.slice(tokens[i]!.start, tokens[end - 1]!.end),
      code: one.code, sector: one.people ? 'CVL' : englishForceNoun(lang, tokens[end]), kind: 'demonym', entry: 'demonym', tokenStart: i, tokenEnd: end,
    });
    i = end - 1;
  }
  return out;
}

/** English "Israeli warplanes", "Russian troops": a demonym before a force noun names that force (MIL/COP). */
const EN_FORCE_NOUNS: Record<string, 'MIL' | 'COP'> = Object.fromEntries([
  ...['forces', 'troops', 'soldiers', 'army', 'military', 'navy', 'jets', 'warplanes', 'aircraft', 'drones', 'warships', 'artillery', 'tanks', 'fighters', 'bombers', 'helicopters', 'gunboats', 'submarines', 'missiles', 'commandos', 'paratroopers', 'marines', 'units', 'battalions'].map((w) => [w, 'MIL' as const]),
  ...['police', 'policemen', 'border', 'coastguard', 'gendarmes'].map((w) => [w, 'COP' as const]),
]);

function englishForceNoun(lang: Lang, next: Token | undefined): 'MIL' | 'COP' | null {
  if (lang !== 'en' || !next) return null;
  return EN_FORCE_NOUNS[next.norm] ?? null;
}

function startsPair(t: Token, index: DemonymIndex, lang: Lang): boolean {
  if (lang === 'en') return index.firstWords.en.has(t.text);
  const firstWords = index.arabic.firstWords;
  for (const f of t.forms) if (firstWords.has(f)) return true;
  return false;
}

function lookup(t: Token, index: DemonymIndex, lang: Lang, prev?: Token, next?: Token): { code: string; people: boolean } | undefined {
  const map = index.forms[lang];
  if (lang === 'en') {
    if (!/^[A-Z]/.test(t.text)) return undefined;
    // "South American", "Latin American": a capitalised word before makes it part of another name.
    if (!next && /^[A-Z]/.test(prev?.text ?? '')) return undefined;
    return next ? map.get(`${t.text} ${next.text}`) : map.get(t.text);
  }
  if (next) {
    const stems = t.forms.map(withoutArticle);
    const nexts = next.forms.map(withoutArticle);
    for (const a of stems) for (const b of nexts) {
      const hit = map.get(`${a} ${b}`);
      if (hit) return hit;
    }
    return undefined;
  }
  // Every token comes here: its forms are looked up as they are (index.arabic has them with and without ال).
  for (const f of t.forms) {
    const hit = index.arabic.forms.get(f);
    if (hit) return hit;
  }
  return undefined;
}

function withoutArticle(form: string): string {
  return form.startsWith('ال') ? form.slice(2) : form;
}

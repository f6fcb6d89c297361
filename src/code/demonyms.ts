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
  const index = { forms, firstWords };
  cache.set(actors, index);
  return index;
}

/** Demonym mentions in a sentence on tokens no recognized actor covers. */
export function demonymMentions(doc: Doc, s: Sentence, index: DemonymIndex, covered: ReadonlySet<number>): ActorMention[] {
  const tokens = doc.tokens ?? [];
  const lang = doc.article.lang;
  const map = index.forms[lang];
  const out: ActorMention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (covered.has(i) || tokens[i]!.punct) continue;
    const prev = i > s.tokenStart ? tokens[i - 1] : undefined;
    const pairable = i + 1 < s.tokenEnd && !covered.has(i + 1) && startsPair(tokens[i]!, index.firstWords[lang], lang);
    const two = pairable ? lookup(tokens[i]!, map, lang, prev, tokens[i + 1]) : undefined;
    const one = two ?? lookup(tokens[i]!, map, lang, prev);
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

function startsPair(t: Token, firstWords: Set<string>, lang: Lang): boolean {
  if (lang === 'en') return firstWords.has(t.text);
  return t.forms.some((f) => firstWords.has(f.startsWith('ال') ? f.slice(2) : f));
}

function lookup(t: Token, map: Map<string, { code: string; people: boolean }>, lang: Lang, prev?: Token, next?: Token): { code: string; people: boolean } | undefined {
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
  // Every token comes here: look up without building the list of stems.
  for (const f of t.forms) {
    const hit = map.get(withoutArticle(f));
    if (hit) return hit;
  }
  return undefined;
}

function withoutArticle(form: string): string {
  return form.startsWith('ال') ? form.slice(2) : form;
}

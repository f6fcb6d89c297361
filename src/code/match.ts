// Trigger matching: look each token's forms up in the pattern index, then check the pattern's
// following words; the longest pattern at a head wins and its words cannot start another trigger.
import type { Lang, Sentence, Token } from '../doc.ts';
import type { IndexHit, VerbDictionary, VerbPattern } from './dictionary.ts';
import type { Cues } from './cues.ts';

export interface Trigger {
  pattern: VerbPattern;
  /** Whether the head reads as a verb or as a (verbal) noun here. */
  kind: 'verb' | 'noun';
  /** The head's form was an Arabic imperfect or English present (for قد-modality). */
  imperfect: boolean;
  /** An Arabic first-person verb (نحتج، رفضنا): the speaker is the source. */
  firstPerson: boolean;
  head: number;
  /** One past the last matched token. */
  end: number;
  tokens: number[];
}

const EN_NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'new', 'any', 'of', 'for', 'after', 'following', 'military', 'further', 'more', 'such', 'our', 'my']);
const EN_NOT_VERB_AFTER = new Set(['the', 'a', 'an', 'for', 'of', 'its', 'their', 'his', 'her', 'these', 'those', 'our', 'my', 'in', 'at', 'during', 'amid', 'despite', 'against', 'into', 'without']);
const EN_NOUN_AFTER = new Set(['of', 'on', 'against', 'to', 'by', 'between', 'with']);

/** Lookup keys of a token: its normalized forms (Arabic) or lowercase form (English). */
export function tokenKeys(t: Token, lang: Lang = 'ar'): readonly string[] {
  // English patterns are expanded to surface forms at load; lemmas would let "States" read as "state".
  if (lang === 'en') return [t.norm];
  return t.forms.length ? t.forms : [t.norm];
}

/** Whether any lookup key of a token (see tokenKeys) is in `set`: asked per token, so without building the keys. */
function hasKey(t: Token, lang: Lang, set: { has(key: string): boolean }): boolean {
  if (lang === 'en' || !t.forms.length) return set.has(t.norm);
  for (const f of t.forms) if (set.has(f)) return true;
  return false;
}

/**
 * Find pattern triggers in one sentence.
 * @example matchTriggers(doc.tokens, sentence, dict, 'ar', cues)[0]?.pattern.cameo
 */
export function matchTriggers(tokens: readonly Token[], s: Sentence, dict: VerbDictionary, lang: Lang, cues: Cues, actorTokens: ReadonlySet<number> = new Set()): Trigger[] {
  const index = dict.index[lang];
  const candidates: { trigger: Trigger; score: number }[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.punct || cues.notTriggers.has(t.norm)) continue;
    // A capitalised English word inside a sentence is a name ("United States"), not a verb.
    if (lang === 'en' && i > s.tokenStart && /^[A-Z]/.test(t.text) && !/^[A-Z]+$/.test(t.text)) continue;
    // Most tokens are no pattern's head: skip them before allocating anything.
    if (!hasKey(t, lang, index)) continue;
    const keys = tokenKeys(t, lang);
    const byPattern = new Map<string, { pattern: VerbPattern; kinds: Set<string> }>();
    for (const key of keys) {
      for (const hit of index.get(key) ?? ([] as IndexHit[])) {
        const rec = byPattern.get(hit.pattern.id) ?? { pattern: hit.pattern, kinds: new Set<string>() };
        rec.kinds.add(hit.kind);
        byPattern.set(hit.pattern.id, rec);
      }
    }
    if (!byPattern.size) continue;
    const nounContext = looksNominal(tokens, i, lang, cues);
    for (const { pattern, kinds } of byPattern.values()) {
      const matched = matchThen(tokens, i, s.tokenEnd, pattern, lang, actorTokens);
      if (!matched) continue;
      const verbal = kinds.has('perfect') || kinds.has('imperfect') || kinds.has('literal');
      const kind: 'verb' | 'noun' = !kinds.has('noun') ? 'verb' : !verbal ? 'noun' : nounContext ? 'noun' : 'verb';
      // A verb cannot carry the article or a prepositional proclitic (بدعم is a noun, not دعم the verb).
      // Literal forms (participles such as متهمة) are exempt from ب/ك but not from the article (المتهمة is an adjective).
      // "التقى" is a whole verb form, not ال + تقى.
      const wholeVerb = lang === 'ar' && (index.get(t.norm) ?? []).some((h) => h.pattern.id === pattern.id && h.kind !== 'noun');
      if (kind === 'verb' && lang === 'ar' && nounContext && !wholeVerb && (t.proclitics ?? []).some((c) => c === 'ال' || (!kinds.has('literal') && (c === 'ب' || c === 'ك')))) continue;
      // English "for talks with", "the attack", "in protest at": a determiner or a preposition other than "to" right before rules out a finite verb.
      if (kind === 'verb' && lang === 'en' && !kinds.has('literal') && EN_NOT_VERB_AFTER.has(tokens[i - 1]?.norm ?? '')) continue;
      const imperfect = kinds.has('imperfect') && !kinds.has('perfect');
      const firstPerson = lang === 'ar' && kind === 'verb' && ((imperfect && t.norm.replace(/^[وف]/, '').startsWith('ن')) || /نا$/.test(t.norm));
      const fits = (kind === 'noun') === nounContext ? 0.5 : 0;
      candidates.push({
        trigger: { pattern, kind, imperfect, firstPerson, head: i, end: (matched.at(-1) ?? i) + 1, tokens: [i, ...matched] },
        score: matched.length + fits,
      });
    }
  }
  // A fallback pattern (imported) is proposed only where no other pattern matched any of its words.
  const primary = new Set(candidates.filter((c) => !c.trigger.pattern.fallback).flatMap((c) => c.trigger.tokens));
  const kept = candidates.filter((c) => !c.trigger.pattern.fallback || !c.trigger.tokens.some((k) => primary.has(k)));
  // Most specific first (more pattern words, then the reading that fits the context); no token in two triggers.
  kept.sort((a, b) => b.score - a.score || a.trigger.head - b.trigger.head);
  const consumed = new Set<number>();
  const out: Trigger[] = [];
  for (const { trigger } of kept) {
    if (trigger.tokens.some((k) => consumed.has(k))) continue;
    out.push(trigger);
    for (const k of trigger.tokens) consumed.add(k);
  }
  return out.sort((a, b) => a.head - b.head);
}

function matchThen(tokens: readonly Token[], head: number, end: number, p: VerbPattern, lang: Lang, actorTokens: ReadonlySet<number>): number[] | null {
  const matched: number[] = [];
  let pos = head + 1;
  for (const alts of p.then) {
    let skipped = 0;
    let found = -1;
    for (let j = pos; j < end && skipped <= p.gap; j++) {
      const t = tokens[j]!;
      if (t.norm === '.') break;
      if (hasKey(t, lang, alts)) {
        found = j;
        break;
      }
      // Actor names between the words do not count against the gap ("وقع X وY اتفاقية").
      if (!t.punct && !actorTokens.has(j)) skipped++;
    }
    if (found < 0) return null;
    matched.push(found);
    pos = found + 1;
  }
  return matched;
}

/** Does the context make the token a noun (article, preposition, determiner before it)? */
function looksNominal(tokens: readonly Token[], i: number, lang: Lang, cues: Cues): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (lang === 'ar') {
    const pro = t.proclitics ?? [];
    if (pro.includes('ال') || pro.includes('ب') || pro.includes('ك')) return true;
    if (pro.includes('ل') && !t.norm.startsWith('لي')) return true;
    return Boolean(prev && !prev.punct && (cues.lightVerbs.has(prev.norm) || cues.prepositions.has(prev.norm)));
  }
  const next = tokens[i + 1];
  if (prev && (EN_NOUN_BEFORE.has(prev.norm) || prev.norm.endsWith("'s"))) return true;
  if (determinerAcrossAdjectives(tokens, i)) return true;
  return Boolean(next && EN_NOUN_AFTER.has(next.norm) && !/(ed|s)$/.test(t.norm));
}

/** Words that end an English noun phrase to the left: a verb cannot be preceded by "the" across them. */
const EN_NOT_ADJECTIVE = new Set(['will', 'would', 'to', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'they', 'we', 'he', 'she', 'it', 'i', 'you', 'not', 'also', 'then', 'and', 'or', 'but', 'that', 'which', 'who', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'never', 'later', 'again', 'jointly']);

/** "the "hideous attack"", "a deadly new attack": a determiner before adjectives or a quote mark. */
function determinerAcrossAdjectives(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[i]!.sentence) return false;
    if (t.punct) {
      if (/^["“”']$/.test(t.norm)) continue;
      return false;
    }
    if (k < i - 1 && EN_NOUN_BEFORE.has(t.norm)) return true;
    if (EN_NOT_ADJECTIVE.has(t.norm) || /ly$/.test(t.norm) || /^[A-Z]/.test(t.text)) return false;
  }
  return false;
}

// Context around a trigger: negation, modality, conditionals, cause phrases, and the clause a
// suppressing trigger (accuse, deny, warn) governs.
import { groupAfter, prepGoverned, subjectBefore, type ActorGroup, type SentenceView } from './clause.ts';
import type { Trigger } from './match.ts';

const EN_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could', 'be', 'been', 'yet', 'also', 'still']);

/** Whether a group of actor tokens sits at position k (skipped when looking back). */
function inGroup(v: SentenceView, k: number): boolean {
  return v.groups.some((g) => k >= g.start && k < g.end);
}

/** The negator before the trigger, if any ("لم", "عدم", "did not", "without", "refused to"). */
export function negationCue(v: SentenceView, tr: Trigger): string | null {
  let steps = 0;
  for (let k = tr.head - 1; k >= v.start && steps < 4; k--) {
    const t = v.tokens[k]!;
    const n = t.norm;
    if (v.lang === 'en' && /n't$/.test(n)) return n;
    if (n === 'ما' && k === tr.head - 1 && tr.kind === 'verb' && !tr.imperfect) return n;
    if (v.cues.negation.has(n)) return n;
    if (t.forms.some((f) => f !== n && v.cues.negation.has(f) && f.length > 1)) return n;
    if (v.cues.boundary.has(n) && !v.cues.negationBridge.has(n)) return null;
    if (inGroup(v, k) || t.punct) continue;
    if (v.cues.negationBridge.has(n) || (v.lang === 'en' && EN_AUX.has(n))) {
      steps++;
      continue;
    }
    steps += 2;
  }
  return null;
}

/** The modal word that makes the trigger a possibility rather than a fact ("قد يفرض", "may"). */
export function modalCue(v: SentenceView, tr: Trigger): string | null {
  // English "did not say whether the two sides would resume talks": an open question is no fact.
  for (let k = tr.head - 1; v.lang === 'en' && k >= Math.max(v.start, tr.head - 10); k--) {
    const n = v.tokens[k]!.norm;
    if (n === 'whether' || n === 'if' || n === 'unless') return n;
    if (n === ',' || n === ';' || n === ':') break;
  }
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (n === 'قد' && tr.imperfect && v.cues.modal.has('قد_imperfect')) return n;
    // A modal word carries the conjunction as a clitic ("وربما", "وتريد").
    if (v.cues.modal.has(n) || (v.lang === 'ar' && v.cues.modal.has(n.replace(/^[وف]/, '')))) return n;
    if (v.cues.boundary.has(n)) return null;
  }
  return null;
}

/** "would"/a conditional before a coercive act: the act is announced as a threat. */
export function threatCue(v: SentenceView, tr: Trigger): string | null {
  // "aid to Colombia would be cut off": the modal may sit inside a nominal pattern's span.
  for (let k = tr.head + 1; k < tr.end; k++) if (v.tokens[k]!.norm === 'would') return 'would';
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 10); k--) {
    const n = v.tokens[k]!.norm;
    if (n === 'would') return n;
    if (v.cues.boundary.has(n)) break;
  }
  for (let k = v.start; k < v.end; k++) {
    const n = v.tokens[k]!.norm;
    if (v.cues.conditional.has(n)) return n;
    const next = v.tokens[k + 1]?.norm;
    if (next && v.cues.conditional.has(`${n}_${next}`)) return `${n} ${next}`;
  }
  return null;
}

/** The cause/time marker a nominal trigger sits under ("على خلفية", "after the attacks"), if any. */
export function causeCue(v: SentenceView, tr: Trigger): string | null {
  if (tr.kind !== 'noun') return null;
  // English time phrases reach further ("after five days of border clashes").
  const reach = v.lang === 'en' ? 6 : 3;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - reach); k--) {
    const t = v.tokens[k]!;
    if (v.cues.cause.has(t.norm) || t.forms.some((f) => v.cues.cause.has(f))) return t.text;
    if (t.punct && t.norm !== '"') return null;
    if (v.lang === 'en' && v.cues.boundary.has(t.norm)) return null;
  }
  return null;
}

/** Token range [from, to) that a suppressing trigger governs: up to the next clause end. */
export function complementRange(v: SentenceView, tr: Trigger): [number, number] {
  // English patterns may span their complement ("warned X against holding military drills").
  let k = v.lang === 'en' ? tr.head + 1 : tr.end;
  const from = k;
  while (k < v.end && !(STOPS.has(v.tokens[k]!.norm) && !v.transparent?.has(k))) k++;
  return [from, Math.max(k, tr.end)];
}

const STOPS = new Set([',', '.', ';', '،', '؛']);

/** Subject of a light verb or earlier trigger governing a verbal noun ("قامت باكو بمداهمة"). */
export function governorSubject(v: SentenceView, tr: Trigger, previous: ActorGroup | null): ActorGroup | null {
  if (tr.kind !== 'noun') return null;
  let words = 0;
  for (let k = tr.head - 1; k >= v.start && words < 8; k--) {
    const t = v.tokens[k]!;
    if (v.cues.boundary.has(t.norm) && !v.transparent?.has(k)) return null;
    const lightNoun = t.forms.some((f) => v.cues.lightNouns.has(f));
    if (lightNoun || t.forms.some((f) => v.cues.lightVerbs.has(f)) || v.cues.lightVerbs.has(t.norm)) {
      const after = groupAfter(v, k + 1, 2);
      const following = after && after.end <= tr.head ? after : null;
      // "إعلان الهند تعليق …": a nominal light word takes its agent from its genitive.
      const g = lightNoun ? following : subjectBefore(v, k, 8) ?? following;
      if (g && !prepGoverned(v, g)) return g;
      return previous;
    }
    if (!v.groups.some((g) => k >= g.start && k < g.end)) words++;
  }
  return null;
}

/** "stop all firing and military action", "إنهاء الحرب": a noun governed by a halt word is not the act. */
export function haltCue(v: SentenceView, tr: Trigger): string | null {
  if (tr.kind !== 'noun') return null;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 5); k--) {
    const t = v.tokens[k]!;
    if (t.forms.some((f) => v.cues.halt.has(f))) return t.text;
    if (v.cues.boundary.has(t.norm)) return null;
  }
  return null;
}

/** A verbal noun governed by a preposition ("over weapons sales", "في حربها"). */
export function nounInPhrase(v: SentenceView, tr: Trigger): boolean {
  const t = v.tokens[tr.head]!;
  if ((t.proclitics ?? []).some((c) => c === 'ب' || c === 'ك')) return true;
  if (v.lang === 'en') return englishNounInPhrase(v, tr);
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.prepositions.has(n)) return true;
    if (!['the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'all'].includes(n) && !/^(us|u\.s\.)$/.test(n)) return false;
  }
  return false;
}

/**
 * English: "the collapse of the border talks", "ahead of a new round of talks", "at an opposition political
 * rally": a preposition before the noun phrase, over its determiners and lower-case premodifiers (not over a
 * verb: "made an official visit").
 */
function englishNounInPhrase(v: SentenceView, tr: Trigger): boolean {
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 5); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.prepositions.has(n)) return true;
    if (/^(us|u\.s\.)$/.test(n)) continue;
    const premodifier = /^[a-z][a-z-]*$/.test(v.tokens[k]!.text) && !/(ed|ing)$/.test(n) && !v.cues.boundary.has(n) && !EN_VERBISH.has(n);
    if (!premodifier) return false;
  }
  return false;
}

/** Words before a noun that end its phrase: auxiliaries and common finite verbs without -ed. */
const EN_VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'did', 'does', 'do', 'said', 'says', 'held', 'made', 'makes', 'began', 'begins', 'led', 'took', 'takes', 'gave', 'gives', 'paid', 'pays', 'won', 'wins', 'sent', 'sends', 'saw', 'sees', 'got', 'gets', 'set', 'sets', 'put', 'puts', 'ran', 'runs', 'hit', 'hits', 'and', 'or', 'but', 'not', 'no', 'that', 'which', 'who', 'to']);

/** "من المقرر أن يزور", "الترتيب لعقد لقاءات": a scheduled, expected or prepared act, still ahead. */
// Spelled as normalized (ؤ → و, إ → ا).
const AR_SCHEDULED = new Set(['المقرر', 'المومل', 'المنتظر', 'المتوقع', 'المزمع', 'الترتيب', 'التحضير', 'الاعداد', 'التمهيد']);

/** Words after which an Arabic imperfect opens a new main clause ("كما يلتقي", "ثم يزور"). */
const AR_CLAUSE_OPENERS = new Set(['كما', 'ثم', 'حيث']);

/**
 * An Arabic imperfect verb that opens its own main clause: in news prose this is the act on the programme
 * ("يلتقي الوزير غدا نظيره"), not a report of one done; after a relative, أن or كان it is not.
 */
function arabicMainImperfect(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.kind !== 'verb' || !tr.imperfect) return false;
  const k = tr.head - 1;
  if (k < v.start) return true;
  const t = v.tokens[k]!;
  return Boolean(t.punct) || AR_CLAUSE_OPENERS.has(t.norm);
}

/** "سيزور الأردن ويلتقي بالملك": an imperfect joined by و to a verb in the future shares its tense. */
function coordinatedWithFuture(v: SentenceView, tr: Trigger): boolean {
  const head = v.tokens[tr.head]!;
  if (v.lang !== 'ar' || tr.kind !== 'verb' || !tr.imperfect || !(head.proclitics ?? []).includes('و')) return false;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 8); k--) {
    const t = v.tokens[k]!;
    if (t.punct) return false;
    if ((t.proclitics ?? []).includes('س') && /^و?س[يتن]/.test(t.norm)) return true;
  }
  return false;
}

/**
 * Future tense on the trigger: the prefix س, سوف / will just before it, "من المقرر أن" before it (a few words
 * further when أن follows: "من المقرر أن يجري الوفد لقاءات"), or an Arabic imperfect opening its clause.
 */
export function futureMarked(v: SentenceView, tr: Trigger): boolean {
  if ((v.tokens[tr.head]!.proclitics ?? []).includes('س') && tr.imperfect) return true;
  if (arabicMainImperfect(v, tr)) return true;
  if (coordinatedWithFuture(v, tr)) return true;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 6); k--) {
    const n = v.tokens[k]!.norm;
    if (k >= tr.head - 2 && (n === 'سوف' || n === 'will' || n === "'ll" || v.tokens[k]!.forms.includes('سيتم'))) return true;
    if (AR_SCHEDULED.has(n) && (k >= tr.head - 3 || v.tokens[k + 1]?.norm === 'ان')) return true;
    if (v.tokens[k]!.punct) break;
  }
  return false;
}

/**
 * Whether the sentence names armed fighting ("killed in clashes", "قتلوا في قصف"): CAMEO codes killings in
 * fighting, shelling or air strikes as conventional military force (19), whoever the sentence names as the killer.
 */
export function combatFrame(v: SentenceView): boolean {
  for (let k = v.start; k < v.end; k++) {
    const t = v.tokens[k]!;
    if (v.cues.combat.has(t.norm) || t.forms.some((f) => v.cues.combat.has(f))) return true;
  }
  return false;
}

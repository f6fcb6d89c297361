// Arabic clause shapes the argument assigner reads: relative clauses and their agents, circumstantial
// participles ("، متهمةً …"), possessive-pronoun agents, and prepositions carrying a pronoun.
import type { Trigger } from './match.ts';
import { adjectiveOnly, groupAfter, prepGoverned, sameParty, type ActorGroup, type SentenceView } from './clause.ts';

export const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين']);

/** Arabic text without short vowels and shadda. */
export function bare(text: string): string {
  return text.replace(/[\u064B-\u0652\u0640]/g, '');
}

/** A preposition carrying "him/it" (إليه، عليه), often mis-segmented, mapped to its preposition. */
export const PREP_HE: Record<string, string> = { اليه: 'الي', عليه: 'علي', له: 'ل', منه: 'من', ضده: 'ضد', معه: 'مع', به: 'ب' };

/** Codes whose target may be the agent of the event they evaluate (praise, criticism, rejection). */
export function evaluative(cameo: string): boolean {
  return /^(051|11|12)/.test(cameo);
}

/** "الهجوم الذي شنه الحرس الثوري", "الإجراءات التي تتخذها أديس أبابا": the agent of a relative clause on the object. */
export function relativeAgent(v: SentenceView, from: number, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar') return null;
  for (let k = from; k < Math.min(v.end - 1, from + 6); k++) {
    const t = v.tokens[k]!;
    if (RELATIVES.has(t.norm)) {
      const g = groupAfter(v, k + 2, 2);
      return g && !prepGoverned(v, g) && !sameActors(g, source) ? g : null;
    }
    if (v.groups.some((g) => g.start === k) || (v.cues.boundary.has(t.norm) && !v.transparent?.has(k))) return null;
  }
  return null;
}

/** A circumstantial active participle after a comma: "، متهمةً", "، ومؤكداً", "، واصفاً". */
export function arabicParticiple(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.kind !== 'verb') return false;
  let k = tr.head - 1;
  while (k > v.start && v.transparent?.has(k) && v.tokens[k]!.norm !== ',') k--;
  if (v.tokens[k]?.norm !== ',' || k < v.start) return false;
  const n = v.tokens[tr.head]!.norm;
  return [n, n.replace(/^و/, '')].some((w) => /^(م.{3,}|.ا.{2,})[اه]$/.test(w));
}

/** A verb carrying an object pronoun right after a noun or a relative pronoun opens a relative clause. */
export function relativeVerb(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'ar' || tr.kind !== 'verb') return false;
  const head = v.tokens[tr.head]!;
  if ((head.proclitics ?? []).length || !/(ه|ها|هم|هما)$/.test(bare(head.text))) return false;
  const prev = v.tokens[tr.head - 1];
  if (!prev || prev.punct || tr.head - 1 < v.start) return false;
  if (RELATIVES.has(prev.norm)) return true;
  return !v.groups.some((g) => tr.head - 1 >= g.start && tr.head - 1 < g.end) && !v.cues.boundary.has(prev.norm)
    && !v.cues.prepositions.has(prev.norm) && !v.cues.negation.has(prev.norm) && prev.norm !== 'قد';
}

/** The actor a possessive pronoun on a noun points back to: the nearest group before it. */
export function pronounReferent(v: SentenceView, head: number): ActorGroup | null {
  for (let gi = v.groups.length - 1; gi >= 0; gi--) {
    const g = v.groups[gi]!;
    if (g.end <= head && !adjectiveOnly(g)) return g;
  }
  return null;
}

function sameActors(a: ActorGroup | null, b: ActorGroup | null): boolean {
  if (!a || !b) return false;
  return a === b || a.mentions.every((m) => b.mentions.some((x) => sameParty(x, m)));
}

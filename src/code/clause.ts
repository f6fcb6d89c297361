// Clause geometry for argument assignment: actor groups, clause boundaries, prepositions,
// and the nearest actor before or after a position.
import type { ActorMention, Lang, Token } from '../doc.ts';
import type { Cues } from './cues.ts';

/** Actors that act together: one mention, a dyad word, or "X and Y". */
export interface ActorGroup {
  mentions: ActorMention[];
  start: number;
  end: number;
}

export interface SentenceView {
  lang: Lang;
  tokens: readonly Token[];
  start: number;
  end: number;
  groups: ActorGroup[];
  cues: Cues;
  /** Places named in the sentence, as groups (targets only, never sources). */
  places?: ActorGroup[];
  /** Where the sentence's events happen: the first place named in it. */
  location?: { text: string; country: string } | null;
  /** Actor tokens whose whole surface is a dictionary name (باماكو is not ب + اماكو). */
  wholeName?: ReadonlySet<number>;
  /** Tokens read as transparent (date expressions and the commas around them: "، اليوم الأربعاء،"). */
  transparent?: ReadonlySet<number>;
}

export interface Arguments {
  source: ActorGroup | null;
  targets: ActorGroup | null;
  /** How the source was found: 'vso', 'svo', 'passive', 'genitive', 'agent', 'governor', 'context'. */
  construction: string;
}

/** Prepositions as they appear stripped of a pronoun (فيها → في). */
export const PREP_STEMS = new Set(['في', 'من', 'على', 'عن', 'ل', 'ب', 'مع', 'الي', 'علي', 'عل', 'ف', 'مع']);
const COORD = new Set(['و', ',', 'and', '&', 'or', '-']);
const NUMBER_WORDS = new Set(['الف', 'الاف', 'مليون', 'ملايين', 'مليار', 'thousand', 'thousands', 'million', 'millions', 'hundreds', 'dozens']);

/** Group a sentence's actor mentions: same span → one group; "X و Y", "X, Y and Z" → one group. */
export function groupActors(actors: readonly ActorMention[], tokens: readonly Token[]): ActorGroup[] {
  const sorted = [...actors].sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const groups: ActorGroup[] = [];
  for (const m of sorted) {
    const last = groups.at(-1);
    if (last && m.tokenStart < last.end) {
      // Nested or same-span mention (a dyad word naming two states) joins the group.
      if (!last.mentions.some((x) => x.code === m.code && x.sector === m.sector)) last.mentions.push(m);
      last.end = Math.max(last.end, m.tokenEnd);
      continue;
    }
    // A name split in two adjacent mentions of one actor ("President Tayyip" + "Erdogan") is one party.
    const prev = last?.mentions.at(-1);
    const split = prev && m.tokenStart === last!.end && prev.kind === 'person' && m.kind === 'person' && prev.code === m.code && prev.sector === m.sector;
    if (last && (split || coordinated(tokens, last.end, m))) {
      last.mentions.push(m);
      last.end = m.tokenEnd;
      continue;
    }
    groups.push({ mentions: [m], start: m.tokenStart, end: m.tokenEnd });
  }
  return groups;
}

function coordinated(tokens: readonly Token[], from: number, m: ActorMention): boolean {
  const to = m.tokenStart;
  // "وفرنسا" is "and France"; in "وزير الخارجية" the و belongs to the word, and the mention's text keeps it.
  if (to === from) return (tokens[to]?.proclitics ?? []).includes('و') && !m.text.startsWith(tokens[to]!.text);
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!COORD.has(tokens[k]!.norm)) return false;
  return true;
}

/** Is there a clause boundary strictly between token positions a and b? */
export function boundaryBetween(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.cues.boundary.has(v.tokens[k]!.norm) && !v.transparent?.has(k)) return true;
  return false;
}

/** Is the group governed by a preposition (a standalone one just before it, or a proclitic ب/ل)? */
export function prepGoverned(v: SentenceView, g: ActorGroup): string | null {
  const first = v.tokens[g.start]!;
  const pro = v.wholeName?.has(g.start) ? undefined : (first.proclitics ?? []).find((p) => p === 'ب' || p === 'ل' || p === 'ك');
  if (pro) return pro;
  for (let k = g.start - 1; k >= Math.max(v.start, g.start - 2); k--) {
    const n = v.tokens[k]!.norm;
    // "thousands of Iraqi protesters", "آلاف من أنصار المعارضة": a partitive phrase is the head's own subject.
    if (v.cues.prepositions.has(n) && partitive(v, k)) return null;
    if (v.cues.prepositions.has(n)) return n;
    if (!isFiller(v, k)) break;
  }
  return null;
}

/** Is the preposition at `k` the "of"/"من" of a quantity head ("dozens of", "عشرات من", "2,000 of")? */
function partitive(v: SentenceView, k: number): boolean {
  if (!['of', 'من'].includes(v.tokens[k]!.norm)) return false;
  const head = v.tokens[k - 1];
  return !!head && k - 1 >= v.start && (v.cues.partitives.has(head.norm) || /^\d[\d,.]*$/.test(head.norm));
}

/** Tokens allowed between a group and a preposition or verb: quotes, articles, numbers. */
function isFiller(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]!;
  return (t.punct && t.norm !== ',' && t.norm !== '.') || /^\d/.test(t.norm) || ['the', 'a', 'an', 'كل', 'من'].includes(t.norm);
}

/** The group starting within `window` tokens at or after `from`, with no boundary before it. */
export function groupAfter(v: SentenceView, from: number, window: number, skip?: ActorGroup): ActorGroup | null {
  for (const g of v.groups) {
    if (g === skip || g.start < from) continue;
    if (skip && g.mentions.every((m) => skip.mentions.some((x) => sameParty(x, m)))) continue;
    let words = 0;
    for (let k = from; k < g.start; k++) {
      const n = v.tokens[k]!.norm;
      if ((!v.tokens[k]!.punct || n === ',') && !v.transparent?.has(k) && !/^\d/.test(n) && !NUMBER_WORDS.has(n)) words++;
    }
    if (words >= window || boundaryBetween(v, from, g.start)) return null;
    return g;
  }
  return null;
}

/** The nearest group ending at or before `before`, not governed by a preposition, in the same clause. */
export function subjectBefore(v: SentenceView, before: number, window = 10): ActorGroup | null {
  for (let gi = v.groups.length - 1; gi >= 0; gi--) {
    const g = v.groups[gi]!;
    if (g.end > before) continue;
    if (before - g.end > window || boundaryBetween(v, g.end, before)) return null;
    if (prepGoverned(v, g) || adjectiveOnly(g)) continue;
    return g;
  }
  return null;
}

/** A bare demonym adjective ("the South American nation", "هجوم أوكراني") is never a clause subject. */
export function adjectiveOnly(g: ActorGroup): boolean {
  return g.mentions.every((m) => m.kind === 'demonym' && m.sector === null);
}

/** The target introduced by one of the pattern's prepositions after `from`. */
export function targetAfterPrep(v: SentenceView, from: number, preps: ReadonlySet<string>): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 12); k++) {
    const t = v.tokens[k]!;
    if (t.norm === '.') break;
    const pro = (t.proclitics ?? []).find((p) => preps.has(p));
    if (pro && !v.wholeName?.has(k)) {
      // "لباكو" is the target itself; "بالحوار الأذربيجاني" names it in the words that follow.
      const g = v.groups.find((x) => x.start === k) ?? groupAfter(v, k + 1, 2);
      if (g) return g;
    }
    if (preps.has(t.norm)) {
      // English "arrived in Niamey …": a place right after the preposition is its object.
      const near = v.lang === 'en' ? v.places?.find((x) => x.start > k && x.start <= k + 2 && !v.groups.some((g) => g.start > k && g.start < x.start)) : undefined;
      if (near) return near;
      const g = groupAfter(v, k + 1, 8);
      if (g) return g;
      // "على كييف": a place attacked or targeted stands for its country.
      const place = v.places?.find((x) => x.start > k && x.start <= k + 3);
      if (place) return place;
    }
  }
  return null;
}

/**
 * Whether an Arabic verb is written as a passive: its first written short vowel is a damma, in the simple
 * (طُرد) and the derived forms (اعتُقل، استُدعي، أُعلن). An imperfect prefix with a damma is active as often
 * (يُقاتِل), so there the passive needs its fatha written too (يُعتقَل).
 */
export function looksPassive(t: Token): boolean {
  const w = t.text.replace(/^[وف](?=[\u0621-\u064A][\u0621-\u064A\u064B-\u0652])/, '');
  const first = /[\u064B-\u0652]/.exec(w);
  if (!first || w[first.index] !== '\u064F') return false;
  if (first.index === 1 && /^[يتن]/.test(w)) return /^[^\u064B-\u0652]*\u064F[^\u064B-\u0652]+\u064E/.test(w);
  return true;
}

/**
 * One party: same code, and the same sector unless one side leaves it open (USA vs USA/GOV). Two people the
 * dictionary names apart are two parties even of one state and sector ("Kamala Harris accused Barack Obama").
 */
export function sameParty(a: ActorMention, b: ActorMention): boolean {
  return a.code === b.code && (a.sector === b.sector || a.sector === null || b.sector === null) && !twoPeople(a, b);
}

/** Two different people of the person dictionary (not a title or a learned name, which may be either). */
export function twoPeople(a: ActorMention, b: ActorMention): boolean {
  return a.kind === 'person' && b.kind === 'person' && a.entry.startsWith('person.') && b.entry.startsWith('person.') && a.entry !== b.entry;
}

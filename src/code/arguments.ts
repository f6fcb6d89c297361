// Argument assignment: which actor group is the source and which the target of a trigger,
// by word order (VSO, SVO), voice, prepositions, verbal-noun genitives and coordination.
import type { ActorMention, Lang, Token } from '../doc.ts';
import type { Cues } from './cues.ts';
import type { Trigger } from './match.ts';

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
}

export interface Arguments {
  source: ActorGroup | null;
  targets: ActorGroup | null;
  /** How the source was found: 'vso', 'svo', 'passive', 'genitive', 'agent', 'governor', 'context'. */
  construction: string;
}

const COORD = new Set(['و', ',', 'and', '&', 'or', '-']);

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
    if (last && coordinated(tokens, last.end, m.tokenStart)) {
      last.mentions.push(m);
      last.end = m.tokenEnd;
      continue;
    }
    groups.push({ mentions: [m], start: m.tokenStart, end: m.tokenEnd });
  }
  return groups;
}

function coordinated(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from) return (tokens[to]?.proclitics ?? []).includes('و');
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!COORD.has(tokens[k]!.norm)) return false;
  return true;
}

/** Is there a clause boundary strictly between token positions a and b? */
export function boundaryBetween(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.cues.boundary.has(v.tokens[k]!.norm)) return true;
  return false;
}

/** Is the group governed by a preposition (a standalone one just before it, or a proclitic ب/ل)? */
export function prepGoverned(v: SentenceView, g: ActorGroup): string | null {
  const first = v.tokens[g.start]!;
  const pro = (first.proclitics ?? []).find((p) => p === 'ب' || p === 'ل' || p === 'ك');
  if (pro) return pro;
  for (let k = g.start - 1; k >= Math.max(v.start, g.start - 2); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.prepositions.has(n)) return n;
    if (!isFiller(v, k)) break;
  }
  return null;
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
    if (g.start - from > window || boundaryBetween(v, from, g.start)) return null;
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
    if (prepGoverned(v, g)) continue;
    return g;
  }
  return null;
}

/** The target introduced by one of the pattern's prepositions after `from`. */
export function targetAfterPrep(v: SentenceView, from: number, preps: ReadonlySet<string>): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 10); k++) {
    const t = v.tokens[k]!;
    if (t.norm === '.' ) break;
    const pro = (t.proclitics ?? []).find((p) => preps.has(p));
    if (pro) {
      const g = v.groups.find((x) => x.start === k);
      if (g) return g;
    }
    if (preps.has(t.norm)) {
      const g = groupAfter(v, k + 1, 5);
      if (g) return g;
    }
  }
  return null;
}

/** Whether an Arabic token is written as a passive (damma on its first letters) . */
export function looksPassive(t: Token): boolean {
  return /^[\u0600-\u06FF]{0,2}\u064F/.test(t.text.replace(/^[وف]/, ''));
}

/** Assign source and target for one trigger; `inherited` is the dropped-subject fallback. */
export function assignArguments(v: SentenceView, tr: Trigger, inherited: ActorGroup | null, governor: ActorGroup | null): Arguments {
  const p = tr.pattern;
  const head = v.tokens[tr.head]!;
  const pickTarget = (from: number, skip?: ActorGroup): ActorGroup | null => {
    if (p.target === 'none') return null;
    if (p.target === 'prep') return targetAfterPrep(v, from, p.targetPreps);
    const obj = groupAfter(v, from, 8, skip);
    if (obj || (p.target !== 'any' && p.target !== 'others')) return obj;
    return othersThan(v, skip ?? null, p.target === 'any');
  };
  if (tr.kind === 'noun') return nounArguments(v, tr, pickTarget, inherited, governor);

  const passive = p.patientSubject || (v.lang === 'ar' ? looksPassive(head) : englishPassive(v, tr.head));
  if (passive) {
    const agent = agentAfter(v, tr.end) ?? inherited;
    const patient = subjectBefore(v, tr.head, 6) ?? groupAfter(v, tr.end, 3);
    return { source: agent, targets: p.target === 'none' ? null : patient, construction: 'passive' };
  }
  const before = subjectBefore(v, tr.head, v.lang === 'ar' ? 6 : 10);
  if (before) return { source: before, targets: pickTarget(tr.end, before), construction: 'svo' };
  if (v.lang === 'ar') {
    const after = groupAfter(v, tr.end, 3);
    const coordinatedVerb = (head.proclitics ?? []).includes('و') && inherited && tr.head > v.start + 1;
    if (after && !prepGoverned(v, after)) {
      const second = pickTarget(after.end, after);
      if (coordinatedVerb && !second) return { source: inherited, targets: pickTarget(tr.end), construction: 'coordinated' };
      return { source: after, targets: second, construction: 'vso' };
    }
  } else if (p.speech) {
    const after = groupAfter(v, tr.end, 2);
    if (after) return { source: after, targets: null, construction: 'quotative' };
  }
  return { source: governor ?? inherited, targets: pickTarget(tr.end), construction: governor ? 'governor' : 'context' };
}

function nounArguments(
  v: SentenceView, tr: Trigger, pickTarget: (from: number, skip?: ActorGroup) => ActorGroup | null,
  inherited: ActorGroup | null, governor: ActorGroup | null,
): Arguments {
  const p = tr.pattern;
  const genitive = groupAfter(v, tr.end, 2);
  const adjective = genitive && genitive.start === tr.end && genitive.mentions.every((m) => m.kind === 'demonym') ? genitive : null;
  // English premodifier ("U.S. military strikes", "Russia's attack").
  const premod = v.lang === 'en' ? v.groups.find((g) => g.end <= tr.head && tr.head - g.end <= 2 && !boundaryBetween(v, g.end, tr.head) && !prepGoverned(v, g)) ?? null : null;
  let source: ActorGroup | null = adjective ?? premod ?? agentAfter(v, tr.end);
  let construction = source ? 'agent' : 'governor';
  let targets: ActorGroup | null;
  if (!source && p.genitive === 'agent' && genitive) {
    source = genitive;
    construction = 'genitive';
    targets = pickTarget(genitive.end, genitive);
  } else if (p.target === 'object' && v.lang === 'ar') {
    targets = genitive && genitive !== adjective ? genitive : pickTarget(tr.end, source ?? undefined);
  } else {
    targets = pickTarget(tr.end, source ?? undefined);
  }
  if (targets && source && targets === source) targets = null;
  if (!source) {
    source = governor ?? inherited;
    construction = governor ? 'governor' : 'context';
  }
  return { source, targets, construction: `noun-${construction}` };
}

function englishPassive(v: SentenceView, head: number): boolean {
  const t = v.tokens[head]!;
  if (!/(ed|en|wn|ut|ot|id)$/.test(t.norm)) return false;
  for (let k = head - 1; k >= Math.max(v.start, head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.passiveAux.has(n)) return true;
    if (!/ly$/.test(n) && !['also', 'not', 'been', 'reportedly', 'later'].includes(n)) return false;
  }
  return false;
}

/** Every group in the sentence but `exclude`, merged (or only the first when `first`). */
function othersThan(v: SentenceView, exclude: ActorGroup | null, first: boolean): ActorGroup | null {
  const rest = v.groups.filter((g) => g !== exclude && !(exclude && g.mentions.every((m) => exclude.mentions.some((x) => x.code === m.code))));
  if (!rest.length) return null;
  if (first) return rest[0]!;
  return { mentions: rest.flatMap((g) => g.mentions), start: rest[0]!.start, end: rest.at(-1)!.end };
}

/** An explicit agent: "by X", "من قبل X", "على يد X", or a relative "أطلقته X". */
function agentAfter(v: SentenceView, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 8); k++) {
    const n = v.tokens[k]!.norm;
    if (v.cues.agentMarkers.has(n)) return groupAfter(v, k + 1, 3);
    if (v.cues.boundary.has(n) && n !== 'قبل') return null;
  }
  return null;
}

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
  /** Places named in the sentence, as groups (targets only, never sources). */
  places?: ActorGroup[];
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
    if (prepGoverned(v, g)) continue;
    return g;
  }
  return null;
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
      const g = groupAfter(v, k + 1, 8);
      if (g) return g;
      // "على كييف": a place attacked or targeted stands for its country.
      const place = v.places?.find((x) => x.start > k && x.start <= k + 3);
      if (place) return place;
    }
  }
  return null;
}

/** Whether an Arabic token is written as a passive (damma on its first letters) . */
export function looksPassive(t: Token): boolean {
  return /^[\u0600-\u06FF]{0,2}\u064F/.test(t.text.replace(/^[وف]/, ''));
}

/** What the sentence and its neighbours offer when the clause itself names no actor. */
export interface ArgumentContext {
  /** Dropped-subject fallback: the previous event's source or the sentence topic. */
  inherited: ActorGroup | null;
  /** Subject of a light verb governing a verbal noun ("قامت باكو بمداهمة"). */
  governor: ActorGroup | null;
  /** The last target of the previous sentence, for evaluations with no target of their own. */
  carriedTarget: ActorGroup | null;
  /** The speaker, for first-person verbs inside quotes ("نحتج"). */
  speaker: ActorGroup | null;
}

/** Assign source and target for one trigger. */
export function assignArguments(v: SentenceView, tr: Trigger, ctx: ArgumentContext): Arguments {
  const p = tr.pattern;
  const head = v.tokens[tr.head]!;
  const pickTarget = (from: number, source: ActorGroup | null): ActorGroup | null => {
    if (p.target === 'none') return null;
    if (p.target === 'prep') {
      const t = targetAfterPrep(v, from, p.targetPreps) ?? pronounTarget(v, from, p.targetPreps, source);
      if (t) return t;
      return !p.joint && prepPresent(v, from, p.targetPreps) && !sameActors(ctx.carriedTarget, source) ? ctx.carriedTarget : null;
    }
    const obj = groupAfter(v, from, 8, source ?? undefined);
    if (obj && !sameActors(obj, source)) return obj;
    if (p.target === 'object') {
      const pronoun = encliticObject(v, tr, source) ?? relativeObject(v, source);
      if (pronoun) return pronoun;
      return hasObjectPronoun(v, tr) && !sameActors(ctx.carriedTarget, source) ? ctx.carriedTarget : null;
    }
    if (p.target === 'others') return othersThan(v, source, false);
    return nearestBefore(v, tr.head, source) ?? (sameActors(ctx.carriedTarget, source) ? null : ctx.carriedTarget);
  };
  if (p.speakerVoice) {
    const subject = subjectBefore(v, tr.head, 10) ?? groupAfter(v, tr.head + 1, 1) ?? (tr.kind === 'noun' ? minAgent(v, tr.end) : null);
    const speaker = ctx.speaker && !sameActors(ctx.speaker, subject) ? ctx.speaker : ctx.inherited;
    const target = subject && !sameActors(subject, speaker) ? subject : nearestBefore(v, tr.head, speaker) ?? ctx.carriedTarget;
    return { source: speaker, targets: sameActors(target, speaker) ? null : target, construction: 'speaker-evaluation' };
  }
  if (tr.kind === 'noun') return nounArguments(v, tr, pickTarget, ctx);

  const passive = p.patientSubject || (v.lang === 'ar' ? looksPassive(head) : englishPassive(v, tr.head));
  if (passive) {
    const agent = agentAfter(v, tr.end) ?? ctx.inherited;
    if (p.target === 'others') return { source: agent, targets: othersThan(v, agent, false), construction: 'passive' };
    const patient = p.target === 'prep'
      ? pickTarget(tr.end, agent)
      : subjectBefore(v, tr.head, 6) ?? groupAfter(v, tr.head + 1, 3, agent ?? undefined) ?? (p.patientSubject ? nearestBefore(v, tr.head, agent) : null);
    return { source: agent, targets: p.target === 'none' ? null : patient, construction: 'passive' };
  }
  if (tr.firstPerson && ctx.speaker) return { source: ctx.speaker, targets: pickTarget(tr.end, ctx.speaker), construction: 'speaker' };
  const before = subjectBefore(v, tr.head, v.lang === 'ar' ? 6 : 10);
  if (before) return { source: before, targets: pickTarget(p.target === 'prep' ? tr.end : tr.head + 1, before), construction: 'svo' };
  if (v.lang === 'ar') {
    // The subject of a VSO clause follows the verb directly ("داهمت الشرطة"); a later actor is an object or genitive.
    const skipKullMin = v.tokens[tr.head + 1]?.norm === 'كل' && v.tokens[tr.head + 2]?.norm === 'من' ? 2 : 0;
    const after = groupAfter(v, tr.head + 1 + skipKullMin, 1);
    const coordinatedVerb = (head.proclitics ?? []).includes('و') && ctx.inherited && tr.head > v.start + 1;
    if (after && !prepGoverned(v, after)) {
      const second = pickTarget(after.end, after);
      if (coordinatedVerb && !second) return { source: ctx.inherited, targets: pickTarget(tr.end, ctx.inherited), construction: 'coordinated' };
      return { source: after, targets: second, construction: 'vso' };
    }
  } else if (p.speech) {
    const after = groupAfter(v, tr.end, 2);
    if (after) return { source: after, targets: null, construction: 'quotative' };
  }
  const source = ctx.governor ?? ctx.inherited;
  return { source, targets: pickTarget(p.target === 'prep' ? tr.end : tr.head + 1, source), construction: ctx.governor ? 'governor' : 'context' };
}

function nounArguments(
  v: SentenceView, tr: Trigger, pickTarget: (from: number, source: ActorGroup | null) => ActorGroup | null, ctx: ArgumentContext,
): Arguments {
  const p = tr.pattern;
  const genitive = groupAfter(v, tr.head + 1, 2);
  const adjective = genitive && genitive.start <= tr.head + 2 && genitive.mentions.every((m) => m.kind === 'demonym') ? genitive : null;
  // English premodifier ("U.S. military strikes", "Russia's attack").
  const premod = v.lang === 'en' ? v.groups.find((g) => g.end <= tr.head && tr.head - g.end <= 2 && !boundaryBetween(v, g.end, tr.head) && !prepGoverned(v, g)) ?? null : null;
  let source: ActorGroup | null = adjective ?? premod ?? agentAfter(v, tr.end) ?? (p.genitive === 'agent' ? minAgent(v, tr.end) : null);
  let construction = source ? 'agent' : 'governor';
  let targets: ActorGroup | null = null;
  // The genitive of an event noun with no patient slot, or of an agent-genitive noun, is its agent.
  if (!source && genitive && !prepGoverned(v, genitive) && (p.genitive === 'agent' || p.target === 'none')) {
    source = genitive;
    construction = 'genitive';
  }
  if (!source) {
    source = ctx.governor ?? ctx.inherited;
    construction = ctx.governor ? 'governor' : 'context';
  }
  if (construction === 'genitive') targets = pickTarget(Math.max(genitive!.end, tr.end), source);
  else if (p.target === 'object' && v.lang === 'ar' && genitive && genitive !== adjective && !sameActors(genitive, source)) targets = genitive;
  else targets = pickTarget(Math.max(tr.end, adjective?.end ?? 0), source);
  if (targets && sameActors(targets, source)) targets = null;
  return { source, targets, construction: `noun-${construction}` };
}

/** "بدعم ثلاثي من تركيا": the agent of an agent-genitive noun introduced by من. */
function minAgent(v: SentenceView, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 4); k++) {
    if (v.tokens[k]!.norm === 'من') return groupAfter(v, k + 1, 1);
  }
  return null;
}

function sameActors(a: ActorGroup | null, b: ActorGroup | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return a.mentions.every((m) => b.mentions.some((x) => sameParty(x, m)));
}

/** One party: same code, and the same sector unless one side leaves it open (USA vs USA/GOV). */
function sameParty(a: ActorMention, b: ActorMention): boolean {
  return a.code === b.code && (a.sector === b.sector || a.sector === null || b.sector === null);
}

/** The nearest group before the trigger that is not the source (what an evaluation is about). */
function nearestBefore(v: SentenceView, head: number, source: ActorGroup | null): ActorGroup | null {
  for (let gi = v.groups.length - 1; gi >= 0; gi--) {
    const g = v.groups[gi]!;
    if (g.end <= head && !sameActors(g, source) && !g.mentions.every((m) => source?.mentions.some((x) => x.code === m.code))) return g;
  }
  return null;
}

const EN_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'its', 'their']);
const EN_RELATIVES = new Set(['which', 'whom', 'who', 'that']);

/** A pronoun after the target preposition ("to it", "عليها") points back to the nearest earlier actor. */
function pronounTarget(v: SentenceView, from: number, preps: ReadonlySet<string>, source: ActorGroup | null): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 8); k++) {
    const t = v.tokens[k]!;
    const next = v.tokens[k + 1];
    const enPronoun = v.lang === 'en' && preps.has(t.norm) && next && EN_PRONOUNS.has(next.norm);
    const arPronoun = v.lang === 'ar' && /(ها|هم|هما)$/.test(t.norm) && t.forms.some((f) => preps.has(f));
    if (enPronoun || arPronoun) return nearestBefore(v, k, source);
  }
  return null;
}

/** Whether one of the target prepositions follows (its object being no recognized actor). */
function prepPresent(v: SentenceView, from: number, preps: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(v.end, from + 6); k++) {
    const t = v.tokens[k]!;
    if (preps.has(t.norm) || (t.proclitics ?? []).some((p) => preps.has(p))) return true;
    if (v.cues.boundary.has(t.norm)) return false;
  }
  return false;
}

/** "…, which Trump accuses": the object of a relative clause is the actor before the relative pronoun. */
function relativeObject(v: SentenceView, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'en' || !source) return null;
  const rel = v.tokens[source.start - 1];
  if (!rel || !EN_RELATIVES.has(rel.norm)) return null;
  return nearestBefore(v, source.start - 1, source);
}

function hasObjectPronoun(v: SentenceView, tr: Trigger): boolean {
  return v.lang === 'ar' && tr.kind === 'verb' && /(ها|هم|هما|هن)$/.test(v.tokens[tr.head]!.norm);
}

/** An object pronoun on the verb (اتهمتها، اعتقلتهم) points back to the nearest earlier actor. */
function encliticObject(v: SentenceView, tr: Trigger, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar' || tr.kind !== 'verb') return null;
  const n = v.tokens[tr.head]!.norm;
  if (!/(ها|هم|هما|هن)$/.test(n)) return null;
  return nearestBefore(v, tr.head, source);
}

function englishPassive(v: SentenceView, head: number): boolean {
  const t = v.tokens[head]!;
  if (!/(ed|en|wn|ut|ot|id)$/.test(t.norm)) return false;
  if (v.tokens[head + 1]?.norm === 'by') return true;
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
  if (exclude && !first) {
    const others = rest.flatMap((g) => g.mentions).filter((m) => !exclude.mentions.some((x) => x.code === m.code));
    return others.length ? { mentions: others, start: rest[0]!.start, end: rest.at(-1)!.end } : null;
  }
  if (!rest.length) return null;
  if (first) return rest[0]!;
  return { mentions: rest.flatMap((g) => g.mentions), start: rest[0]!.start, end: rest.at(-1)!.end };
}

/** An explicit agent: "by X", "من قبل X", "على يد X", or a relative verb with a pronoun ("أطلقته X"). */
function agentAfter(v: SentenceView, from: number): ActorGroup | null {
  for (let k = from; k < Math.min(v.end, from + 8); k++) {
    const t = v.tokens[k]!;
    if (v.cues.agentMarkers.has(t.norm)) return groupAfter(v, k + 1, 3);
    if (v.lang === 'ar' && /(ه|ها|هم)$/.test(t.text) && t.forms.length > 1) {
      const g = v.groups.find((x) => x.start === k + 1);
      if (g && !prepGoverned(v, g)) return g;
    }
    if (v.cues.boundary.has(t.norm) && t.norm !== 'قبل' && !RELATIVES.has(t.norm)) return null;
  }
  return null;
}

const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين']);

// The evidence the attachment model weighs: for one trigger and one candidate party, where the candidate stands
// (before or after, how far, behind which clause boundary, preposition or reporting verb) and what the trigger's
// pattern frame asks for (a target preposition, a direct object, a joint act, speech). Every feature is a plain
// string so the model file reads as a table of weights.
import type { Trigger } from '../match.ts';
import { adjectiveOnly, boundaryBetween, looksPassive, prepGoverned, type ActorGroup, type SentenceView } from '../clause.ts';
import { mediaOnly } from '../sentence-view.ts';

/**
 * What a candidate is: a group named in the sentence, a place, a party carried from earlier text, an agent the
 * text leaves unnamed (FORMAT's UNK: "a car bomb exploded"), or nobody.
 */
export type CandidateKind = 'group' | 'place' | 'carried' | 'carried-target' | 'attacker' | 'joint' | 'domestic' | 'unknown' | 'none';

export interface Candidate {
  kind: CandidateKind;
  group: ActorGroup | null;
  role: Role;
  lang: string;
  /** Where the candidate stands (groupFacts and the like). */
  facts: readonly string[];
  /** What the trigger's frame asks for (triggerFacts), conjoined with each fact. */
  trigger: readonly string[];
}

export type Role = 'src' | 'tgt';

/** What the sentence around a trigger offers beyond its own words. */
export interface AttachContext {
  /** All triggers of the sentence, for "another verb between" and reporting verbs. */
  triggers: readonly Trigger[];
  /** The previous coded event's source in this sentence. */
  previous: ActorGroup | null;
}

const QUOTES = new Set(['"', '«', '»', '“', '”', "'"]);
const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'which', 'who', 'that', 'whom']);
const COORD_WORDS = new Set(['and', 'then', 'ثم', 'و']);
const BY_WORDS = new Set(['by', 'قبل', 'يد']);

const bucket = (n: number): string => (n <= 0 ? '0' : n === 1 ? '1' : n === 2 ? '2' : n <= 4 ? '3-4' : n <= 7 ? '5-7' : n <= 12 ? '8-12' : '13+');

/** Facts about the trigger itself, shared by all its candidates and conjoined with each candidate's position. */
export function triggerFacts(v: SentenceView, tr: Trigger): string[] {
  const head = v.tokens[tr.head]!;
  const prev = v.tokens[tr.head - 1];
  const p = tr.pattern;
  const facts = [`kind=${tr.kind}`, `slot=${p.target}`];
  if (p.joint) facts.push('joint');
  if (p.speech) facts.push('speech');
  if (p.speakerVoice) facts.push('speaker-voice');
  if (tr.firstPerson) facts.push('first-person');
  if (passive(v, tr)) facts.push('passive');
  const proclitics = head.proclitics ?? [];
  if (proclitics.includes('و') || (prev && tr.head > v.start && COORD_WORDS.has(prev.norm))) facts.push('coordinated');
  if (prev && tr.head > v.start && RELATIVE.has(prev.norm)) facts.push('after-relative');
  if (prev && tr.head > v.start && (prev.norm === ',' || prev.norm === '،')) facts.push('after-comma');
  if (tr.head === v.start || (tr.head === v.start + 1 && prev?.punct)) facts.push('sentence-initial');
  if (v.lang === 'ar' && /(ها|هم|هما|ه)$/.test(head.text.replace(/[\u064B-\u0652\u0640]/g, '')) && head.enclitic) facts.push(`enclitic=${tr.kind}`);
  if (v.lang === 'en' && /ing$/.test(head.norm)) facts.push('ing');
  return facts;
}

/** Whether the trigger is a passive (or its pattern's subject is the patient). */
export function passive(v: SentenceView, tr: Trigger): boolean {
  if (tr.pattern.patientSubject) return true;
  if (v.lang === 'ar') return looksPassive(v.tokens[tr.head]!);
  const t = v.tokens[tr.head]!;
  if (v.tokens[tr.head + 1]?.norm === 'by') return true;
  const aux = v.tokens[tr.head - 1];
  return !!aux && v.cues.passiveAux.has(aux.norm) && /(ed|en|wn|t)$/.test(t.norm);
}

/** Where a group stands relative to the trigger, and what lies between them. */
export function groupFacts(v: SentenceView, tr: Trigger, g: ActorGroup, ctx: AttachContext, kind: 'group' | 'place'): string[] {
  // Sides are taken from the head word: a pattern with a gap ("طردت … دبلوماسيين") may hold actors inside its span.
  const before = g.end <= tr.head;
  const inside = !before && g.start <= tr.head;
  const side = inside ? 'inside' : before ? 'before' : 'after';
  const [a, b] = before ? [g.end, tr.head] : [tr.head + 1, g.start];
  const gap = Math.max(0, b - a);
  const between = v.groups.filter((x) => x !== g && (before ? x.start >= g.end && x.end <= tr.head : x.start > tr.head && x.end <= g.start)).length;
  const prep = prepGoverned(v, g);
  const prepClass = !prep ? 'none' : tr.pattern.targetPreps.has(prep) ? 'target-prep' : byPhrase(v, g) ? 'by' : 'other';
  const facts = [`${kind}:${side}`, `${kind}:${side}:d=${bucket(gap)}`, `${kind}:${side}:rank=${Math.min(between, 2)}`, `${side}:prep=${prepClass}`];
  if (prep && v.lang === 'ar') facts.push(`${side}:prep-word=${prep}`);
  if (!inside && boundaryBetween(v, a, b)) facts.push(`${side}:boundary`);
  if (!inside && hasToken(v, a, b, (n) => n === ',' || n === '،')) facts.push(`${side}:comma`);
  if (!inside && hasToken(v, a, b, (n) => QUOTES.has(n))) facts.push(`${side}:quote`);
  if (!inside) {
    const others = ctx.triggers.filter((t) => t !== tr && t.head >= a && t.head < b);
    if (others.length) facts.push(`${side}:trigger-between`);
    if (others.some((t) => t.pattern.speech)) facts.push(`${side}:speech-between`);
  }
  if (adjectiveOnly(g)) facts.push(`${side}:adjective`);
  if (mediaOnly(g)) facts.push(`${side}:media`);
  if (new Set(g.mentions.map((m) => m.code)).size >= 2) facts.push(`${side}:several`);
  const first = g.mentions[0]!;
  facts.push(`${side}:actor=${first.kind}${first.sector ? '' : '-nosector'}`);
  if (side === 'after' && gap === 0) facts.push('after:adjacent');
  if (side === 'after' && g.start < tr.end) facts.push('after:within-pattern');
  if (side === 'before' && !v.groups.some((x) => x.end <= g.start && !prepGoverned(v, x))) facts.push('before:first-subject');
  if (ctx.previous && (g === ctx.previous || g.mentions.every((m) => ctx.previous!.mentions.some((x) => x.code === m.code)))) facts.push('previous-source');
  return facts;
}

/** "by X", "من قبل X", "على يد X": the group follows an agent marker. */
function byPhrase(v: SentenceView, g: ActorGroup): boolean {
  for (let k = g.start - 1; k >= Math.max(v.start, g.start - 2); k--) if (BY_WORDS.has(v.tokens[k]!.norm) || v.cues.agentMarkers.has(v.tokens[k]!.norm)) return true;
  return false;
}

function hasToken(v: SentenceView, a: number, b: number, test: (norm: string) => boolean): boolean {
  for (let k = a; k < b; k++) if (!v.transparent?.has(k) && test(v.tokens[k]!.norm)) return true;
  return false;
}

/**
 * The weighted features of a candidate: each position fact alone, and conjoined with each trigger fact, for the
 * role and for the role in this language (so the two languages share what they have in common).
 */
export function featuresOf(c: Candidate): string[] {
  const out: string[] = [];
  for (const f of c.facts) {
    out.push(`${c.role}|${f}`, `${c.role}|${c.lang}|${f}`);
    for (const t of c.trigger) out.push(`${c.role}|${f}|${t}`, `${c.role}|${c.lang}|${f}|${t}`);
  }
  return out;
}

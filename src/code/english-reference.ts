// English arguments found by reference to earlier events: the agent of a condemned act ("condemned
// the attack" → the attackers, UNK when unnamed), the author of an evaluated decision ("welcomed the
// announcement"), and the parties of a joint act named only as "the truce" or "the two leaders".
import type { ActorMention } from '../doc.ts';
import type { Arguments, SentenceView } from './clause.ts';
import { boundaryBetween, groupAfter, sameParty, type ActorGroup } from './clause.ts';
import { definiteNoun, dyadPhraseAt, englishParties, unknownAgent } from './english.ts';
import type { Trigger } from './match.ts';
import { evaluatedEvent, evaluationCode, explicitAgent, type Memory } from './reference.ts';

/** Nouns naming an earlier act or decision that an evaluation may be about ("welcomed the move"). */
const ACT_NOUNS = new Set(['decision', 'announcement', 'move', 'step', 'ban', 'measure', 'measures', 'deal', 'agreement', 'accord', 'signing', 'plan', 'proposal', 'release', 'discharge', 'decree', 'order', 'policy', 'law', 'sanctions', 'truce', 'ceasefire', 'initiative', 'statement', 'remarks', 'comments', 'visit', 'action', 'actions', 'steps', 'restrictions', 'tariffs', 'declaration', 'verdict', 'ruling', 'expulsion', 'arrest', 'arrests', 'launch', 'test', 'deployment', 'withdrawal']);

/**
 * Adjust an English trigger's arguments by reference; `evaluated` collects conflict nouns that are
 * only the object of an evaluation (their agent, or null when unnamed), so they are not coded twice.
 */
export function englishReferences(
  v: SentenceView, tr: Trigger, args: Arguments, triggers: readonly Trigger[], memory: Memory, evaluated: Map<number, ActorGroup | null>,
): void {
  const p = tr.pattern;
  if (p.joint && tr.kind === 'noun' && /^noun-(context|governor)$/.test(args.construction) && betweenNear(v, tr)) {
    const t = args.targets;
    const between = v.tokens.slice(tr.end, Math.min(v.end, tr.end + 3)).some((x) => x.norm === 'between');
    if (t && between && t.mentions.some((m) => t.mentions.some((x) => x.code === m.code && x.sector && m.sector && x.sector !== m.sector))) {
      // "talks between Congo's government and M23": two parties of one country.
      args.source = t;
      args.targets = null;
      args.construction = 'participants';
      return;
    }
    // "a ceasefire between Israel and <unrecognized>": the one party named is not paired with an outsider.
    args.source = null;
    return;
  }
  if (p.joint && tr.kind === 'noun' && args.construction === 'participants' && !betweenNear(v, tr)) {
    // "the meeting opened a new page in relations between the two neighbours": not the meeting's parties.
    args.source = null;
    return;
  }
  if (!p.joint && args.source && codes(args.source, null) >= 2 && reciprocal(v, tr)) {
    // "Paris and Algiers expelled each other's diplomats": each subject toward the other.
    args.targets = args.source;
  }
  if (evaluationCode(p.cameo) && !p.speakerVoice) {
    const object = evaluatedEvent(v, tr, triggers);
    if (object) {
      // "condemned the attack by gunmen": aimed at the attackers, not at the victims' country.
      const agent = explicitAgent(v, object);
      evaluated.set(object.head, agent);
      const state = stateOf(memory);
      if (agent) state.violent = agent;
      const aimed = agent ?? state.violent ?? unknownAgent(object.head);
      if (!aimed.mentions.every((m) => args.source?.mentions.some((x) => x.code === m.code))) args.targets = aimed;
    } else if (!args.targets && actObject(v, tr.head + 1)) {
      // "welcomed the announcement": aimed at the author of the last act reported before this sentence;
      // "welcomed the declaration": at the parties of the last agreement.
      const sentence = v.tokens[tr.head]!.sentence;
      const src = args.source;
      const st = stateOf(memory);
      const parties = actObject(v, tr.head + 1) === 'agreement' ? st.joint.get('talks') ?? st.joint.get('conflict') : undefined;
      const author = st.agents.filter((a) => a.sentence < sentence && !(src && a.group.mentions.every((m) => src.mentions.some((x) => sameParty(x, m))))).at(-1);
      const aimed = parties ?? author?.group;
      if (aimed) args.targets = others(aimed, src);
    }
  }
  const accusations = stateOf(memory).accusations;
  if (p.cameo === '016' && !args.targets && args.source) {
    // "Belgrade denied it was behind the attack": a denial answers the last accusation against the denier.
    const src = args.source;
    // "denied supporting the group": the object named in the denial, else the accuser.
    const object = groupAfter(v, tr.end, 4, src);
    if (object && !boundaryBetween(v, tr.end, object.start)) {
      args.targets = others(object, src);
      return;
    }
    const answered = accusations.filter((a) => a.accused.mentions.some((m) => src.mentions.some((x) => x.code === m.code))).at(-1);
    if (answered) args.targets = others(answered.accuser, src);
  }
  if ((p.target === 'others' || p.cameo === '043') && !args.targets && args.source) {
    args.targets = englishParties(v, tr, args.source, memory.joint);
  }
  const earlier = stateOf(memory).joint.get(jointClass(p.cameo)) ?? memory.joint;
  const referring = (definiteNoun(v, tr) && jointClass(p.cameo) === 'conflict') || dyadSubject(v, tr);
  if (p.joint && earlier && codes(args.source, args.targets) < 2 && referring) {
    // "the truce would take effect", "both sides agreed": the parties of the last joint act of its kind.
    args.source = earlier;
    args.targets = null;
    args.construction = 'joint-reference';
  }
}

/** "the announcement", "this move", "the ban": the object names an earlier act ('agreement' for a deal). */
function actObject(v: SentenceView, from: number): 'act' | 'agreement' | null {
  for (let k = from; k < Math.min(v.end, from + 4); k++) {
    const n = v.tokens[k]!.norm;
    if (AGREEMENT_NOUNS.has(n)) return 'agreement';
    if (ACT_NOUNS.has(n)) return 'act';
    if (!['the', 'this', 'that', 'its', 'their', 'his', 'her', 'latest', 'new', 'recent', '"', '“'].includes(n)) return null;
  }
  return null;
}

/** Nouns naming an agreement reached by parties (aimed at them all: "welcomed the deal"). */
const AGREEMENT_NOUNS = new Set(['deal', 'agreement', 'accord', 'signing', 'declaration', 'treaty', 'truce', 'ceasefire', 'pact', 'talks', 'meeting', 'summit', 'rapprochement']);

/** "talks between …", "a truce brokered by Qatar between …": the participants' phrase belongs to the noun. */
function betweenNear(v: SentenceView, tr: Trigger): boolean {
  let words = 0;
  for (let k = tr.end; k < v.end && words < 3; k++) {
    const n = v.tokens[k]!.norm;
    if (['between', 'with', 'among'].includes(n)) return true;
    const skipped = n === 'by' || /ed$/.test(n) || v.tokens[k]!.punct || v.groups.some((g) => k >= g.start && k < g.end);
    if (!skipped) words++;
  }
  return false;
}

function reciprocal(v: SentenceView, tr: Trigger): boolean {
  for (let k = tr.head + 1; k < Math.min(v.end - 1, tr.end + 4); k++) {
    const a = v.tokens[k]!.norm;
    const b = v.tokens[k + 1]!.norm;
    if ((a === 'each' && /^other('s|’s)?$/.test(b)) || (a === 'one' && /^another('s|’s)?$/.test(b))) return true;
  }
  return false;
}

function dyadSubject(v: SentenceView, tr: Trigger): boolean {
  for (let k = Math.max(v.start, tr.head - 8); k < tr.head; k++) if (dyadPhraseAt(v, k)) return true;
  return false;
}

function codes(a: ActorGroup | null, b: ActorGroup | null): number {
  return new Set([...(a?.mentions ?? []), ...(b?.mentions ?? [])].map((m) => m.code)).size;
}

function others(g: ActorGroup, source: ActorGroup | null): ActorGroup | null {
  const mentions = g.mentions.filter((m) => !source?.mentions.some((x) => sameParty(x, m)));
  return mentions.length ? { ...g, mentions } : null;
}

interface EnglishState {
  /** Accusations coded so far: a denial answers the last one against the denier. */
  accusations: { accuser: ActorGroup; accused: ActorGroup }[];
  /** Source of the last coded violent act (roots 18–20), the agent of "the attack". */
  violent: ActorGroup | null;
  /** Sources of coded acts that are neither statements nor evaluations, by sentence. */
  agents: { sentence: number; group: ActorGroup }[];
  /** Parties of the last joint act per kind: 'conflict' (ceasefire, fighting) or 'talks'. */
  joint: Map<string, ActorGroup>;
}
const states = new WeakMap<Memory, EnglishState>();

/** The English document state kept beside the shared memory. */
function stateOf(memory: Memory): EnglishState {
  let st = states.get(memory);
  if (!st) states.set(memory, (st = { accusations: [], violent: null, joint: new Map(), agents: [] }));
  return st;
}

function jointClass(cameo: string): string {
  return /^(08|1[5-9]|20)/.test(cameo) ? 'conflict' : 'talks';
}

/** Record a coded English event for later references (accusations, attackers, joint parties). */
export function englishRemember(memory: Memory, cameo: string, joint: boolean, args: Arguments, sentence: number): void {
  if (!args.source) return;
  const st = stateOf(memory);
  if (!/^(01|05|1[0-2])/.test(cameo)) st.agents.push({ sentence, group: args.source });
  if (cameo.startsWith('112') && args.targets) st.accusations.push({ accuser: args.source, accused: args.targets });
  if (/^(18|19|20)/.test(cameo)) st.violent = args.source;
  if (joint) {
    const parties = [...args.source.mentions, ...(args.targets?.mentions ?? [])];
    if (new Set(parties.map((m) => m.code)).size >= 2) st.joint.set(jointClass(cameo), { mentions: parties, start: args.source.start, end: args.source.end });
  }
}

/**
 * English joint pairs: a subject side and an object side pair each way ("Trump met the two ministers",
 * not the ministers with each other); participants alone pair among themselves, two parties of one
 * country counting when their sectors differ ("talks between Congo's government and M23").
 */
export function englishJointPairs(source: ActorGroup, srcs: ActorMention[], tgts: ActorMention[]): [ActorMention, ActorMention][] {
  const pairs: [ActorMention, ActorMention][] = [];
  if (tgts.length) {
    for (const a of srcs) for (const b of tgts) if (a.code !== b.code) pairs.push([a, b], [b, a]);
    return pairs;
  }
  const parties: ActorMention[] = [];
  for (const m of source.mentions) if (!parties.some((x) => x.code === m.code && (x.sector === m.sector || !x.sector || !m.sector))) parties.push(m);
  for (const a of parties) for (const b of parties) if (a !== b) pairs.push([a, b]);
  return pairs;
}

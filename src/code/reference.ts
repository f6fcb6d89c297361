// Arguments found by reference to other events: the agent of an evaluated act ("أدانت قطر الهجوم
// الذي شنه الحرس الثوري" → target IRN), the parties a mediator or host acts toward, and what the
// document carries forward (the last attacker, the last joint participants).
import { assignArguments } from './arguments.ts';
import { governorSubject } from './context.ts';
import { boundaryBetween, groupAfter, sameParty, type ActorGroup, type SentenceView } from './clause.ts';
import type { Trigger } from './match.ts';

/** What earlier sentences leave for later references. */
export interface Memory {
  /** Source of the last coded material-conflict act (roots 15–20). */
  attacker: ActorGroup | null;
  /** Participants of the last coded joint act (meeting, agreement, ceasefire). */
  joint: ActorGroup | null;
  /** Source of the last coded act that is not a plain statement (English: "welcomed the decision"). */
  agent?: ActorGroup | null;
}

/** Roots of acts whose agent an evaluation ("condemned the attack") is aimed at. */
export function conflictRoot(cameo: string): boolean {
  const root = Number(cameo.slice(0, 2));
  return root >= 15 && root <= 20;
}

/** Evaluation codes (criticize, reject, praise) whose object may be an act. */
export function evaluationCode(cameo: string): boolean {
  return /^(051|11[01]|12)/.test(cameo);
}

/** The conflict noun an evaluation verb takes as its object ("دانت … استهداف قطر"), if any. */
export function evaluatedEvent(v: SentenceView, tr: Trigger, triggers: readonly Trigger[]): Trigger | null {
  const next = triggers.find((t) => t.head >= tr.end);
  if (!next || next.kind !== 'noun' || !conflictRoot(next.pattern.cameo)) return null;
  if (boundaryBetween(v, tr.end, next.head)) return null;
  let words = 0;
  for (let k = tr.end; k < next.head; k++) {
    const inActor = v.groups.some((g) => k >= g.start && k < g.end);
    if (!inActor && !v.tokens[k]!.punct) words++;
  }
  return words <= 2 ? next : null;
}

/** The agent a nominal act names itself (genitive, adjective, relative clause, "من قبل"), or null. */
export function explicitAgent(v: SentenceView, t: Trigger): ActorGroup | null {
  const a = assignArguments(v, t, { inherited: null, governor: governorSubject(v, t, null), carriedTarget: null, speaker: null });
  return a.source;
}

/** Mediated parties: "بين X وY" after the trigger, else the last joint act's participants for "في الاتفاق". */
export function mediatedParties(v: SentenceView, tr: Trigger, source: ActorGroup | null, memory: Memory): ActorGroup | null {
  if (v.lang !== 'ar') return null;
  for (let k = tr.end; k < Math.min(v.end, tr.end + 6); k++) {
    const n = v.tokens[k]!.norm;
    if (n === 'بين') {
      const first = groupAfter(v, k + 1, 2);
      if (!first) return null;
      const second = first.mentions.length < 2 ? groupAfter(v, first.end, 1, first) : null;
      return without({ mentions: [...first.mentions, ...(second?.mentions ?? [])], start: first.start, end: second?.end ?? first.end }, source);
    }
    if (REFERRED.has(n) && memory.joint) return without(memory.joint, source);
    if (v.cues.boundary.has(n)) break;
  }
  return null;
}

/** Nouns that refer back to an agreement or talks reported earlier ("في الاتفاق", "المحادثات"). */
const REFERRED = new Set(['الاتفاق', 'بالاتفاق', 'الاتفاقيه', 'المحادثات', 'المفاوضات', 'المباحثات', 'الهدنه', 'بالهدنه']);

/** The parties of `g` that are not the source. */
export function without(g: ActorGroup, source: ActorGroup | null): ActorGroup | null {
  const mentions = g.mentions.filter((m) => !source?.mentions.some((x) => sameParty(x, m)));
  return mentions.length ? { ...g, mentions } : null;
}

/** A group of the distinct sources (or participants) of a set of events' mentions. */
export function groupOf(mentions: ActorGroup['mentions']): ActorGroup | null {
  const out: ActorGroup['mentions'] = [];
  for (const m of mentions) if (!out.some((x) => sameParty(x, m))) out.push(m);
  return out.length ? { mentions: out, start: out[0]!.tokenStart, end: out.at(-1)!.tokenEnd } : null;
}

// English clause helpers for argument assignment: relative-clause subjects ("X, who urged …"),
// that-clause targets ("demanded that Beijing …"), object pronouns ("does not recognise it"),
// dyad phrases ("met the two ministers"), places as targets of attacks, and the parties of a
// mediator or host ("brokered by Oman between X and Y", "hosted by X").
import type { ActorMention } from '../doc.ts';
import { boundaryBetween, groupAfter, prepGoverned, sameParty, subjectBefore, type ActorGroup, type SentenceView } from './clause.ts';
import type { Trigger } from './match.ts';
import type { ArgumentContext } from './arguments.ts';

const RELATIVE = new Set(['who', 'which', 'that']);
/** Auxiliaries and adverbs allowed between a relative pronoun (or "that") and its verb. */
const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'also', 'later', 'then', 'reportedly', 'repeatedly', 'already', 'once', 'previously', 'would', 'will', 'not', 'did', 'does', 'do', 'still', 'again', 'recently', 'last', 'first']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her']);
/** Heads of dyad phrases the actor recognizer does not list ("the two ministers", "both leaders"). */
const DYAD_HEADS = new Set(['ministers', 'leaders', 'sides', 'parties', 'presidents', 'delegations', 'governments', 'countries', 'nations', 'neighbours', 'neighbors', 'states', 'men', 'officials', 'armies', 'premiers', 'envoys', 'rivals', 'foes', 'capitals', 'militaries', 'chiefs', 'counterparts']);

/** "Ocalan, who urged …", "the DEM Party, which has acted …": the group just before the relative pronoun. */
export function relativeSubject(v: SentenceView, head: number): ActorGroup | null {
  if (v.lang !== 'en') return null;
  let k = head - 1;
  while (k > v.start && (AUX.has(v.tokens[k]!.norm) || /ly$/.test(v.tokens[k]!.norm))) k--;
  if (!RELATIVE.has(v.tokens[k]?.norm ?? '')) return null;
  let end = k;
  if (v.tokens[end - 1]?.norm === ',') end--;
  const g = v.groups.find((x) => x.end === end);
  return g && !prepGoverned(v, g) ? g : null;
}

/** "demanded that Beijing withdraw it", "urged that both sides …": the subject of the that-clause. */
export function thatClauseTarget(v: SentenceView, from: number, source: ActorGroup | null): ActorGroup | null {
  let k = from;
  while (k < v.end && /ly$/.test(v.tokens[k]!.norm)) k++;
  if (v.tokens[k]?.norm !== 'that') return null;
  // The clause subject, or when it is the speaker itself ("warned that Washington would … with X"), X.
  const subject = groupAfter(v, k + 1, 3);
  if (subject && !sameSide(subject, source)) return prepGoverned(v, subject) ? null : subject;
  return subject ? groupAfter(v, subject.end, 8, source ?? undefined) : null;
}

/** Whether the trigger's object is a personal pronoun ("recognise it", "expelled them"). */
export function pronounObject(v: SentenceView, tr: Trigger): boolean {
  const next = v.tokens[tr.end];
  return v.lang === 'en' && tr.end < v.end && Boolean(next && OBJECT_PRONOUNS.has(next.norm));
}

/** "both leaders", "the two ministers", "both sides", "each other" at `from` (no recognized actor there). */
export function dyadPhraseAt(v: SentenceView, from: number): boolean {
  if (v.lang !== 'en') return false;
  const w = (i: number) => v.tokens[from + i]?.norm ?? '';
  if (w(0) === 'each' && w(1) === 'other') return true;
  if (w(0) === 'one' && w(1) === 'another') return true;
  const [first, second] = w(0) === 'the' ? [w(1), w(2)] : [w(0), w(1)];
  if (first === 'both' && (DYAD_HEADS.has(second) || second === 'countries' || second === 'the')) return true;
  return (first === 'two' || first === 'three') && w(0) === 'the' && DYAD_HEADS.has(second);
}

/** A place named soon after `from` ("struck targets in Yemen", "hit Sanaa's airport") as a target. */
export function placeAfter(v: SentenceView, from: number, window = 6): ActorGroup | null {
  const place = v.places?.find((p) => p.start >= from && p.start < from + window && !boundaryBetween(v, from, p.start));
  return place ?? null;
}

/**
 * The parties a mediator or host acts toward: "between X and Y" after the trigger, else the actors
 * named before it (the guests: "X and Y met … in talks hosted by Z"), else the last joint act's parties.
 */
export function englishParties(v: SentenceView, tr: Trigger, source: ActorGroup | null, joint: ActorGroup | null): ActorGroup | null {
  for (let k = tr.end; k < Math.min(v.end, tr.end + 8); k++) {
    const n = v.tokens[k]!.norm;
    // "talks hosted by Qatar with Israel and Hamas": the guests follow "with" after the host.
    const withGuests = n === 'with' && source !== null && k >= source.end && k - source.end <= 1;
    if (n !== 'between' && !withGuests) continue;
    const first = groupAfter(v, k + 1, 3);
    if (!first) break;
    const second = first.mentions.length < 2 ? groupAfter(v, first.end, 2, first) : null;
    return without([...first.mentions, ...(second?.mentions ?? [])], source);
  }
  const before = v.groups.filter((g) => g.end <= tr.head && tr.head - g.end <= 15 && !sameSide(g, source));
  const mentions = before.flatMap((g) => g.mentions);
  if (mentions.length) return without(mentions, source);
  return joint ? without(joint.mentions, source) : null;
}

function without(mentions: ActorMention[], source: ActorGroup | null): ActorGroup | null {
  const kept: ActorMention[] = [];
  for (const m of mentions) if (!source?.mentions.some((x) => sameParty(x, m)) && !kept.some((x) => sameParty(x, m))) kept.push(m);
  return kept.length ? { mentions: kept, start: kept[0]!.tokenStart, end: kept.at(-1)!.tokenEnd } : null;
}

/** A definite or demonstrative noun before the trigger ("the truce", "this move"): it refers back. */
export function definiteNoun(v: SentenceView, tr: Trigger): boolean {
  if (v.lang !== 'en' || tr.kind !== 'noun') return false;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (n === 'the' || n === 'this' || n === 'that') return true;
    if (v.tokens[k]!.punct || v.cues.prepositions.has(n)) return false;
  }
  return false;
}

/**
 * "the war in Iraq", "the US-led war", "the war on terror": a definite war noun names an ongoing war as
 * a topic; with no agent of its own it is no new act of the context actors or of the last joint act's parties.
 */
export function ongoingWar(v: SentenceView, tr: Trigger, construction: string): boolean {
  return /^(noun-context|joint-reference)$/.test(construction) && /^wars?$/.test(v.tokens[tr.head]!.norm) && definiteNoun(v, tr);
}

/** A joint act's party introduced by its own preposition right after the pattern ("signed an accord with the United States"). */
export function withParty(v: SentenceView, tr: Trigger, g: ActorGroup): boolean {
  if (v.lang !== 'en' || g.start < tr.end || g.start > tr.end + 2) return false;
  const prep = v.tokens[g.start - 1]?.norm === 'the' ? g.start - 2 : g.start - 1;
  return prep >= tr.end && tr.pattern.targetPreps.has(v.tokens[prep]!.norm);
}

/** An "unknown actor" stand-in (FORMAT's UNK) for the unnamed agent of a condemned act. */
export function unknownAgent(at: number): ActorGroup {
  const m: ActorMention = { start: 0, end: 0, text: '', code: 'UNK', sector: null, kind: 'group', entry: 'unknown-agent', tokenStart: at, tokenEnd: at + 1 };
  return { mentions: [m], start: at, end: at + 1 };
}

/** Verbs whose object is the subject of a following infinitive ("urged Iran to release"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'press', 'tell', 'order', 'instruct', 'allow', 'force', 'invite', 'encourage', 'authorise', 'authorize', 'persuade', 'want', 'expect', 'need', 'request', 'demand', 'permit', 'help', 'enable', 'push', 'pressure', 'pressed', 'urged', 'asked', 'called', 'told', 'ordered', 'instructed', 'allowed', 'forced', 'invited', 'encouraged', 'wanted', 'expected', 'requested', 'demanded', 'permitted', 'helped', 'pushed', 'pressured']);

/**
 * "summoned the British ambassador to protest …": an infinitive of purpose after a verb and its
 * object has the verb's subject; returns that subject, or null when the construction is not there.
 */
export function purposeSubject(v: SentenceView, head: number, object: ActorGroup): ActorGroup | null {
  if (v.lang !== 'en' || v.tokens[head - 1]?.norm !== 'to' || object.end !== head - 1) return null;
  let k = object.start - 1;
  while (k > v.start && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(v.tokens[k]!.norm)) k--;
  const verb = v.tokens[k];
  if (!verb || verb.punct || !/(ed|s)$/.test(verb.norm) || OBJECT_CONTROL.has(verb.norm) || verb.forms.some((f) => OBJECT_CONTROL.has(f))) return null;
  return subjectBefore(v, k, 10);
}

/** Agent nouns the recognizer leaves unnamed when no country is given ("the police", "troops"). */
const AGENT_NOUNS = new Set(['police', 'troops', 'soldiers', 'forces', 'army', 'military', 'authorities', 'officials', 'officers', 'guards', 'agents', 'prosecutors', 'judges', 'court', 'courts', 'security', 'services', 'personnel', 'staff', 'diplomats', 'ministry', 'government', 'parliament', 'lawmakers', 'militants', 'rebels', 'fighters', 'gunmen', 'protesters', 'workers']);

/** "instructed the police to expel him": the infinitive's subject is an unnamed object noun, not an earlier actor. */
export function objectControlled(v: SentenceView, head: number): boolean {
  if (v.lang !== 'en' || v.tokens[head - 1]?.norm !== 'to' || head - 2 < v.start) return false;
  const k = head - 2;
  return AGENT_NOUNS.has(v.tokens[k]!.norm) && !v.groups.some((g) => k >= g.start && k < g.end);
}

function sameSide(g: ActorGroup, source: ActorGroup | null): boolean {
  return Boolean(source && g.mentions.every((m) => source.mentions.some((x) => sameParty(x, m))));
}

/** "Bangkok expelled … and recalled its envoy": a verb right after "and" shares the previous verb's subject. */
export function coordinatedVerb(v: SentenceView, head: number): boolean {
  if (v.lang !== 'en') return false;
  let k = head - 1;
  while (k > v.start && (AUX.has(v.tokens[k]!.norm) || /ly$/.test(v.tokens[k]!.norm))) k--;
  return k > v.start && (v.tokens[k]!.norm === 'and' || v.tokens[k]!.norm === 'but');
}

/**
 * "Omer Celik, spokesman for …, called", "The M23 group, which … say is backed by Rwanda, seized":
 * the subject before an appositive or relative clause set off by commas.
 */
export function interruptedSubject(v: SentenceView, head: number): ActorGroup | null {
  if (v.lang !== 'en') return null;
  let k = head - 1;
  while (k > v.start && (AUX.has(v.tokens[k]!.norm) || /ly$/.test(v.tokens[k]!.norm) || v.transparent?.has(k) && v.tokens[k]!.norm !== ',')) k--;
  if (v.tokens[k]?.norm !== ',') return null;
  for (let j = k - 1; j > v.start; j--) {
    const n = v.tokens[j]!.norm;
    if (n === ';' || n === '.' || n === ':') return null;
    if (n !== ',') continue;
    const g = v.groups.find((x) => x.end === j);
    if (g && !prepGoverned(v, g) && j - 1 >= v.start) return g;
    return null;
  }
  return null;
}

/** Verbs and adverbs a that-clause follows ("said that", "so that"): no antecedent noun before the relative. */
const EN_VERB_BEFORE_THAT = /^(said|says|say|saying|told|believe|believes|believed|added|stated|announced|warned|know|knew|think|thought|hope|hoped|so|now|such|fact|claim|claims|claimed|reports|reported|ensure|means)$|ed$/;

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'which', 'who', 'that', 'this', 'both', 'each', 'all', 'and', 'but', 'or', 'to', 'then', 'also', 'not', 'never', 'later', 'jointly', 'had', 'have', 'has']);

/**
 * "The series of … actions threaten …": the word before a finite verb is a common noun, not an actor. So is
 * the antecedent of a relative pronoun ("airstrikes that demolished homes") and the noun a participle
 * directly follows ("Somalis cooperating with Kenyan forces", "a bus carrying soldiers").
 */
export function nonActorSubject(v: SentenceView, head: number): boolean {
  if (v.lang !== 'en') return false;
  // A word of a named actor's phrase is its subject, unless the phrase is a preposition's object ("attacks on Somalis cooperating").
  const inActor = (k: number) => v.groups.some((g) => k >= g.start && k < g.end && !prepGoverned(v, g));
  const word = (k: number) => k >= v.start && /^\p{L}[\p{L}-]*$/u.test(v.tokens[k]!.text) && !inActor(k);
  const before = v.tokens[head - 1]?.norm ?? '';
  if (/ing$/.test(v.tokens[head]!.norm) && head - 1 > v.start && word(head - 1) && !PRONOUNS.has(before) && !AUX.has(before)
    && !v.cues.prepositions.has(before) && !v.cues.boundary.has(before) && !/(ly|ed)$/.test(before)) return true;
  let k = head - 1;
  while (k > v.start && (AUX.has(v.tokens[k]!.norm) || /ly$/.test(v.tokens[k]!.norm))) k--;
  if (/^(that|which)$/.test(v.tokens[k]?.norm ?? '') && word(k - 1) && /^[a-z]/.test(v.tokens[k - 1]!.text) && !v.cues.prepositions.has(v.tokens[k - 1]!.norm) && !EN_VERB_BEFORE_THAT.test(v.tokens[k - 1]!.norm)) return true;
  const t = v.tokens[k];
  if (!t || k < v.start || t.punct || v.transparent?.has(k) || /^\d/.test(t.norm) || !/^[a-z]/.test(t.text)) return false;
  if (PRONOUNS.has(t.norm) || v.cues.prepositions.has(t.norm) || v.cues.boundary.has(t.norm)) return false;
  return !v.groups.some((g) => k >= g.start && k < g.end) && !/(ed|ing)$/.test(t.norm);
}

/**
 * English object slots a plain group search misses: a that-clause subject after a demand, appeal or
 * threat; an object pronoun; a dyad phrase ("both leaders"); a place attacked. undefined: none apply.
 */
export function englishObject(v: SentenceView, tr: Trigger, from: number, source: ActorGroup | null, ctx: ArgumentContext): ActorGroup | null | undefined {
  const root = tr.pattern.cameo.slice(0, 2);
  if (['02', '03', '10', '13'].includes(root)) {
    const that = thatClauseTarget(v, from, source);
    if (that) return that;
  }
  if (pronounObject(v, tr)) {
    const g = [nearestBefore(v, tr.head, source), ctx.carriedTarget, ctx.carried ?? null].find((x) => x && !sameActors(x, source));
    return g ?? null;
  }
  if (dyadPhraseAt(v, from) || dyadPhraseAt(v, tr.end)) {
    const parties = ctx.joint ? ctx.joint.mentions.filter((m) => !source?.mentions.some((x) => sameParty(x, m))) : [];
    return parties.length ? { mentions: parties, start: from, end: from + 1 } : null;
  }
  if ((Number(root) >= 15 || root === '13') && tr.pattern.target !== 'others') return placeAfter(v, from) ?? undefined;
  return undefined;
}

/** "Egypt hosted talks": a verb between a group and a noun means the group is no premodifier. */
export function verbBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/ed$/.test(v.tokens[k]!.norm) || ['has', 'have', 'had', 'will', 'would', 'is', 'was', 'are', 'were'].includes(v.tokens[k]!.norm)) return true;
  return false;
}

/** The nearest group before the trigger that is not the source. */
function nearestBefore(v: SentenceView, head: number, source: ActorGroup | null): ActorGroup | null {
  for (let gi = v.groups.length - 1; gi >= 0; gi--) {
    const g = v.groups[gi]!;
    if (g.end <= head && !sameActors(g, source) && !g.mentions.every((m) => source?.mentions.some((x) => x.code === m.code))) return g;
  }
  return null;
}

function sameActors(a: ActorGroup | null, b: ActorGroup | null): boolean {
  if (!a || !b) return false;
  return a === b || a.mentions.every((m) => b.mentions.some((x) => sameParty(x, m)));
}

/** "…, warning that …", "…, saying …": a participle after a comma shares the main clause's subject. */
export function participleClause(v: SentenceView, head: number): boolean {
  return v.lang === 'en' && /ing$/.test(v.tokens[head]!.norm) && v.tokens[head - 1]?.norm === ',' && head - 1 > v.start;
}

/**
 * "KHARTOUM, March 3 (AFP) - …": the first token after a wire dateline ending in "(Agency) -", so the
 * agency is never read as a clause subject; `start` when the sentence has no dateline.
 */
export function afterDateline(tokens: readonly { norm: string; text: string }[], start: number, end: number): number {
  // "CAIRO, May 2 (Reuters) -", "AFP -", "Canadian Press - VANCOUVER (CP) -": credits and datelines before a
  // dash, made only of capitalised words, numbers and punctuation, are not part of the clause.
  let after = start;
  for (let k = start; k < Math.min(end - 2, start + 14); k++) {
    const t = tokens[k]!;
    if (/^([-–—]+|--)$/.test(t.norm) && k > start) {
      after = k + 1;
      continue;
    }
    if (!/^[\p{Lu}\d(),.]/u.test(t.text)) break;
  }
  return after;
}

/** Vehicles, weapons and forces that act for an owner ("a truck rammed", "armoured vehicles surrounded"). */
const INSTRUMENTS = new Set(['truck', 'trucks', 'car', 'cars', 'vehicle', 'vehicles', 'tank', 'tanks', 'jeep', 'jeeps', 'bulldozer', 'bulldozers', 'convoy', 'convoys', 'warship', 'warships', 'ship', 'ships', 'boat', 'boats', 'vessel', 'vessels', 'helicopter', 'helicopters', 'jets', 'warplanes', 'drone', 'drones', 'gunboat', 'gunboats', 'troops', 'soldiers', 'forces', 'units', 'contingent', 'contingents', 'battalion', 'peacekeepers', 'officers', 'policemen', 'police', 'gendarmes', 'commandos', 'paratroopers', 'crowd', 'crowds', 'mob', 'protesters', 'demonstrators', 'gunmen', 'fighters', 'militiamen']);

/**
 * The owner of a vehicle, weapon or force that is the trigger's subject: an actor inside its noun
 * phrase ("Sudanese troops", "a contingent of Kenyan police"), else the actor in context. null when
 * the subject is no such noun.
 */
export function instrumentOwner(v: SentenceView, tr: Trigger, context: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'en') return null;
  let k = tr.kind === 'noun' ? tr.head : tr.head - 1;
  while (tr.kind !== 'noun' && k > v.start && (AUX.has(v.tokens[k]!.norm) || /ly$/.test(v.tokens[k]!.norm))) k--;
  if (!INSTRUMENTS.has(v.tokens[k]?.norm ?? '') || k < v.start) return null;
  // The noun phrase: back to a clause boundary, forward over an "of"-genitive for a noun trigger.
  let from = k;
  while (from > v.start && from > k - 5 && !v.tokens[from - 1]!.punct && !v.cues.boundary.has(v.tokens[from - 1]!.norm) && !/(ed|s)$/.test(v.tokens[from - 1]!.norm) || (from > v.start && /^(armoured|armored|unmarked)$/.test(v.tokens[from - 1]!.norm))) from--;
  let to = k + 1;
  if (v.tokens[to]?.norm === 'of') to = Math.min(tr.end, to + 5);
  const inside = v.groups.find((g) => g.start >= from && g.end <= Math.max(to, k + 1) && g.start < tr.end);
  return inside ?? context;
}

/** Seats of institutions that stand for them as targets of force ("stormed the presidential palace"). */
const SEATS: Record<string, ActorMention['sector']> = { palace: 'GOV', presidency: 'GOV', ministry: 'GOV', parliament: 'LEG', assembly: 'LEG', courthouse: 'JUD', gate: 'GOV' };

/**
 * "surrounded the presidential palace", "rammed the gate of the palace": a force act aimed at a seat of
 * government is aimed at that government, of the source's country (a domestic act).
 */
export function seatTarget(v: SentenceView, tr: Trigger, source: ActorGroup): ActorGroup | null {
  if (v.lang !== 'en' || Number(tr.pattern.cameo.slice(0, 2)) < 15) return null;
  const country = source.mentions[0]?.code;
  if (!country || country.length !== 3 || country === 'UNK') return null;
  for (let k = tr.head + 1; k < Math.min(v.end, tr.end + 6); k++) {
    const n = v.tokens[k]!.norm;
    if (v.tokens[k]!.punct || v.cues.boundary.has(n)) break;
    const sector = SEATS[n];
    if (!sector || (n === 'gate' && v.tokens[k + 1]?.norm !== 'of')) continue;
    const m: ActorMention = { start: v.tokens[k]!.start, end: v.tokens[k]!.end, text: v.tokens[k]!.text, code: country, sector, kind: 'group', entry: 'seat', tokenStart: k, tokenEnd: k + 1 };
    return { mentions: [m], start: k, end: k + 1 };
  }
  return null;
}

/** "no immediate response from Kigali": the actor after "from" right behind a statement noun is its source. */
export function fromSource(v: SentenceView, tr: Trigger): ActorGroup | null {
  if (v.lang !== 'en' || tr.kind !== 'noun' || !tr.pattern.speech || v.tokens[tr.end]?.norm !== 'from') return null;
  const at = (g: ActorGroup) => g.start === tr.end + 1 || (g.start === tr.end + 2 && v.tokens[tr.end + 1]!.norm === 'the');
  return v.groups.find(at) ?? v.places?.find(at) ?? null;
}

// Argument assignment: which actor group is the source and which the target of a trigger,
// by word order (VSO, SVO), voice, prepositions, verbal-noun genitives, pronouns and coordination.
import type { ActorMention } from '../doc.ts';
import { countryOf } from '../ontology/actor-codes.ts';
import type { Trigger } from './match.ts';
import {
  adjectiveOnly, boundaryBetween, sameParty, groupAfter, looksPassive, prepGoverned, PREP_STEMS, subjectBefore, targetAfterPrep,
  type ActorGroup, type Arguments, type SentenceView,
} from './clause.ts';

import { coordinatedVerb, englishObject, participleClause, englishParties, interruptedSubject, nonActorSubject, objectControlled, purposeSubject, relativeSubject, verbBetween } from './english.ts';

import { jointObject } from './arabic-events.ts';
import { arabicParticiple, bare, evaluative, PREP_HE, pronounReferent, relativeAgent, relativeVerb, RELATIVES } from './arabic-clause.ts';

export type { ActorGroup, Arguments, SentenceView } from './clause.ts';

/** Arabic quantity nouns that may head a VSO subject ("مئات المتظاهرين"). */
const QUANTITY = /^و?(مئات|ميات|الاف|عشرات|الوف|ملايين|الف|مئه|ميه|بضعه|بضع|عدد|العشرات|المئات|الميات|الالاف)$/;
export { groupActors, groupAfter, prepGoverned, subjectBefore } from './clause.ts';

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
  /** Participants of the last joint act, for English dyad phrases ("met the two ministers"). */
  joint?: ActorGroup | null;
  /** The previous sentence's subject, for English object pronouns ("does not recognise it"). */
  carried?: ActorGroup | null;
}

/** Assign source and target for one trigger. */
export function assignArguments(v: SentenceView, tr: Trigger, ctx: ArgumentContext): Arguments {
  return withComitative(v, tr, clauseArguments(v, tr, ctx));
}

/**
 * "انضمت السنغال مع غانا إلى موريتانيا": a مع-phrase followed by another of the pattern's target
 * prepositions names companions of the subject, and the later phrase the party they act toward.
 */
function withComitative(v: SentenceView, tr: Trigger, a: Arguments): Arguments {
  if (v.lang !== 'ar' || !a.source || !a.targets || prepGoverned(v, a.targets) !== 'مع') return a;
  const preps = new Set([...tr.pattern.targetPreps].filter((x) => x !== 'مع'));
  if (!preps.size) return a;
  const next = v.tokens[a.targets.end];
  if (!next || !(preps.has(next.norm) || (next.proclitics ?? []).some((x) => preps.has(x)))) return a;
  const toward = targetAfterPrep(v, a.targets.end, preps);
  if (!toward || sameActors(toward, a.source) || sameActors(toward, a.targets)) return a;
  const source = { mentions: [...a.source.mentions, ...a.targets.mentions], start: a.source.start, end: a.targets.end };
  return { ...a, source, targets: toward, construction: `${a.construction}-comitative` };
}

function clauseArguments(v: SentenceView, tr: Trigger, ctx: ArgumentContext): Arguments {
  const p = tr.pattern;
  const head = v.tokens[tr.head]!;
  const pickTarget = (from: number, source: ActorGroup | null): ActorGroup | null => {
    if (p.target === 'none') return null;
    const evaluated = evaluative(p.cameo) ? relativeAgent(v, from, source) : null;
    // "قصفت القوات الروسية مدينة أوديسا": a place as the direct object of force stands for its country.
    const placeObject = v.lang === 'ar' && /^(1[5-9]|20)/.test(p.cameo) ? v.places?.find((x) => x.start >= from && x.start <= from + 2) ?? null : null;
    if (p.target === 'prep') {
      const t = targetAfterPrep(v, from, p.targetPreps) ?? pronounTarget(v, from, p.targetPreps, source) ?? evaluated ?? placeObject;
      if (t) return t;
      // "التقى الرئيس الفرنسي الرئيس الأمريكي": a joint act's direct object is its other party.
      const arObject = p.joint ? jointObject(v, from, source) : null;
      if (arObject) return arObject;
      // English "met the two ministers": a dyad phrase as the direct object of a joint act.
      const en = v.lang === 'en' && p.joint ? englishObject(v, tr, from, source, ctx) ?? groupAfter(v, tr.end, 3, source ?? undefined) : undefined;
      if (en) return en;
      return !p.joint && prepPresent(v, from, p.targetPreps) && !sameActors(ctx.carriedTarget, source) ? ctx.carriedTarget : null;
    }
    const own = ownPeople(v, from, source);
    if (own) return own;
    const obj = groupAfter(v, from, 8, source ?? undefined);
    if (obj && !sameActors(obj, source)) return obj;
    if (evaluated) return evaluated;
    if (placeObject && !sameActors(placeObject, source)) return placeObject;
    if (v.lang === 'en') {
      const en = englishObject(v, tr, from, source, ctx);
      if (en !== undefined) return en;
    }
    if (p.target === 'object') {
      const pronoun = encliticObject(v, tr, source) ?? relativeObject(v, source);
      if (pronoun) return pronoun;
      return hasObjectPronoun(v, tr) && !sameActors(ctx.carriedTarget, source) ? ctx.carriedTarget : null;
    }
    if (p.target === 'others') return othersThan(v, source, false, tr.head);
    return nearestBefore(v, tr.head, source) ?? (sameActors(ctx.carriedTarget, source) ? null : ctx.carriedTarget);
  };
  if (p.speakerVoice) {
    const subject = subjectBefore(v, tr.head, 10) ?? groupAfter(v, tr.head + 1, 1) ?? (tr.kind === 'noun' ? minAgent(v, tr.end) : null);
    const speaker = ctx.speaker && !sameActors(ctx.speaker, subject) ? ctx.speaker : ctx.inherited;
    const target = subject && !sameActors(subject, speaker) ? subject : nearestBefore(v, tr.head, speaker) ?? ctx.carriedTarget;
    return { source: speaker, targets: sameActors(target, speaker) ? null : target, construction: 'speaker-evaluation' };
  }
  if (tr.kind === 'noun') return nounArguments(v, tr, pickTarget, ctx);
  if (arabicParticiple(v, tr)) {
    // "…، متهمةً أديس أبابا بالتعنت": a circumstantial participle shares the main clause's subject.
    const source = ctx.speaker ?? ctx.inherited;
    return { source, targets: pickTarget(tr.head + 1, source), construction: 'participle' };
  }
  const relVerb = relativeVerb(v, tr);
  if (relVerb) {
    // "مباحثات استضافتها العاصمة الصينية بكين", "الاتفاق الذي وقعته X": the subject follows the verb.
    const source = groupAfter(v, tr.head + 1, 3);
    if (source && !prepGoverned(v, source)) return { source, targets: pickTarget(source.end, source), construction: 'relative' };
  }

  const passive = p.patientSubject || (v.lang === 'ar' ? looksPassive(head) : englishPassive(v, tr.head));
  if (passive) {
    // English "signed by X and Y": the pattern may end in the agent marker itself.
    // "مثل المعارض أمام المحكمة": a patient-subject pattern ending in أمام names its agent next.
    const before = v.lang === 'ar' && p.patientSubject && v.tokens[tr.end - 1]?.norm === 'امام' ? groupAfter(v, tr.end, 1) : null;
    const agent = agentAfter(v, v.lang === 'en' ? tr.head + 1 : tr.end) ?? before ?? ctx.inherited;
    if (p.target === 'others') {
      const parties = v.lang === 'en' ? englishParties(v, tr, agent, ctx.joint ?? null) : othersThan(v, agent, false, tr.head);
      return { source: agent, targets: parties, construction: 'passive' };
    }
    if (p.target !== 'prep' && p.target !== 'none' && reducedRelative(v, tr.head)) {
      const noun = v.groups.find((g) => g.end === tr.head) ?? null;
      return { source: agent, targets: noun, construction: noun ? 'passive' : 'non-actor-patient' };
    }
    const patient = p.target === 'prep'
      ? pickTarget(tr.end, agent)
      : subjectBefore(v, tr.head, 6) ?? groupAfter(v, tr.head + 1, 3, agent ?? undefined) ?? (p.patientSubject ? nearestBefore(v, tr.head, agent) : null);
    return { source: agent, targets: p.target === 'none' ? null : patient, construction: 'passive' };
  }
  if (tr.firstPerson && ctx.speaker) return { source: ctx.speaker, targets: pickTarget(tr.end, ctx.speaker), construction: 'speaker' };
  const before = subjectBefore(v, tr.head, v.lang === 'ar' ? 6 : 10);
  if (participleClause(v, tr.head) && (ctx.speaker ?? ctx.inherited)) {
    const subject = (ctx.speaker ?? ctx.inherited)!;
    return { source: subject, targets: pickTarget(tr.head + 1, subject), construction: 'participle' };
  }
  if (coordinatedVerb(v, tr.head) && ctx.inherited) return { source: ctx.inherited, targets: pickTarget(tr.head + 1, ctx.inherited), construction: 'coordinated' };
  const interrupted = interruptedSubject(v, tr.head);
  if (interrupted) return { source: interrupted, targets: pickTarget(tr.head + 1, interrupted), construction: 'svo' };
  const purpose = before ? purposeSubject(v, tr.head, before) : null;
  if (purpose) return { source: purpose, targets: pickTarget(tr.head + 1, purpose), construction: 'purpose' };
  if (before && !objectControlled(v, tr.head)) return { source: before, targets: pickTarget(tr.head + 1, before), construction: 'svo' };
  const relative = relativeSubject(v, tr.head);
  if (relative) return { source: relative, targets: pickTarget(tr.head + 1, relative), construction: 'relative' };
  if (v.lang === 'ar') {
    // The subject of a VSO clause follows the verb directly ("داهمت الشرطة"); a later actor is an object or genitive.
    const next = v.tokens[tr.head + 1];
    // "اجتمع كل من X وY"; "وشاركت فيها إريتريا": skip كل من, or a preposition carrying a pronoun.
    const skipKullMin = next?.norm === 'كل' && v.tokens[tr.head + 2]?.norm === 'من' ? 2
      : next && /(ها|ه|هم)$/.test(next.text) && next.forms.some((f) => PREP_STEMS.has(f)) ? 1
      // "تظاهر مئات المعارضين", "اعتقلت عشرات من …": a quantity noun stands before the subject.
      : next && QUANTITY.test(next.norm) ? (v.tokens[tr.head + 2]?.norm === 'من' ? 2 : 1) : 0;
    const afterRaw = groupAfter(v, tr.head + 1 + skipKullMin, 1);
    const after = afterRaw && !adjectiveOnly(afterRaw) ? afterRaw : null;
    const prevWord = v.tokens[tr.head - 1]?.norm;
    const coordinatedVerb = ((head.proclitics ?? []).includes('و') || prevWord === 'ثم' || prevWord === 'و') && ctx.inherited && tr.head > v.start + 1;
    if (after && (skipKullMin || !prepGoverned(v, after))) {
      const second = pickTarget(after.end, after);
      if (coordinatedVerb && !second && !p.targetOptional) return { source: ctx.inherited, targets: pickTarget(tr.end, ctx.inherited), construction: 'coordinated' };
      return { source: after, targets: second, construction: 'vso' };
    }
  } else if (p.speech) {
    const after = groupAfter(v, tr.end, 2);
    if (after) return { source: after, targets: null, construction: 'quotative' };
  }
  // English "a landmine blast wounded …": the subject is there, and it names no actor.
  if (!ctx.governor && nonActorSubject(v, tr.head)) return { source: null, targets: null, construction: 'non-actor-subject' };
  const source = ctx.governor ?? ctx.inherited;
  return { source, targets: pickTarget(tr.head + 1, source), construction: ctx.governor ? 'governor' : 'context' };
}

function nounArguments(
  v: SentenceView, tr: Trigger, pickTarget: (from: number, source: ActorGroup | null) => ActorGroup | null, ctx: ArgumentContext,
): Arguments {
  const p = tr.pattern;
  const genitive = groupAfter(v, tr.head + 1, 2);
  // "إغلاق القنصليتين الإثيوبيتين": in a 16x act the adjective after the object noun names the target, not the agent.
  const objectAdjective = v.lang === 'ar' && /^16/.test(p.cameo) && !!genitive && genitive.start >= tr.end;
  const adjective = genitive && !objectAdjective && genitive.start <= tr.head + 2 && genitive.mentions.every((m) => m.kind === 'demonym') ? genitive : null;
  // English premodifier ("U.S. military strikes", "Russia's attack").
  // A possessive premodifier stays the agent under a preposition ("objected to the U.S. military's strikes").
  const premod = v.lang === 'en' ? v.groups.find((g) => g.end <= tr.head && tr.head - g.end <= 2 && !boundaryBetween(v, g.end, tr.head) && !verbBetween(v, g.end, tr.head) && (!prepGoverned(v, g) || /'s$|’s$/.test(v.tokens[g.end - 1]!.norm))) ?? null : null;
  let source: ActorGroup | null = adjective ?? premod ?? agentAfter(v, tr.end) ?? (p.genitive === 'agent' ? minAgent(v, tr.end) : null);
  let construction = source ? 'agent' : 'governor';
  let targets: ActorGroup | null = null;
  // The genitive of an event noun with no patient slot, or of an agent-genitive noun, is its agent.
  if (!source && genitive && !prepGoverned(v, genitive) && (p.genitive === 'agent' || p.target === 'none')) {
    source = genitive;
    construction = 'genitive';
  }
  if (!source && v.lang === 'ar' && (p.genitive === 'agent' || p.target !== 'object') && /^(ه|ها|هم|هما)$/.test(v.tokens[tr.head]!.enclitic ?? '')) {
    // "حربها على أرمينيا", "إشادته بالاتفاق": a possessive pronoun on the noun is its agent.
    source = pronounReferent(v, tr.head) ?? ctx.inherited;
    construction = 'pronoun';
  }
  if (!source) {
    source = ctx.governor ?? ctx.inherited;
    construction = ctx.governor ? 'governor' : 'context';
  }
  if (construction === 'genitive') targets = pickTarget(Math.max(genitive!.end, tr.end), source);
  else if (p.target === 'object' && v.lang === 'ar' && genitive && genitive !== adjective && !sameActors(genitive, source)) targets = genitive;
  else targets = pickTarget(p.target === 'prep' ? tr.head + 1 : Math.max(tr.end, adjective?.end ?? 0), source);
  // "دانت X استهداف قطر، وأكدت وقوفها إلى جانب الدوحة": a pronoun that would make the act reflexive points to the earlier agent.
  if (construction === 'pronoun' && targets && sameActors(targets, source) && ctx.inherited && !sameActors(targets, ctx.inherited)) source = ctx.inherited;
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
    const arPronoun = v.lang === 'ar' && ((/(ها|هم|هما)$/.test(t.norm) && t.forms.some((f) => preps.has(f))) || preps.has(PREP_HE[t.norm] ?? ''));
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

/**
 * "دعت السلطات الإيرانية مواطنيها إلى عدم السفر إلى تركيا": an object that is a people noun with a possessive
 * pronoun (right after the trigger or its subject, or after إلى) is the source's own population, not a state named
 * further on.
 */
function ownPeople(v: SentenceView, from: number, source: ActorGroup | null): ActorGroup | null {
  const own = source?.mentions.find((m) => countryOf(m.code));
  if (!own) return null;
  for (let k = from; k < Math.min(v.end, from + 2); k++) {
    const t = v.tokens[k]!;
    // The token's forms without its glued conjunction or preposition ("ولمواطنيها").
    if (t.forms.some((f) => v.cues.ownPeople.has(f))) {
      const m: ActorMention = { ...own, sector: 'CVL', kind: 'state', entry: `own-people:${own.entry}`, tokenStart: k, tokenEnd: k + 1 };
      return { mentions: [m], start: k, end: k + 1 };
    }
    if (t.norm !== 'الي') return null;
  }
  return null;
}

function hasObjectPronoun(v: SentenceView, tr: Trigger): boolean {
  return v.lang === 'ar' && tr.kind === 'verb' && /(ها|هم|هما|هن)$/.test(v.tokens[tr.head]!.norm);
}

/** An object pronoun on the verb (اتهمتها، اعتقلتهم) points back to the nearest earlier actor. */
function encliticObject(v: SentenceView, tr: Trigger, source: ActorGroup | null): ActorGroup | null {
  if (v.lang !== 'ar' || tr.kind !== 'verb') return null;
  const n = v.tokens[tr.head]!.norm;
  // "واصفاً إياها": a detached object pronoun.
  if (/^ايا(ه|ها|هم|هما)$/.test(v.tokens[tr.head + 1]?.norm ?? '')) return nearestBefore(v, tr.head, source);
  if (!/(ها|هم|هما|هن)$/.test(n)) return null;
  return nearestBefore(v, tr.head, source);
}

const EN_IRREGULAR_PARTICIPLES = new Set(['hit', 'struck', 'held', 'sent', 'fought', 'brought', 'caught', 'sold', 'told', 'led', 'left', 'kept', 'built', 'lost', 'shut', 'hurt', 'set', 'put', 'met', 'sought', 'bought', 'dealt', 'won', 'laid']);

/**
 * English "rejected a peace plan proposed by Chad": a participle right after a common noun modifies that noun,
 * which is its patient; the clause's subject is not ("Russian diplomats expelled by Poland": the noun ends an actor).
 */
function reducedRelative(v: SentenceView, head: number): boolean {
  const prev = v.tokens[head - 1];
  if (v.lang !== 'en' || !prev || prev.punct || head - 1 < v.start || !/^[a-z]/.test(prev.text)) return false;
  return !v.cues.passiveAux.has(prev.norm) && !/ly$/.test(prev.norm) && !PASSIVE_BRIDGE.has(prev.norm);
}

/** Words that may stand between a passive auxiliary and its participle. */
const PASSIVE_BRIDGE = new Set(['also', 'not', 'been', 'reportedly', 'later']);

function englishPassive(v: SentenceView, head: number): boolean {
  const t = v.tokens[head]!;
  if (!/(ed|en|wn|ut|ot|id)$/.test(t.norm) && !EN_IRREGULAR_PARTICIPLES.has(t.norm)) return false;
  if (v.tokens[head + 1]?.norm === 'by') return true;
  for (let k = head - 1; k >= Math.max(v.start, head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.passiveAux.has(n)) return true;
    if (!/ly$/.test(n) && !PASSIVE_BRIDGE.has(n)) return false;
  }
  return false;
}

/** Every group in the sentence but `exclude`, merged (or only the first when `first`). */
function othersThan(v: SentenceView, exclude: ActorGroup | null, first: boolean, near?: number): ActorGroup | null {
  const rest = v.groups.filter((g) => g !== exclude && !(exclude && g.mentions.every((m) => exclude.mentions.some((x) => x.code === m.code)))
    && (near === undefined || Math.abs(g.start - near) <= 15));
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
    // English "a truce brokered by Egypt": a by-phrase after another participle is that participle's agent.
    if (v.cues.agentMarkers.has(t.norm) && v.lang === 'en' && k > from && /(ed|en)$/.test(v.tokens[k - 1]!.norm)) return null;
    if (v.cues.agentMarkers.has(t.norm)) return groupAfter(v, k + 1, 3);
    if (v.lang === 'ar' && /(ه|ها|هم)$/.test(bare(t.text)) && (t.forms.length > 1 || RELATIVES.has(v.tokens[k - 1]?.norm ?? ''))) {
      const g = v.groups.find((x) => x.start === k + 1);
      if (g && !prepGoverned(v, g)) return g;
    }
    if (v.cues.boundary.has(t.norm) && t.norm !== 'قبل' && !RELATIVES.has(t.norm)) return null;
  }
  return null;
}

// Stage: code events — match dictionary triggers per sentence, assign source and target, apply
// negation, modality, cause-phrase and complement rules, and record near-misses.
import type { ActorMention, CodedEvent, Doc, Explanation, Sentence, Token } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
import { cameoInfo } from '../ontology/index.ts';
import type { VerbDictionary } from './dictionary.ts';
import { loadCues, type Cues } from './cues.ts';
import { matchTriggers, type Trigger } from './match.ts';
import { assignArguments, groupActors, subjectBefore, groupAfter, prepGoverned, type ActorGroup, type SentenceView } from './arguments.ts';
import type { ActorDictionary } from '../recognize/actors/dictionary.ts';
import { normalizeKey } from '../normalize/index.ts';
import { demonymIndex, demonymMentions, type DemonymIndex } from './demonyms.ts';
import { causeCue, complementRange, modalCue, negationCue, threatCue } from './context.ts';

export { formatExplanations } from './explain.ts';

/**
 * Code the events of a segmented document whose actors are recognized.
 * @example codeEvents(doc, dict).events?.map((e) => e.cameo)
 */
export function codeEvents(doc: Doc, dict: VerbDictionary, options: { cues?: Cues; demonyms?: DemonymIndex; actorDict?: ActorDictionary } = {}): Doc {
  const cues = options.cues ?? loadCues(doc.article.lang);
  const tokens = doc.tokens ?? [];
  const actors = doc.actors ?? [];
  const events: CodedEvent[] = [];
  const explanations: Explanation[] = [];
  const title = doc.article.title?.trim();
  let carried: ActorGroup | null = null;
  let carriedTarget: ActorGroup | null = null;
  for (const s of doc.sentences ?? []) {
    const text = doc.text.slice(s.start, s.end);
    if (s.heading || (title && text.trim() === title)) continue;
    const recognized = actors.filter((a) => a.tokenStart >= s.tokenStart && a.tokenEnd <= s.tokenEnd);
    const covered = new Set<number>();
    for (const a of recognized) for (let k = a.tokenStart; k < a.tokenEnd; k++) covered.add(k);
    const inSentence = options.demonyms ? [...recognized, ...demonymMentions(doc, s, options.demonyms, covered)] : recognized;
    const v: SentenceView = { lang: doc.article.lang, tokens, start: s.tokenStart, end: s.tokenEnd, groups: groupActors(inSentence, tokens), cues, transparent: transparentTokens(doc, s), wholeName: wholeNames(tokens, recognized, options.actorDict), places: placeGroups(doc, s) };
    const before = explanations.length;
    const sentenceEvents = codeSentence(doc, s, v, dict, { carried, carriedTarget }, explanations);
    const specific = sentenceEvents.filter((e) => !e.rule.startsWith('speech:'));
    // A plain statement (010) is coded only for quoted speech in a sentence with no other trigger.
    const otherTriggers = explanations.slice(before).filter((x) => !x.rule.startsWith('speech:') && !isSpeechRule(dict, x.rule)).length;
    const quoted = /["“”«»„]/.test(text);
    const kept = specific.length || otherTriggers > 0 || !quoted ? specific : sentenceEvents;
    for (const e of sentenceEvents) {
      if (!kept.includes(e)) explanations.push({ sentence: s.index, trigger: e.trigger, rule: e.rule, outcome: 'skipped', reason: 'plain statement without quoted substantive content, or beside a more specific event' });
    }
    events.push(...kept);
    const firstSubject = v.groups.find((g) => !prepGoverned(v, g) && !mediaOnly(g)) ?? null;
    carried = lastSource(kept, inSentence) ?? firstSubject ?? carried;
    carriedTarget = lastTarget(kept, inSentence) ?? carriedTarget;
  }
  return { ...doc, events, explanations };
}

const speechIds = new WeakMap<VerbDictionary, Set<string>>();
function isSpeechRule(dict: VerbDictionary, rule: string): boolean {
  let ids = speechIds.get(dict);
  if (!ids) speechIds.set(dict, (ids = new Set(dict.entries.filter((e) => e.speech).map((e) => e.id))));
  return ids.has(rule);
}

/** Places in the sentence as target-only groups (their country, no sector). */
function placeGroups(doc: Doc, s: Sentence): ActorGroup[] {
  const tokens = doc.tokens ?? [];
  const out: ActorGroup[] = [];
  for (const p of doc.places ?? []) {
    if (p.start < s.start || p.end > s.end) continue;
    let start = -1;
    let end = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (tokens[k]!.start >= p.start && tokens[k]!.end <= p.end) {
        if (start < 0) start = k;
        end = k + 1;
      }
    }
    if (start < 0) continue;
    out.push({ mentions: [{ start: p.start, end: p.end, text: p.text, code: p.country, sector: null, kind: 'state', entry: `place:${p.entry}`, tokenStart: start, tokenEnd: end }], start, end });
  }
  return out;
}

/** First tokens of mentions whose surface is exactly a dictionary name, so a leading ب/ل is part of it. */
function wholeNames(tokens: readonly Token[], mentions: readonly ActorMention[], dict?: ActorDictionary): Set<number> {
  const out = new Set<number>();
  if (!dict) return out;
  for (const m of mentions) {
    const names = dict.entries.get(m.entry)?.names.ar ?? [];
    const first = tokens[m.tokenStart]!;
    if (names.some((n) => normalizeKey(n).split(' ')[0] === first.norm)) out.add(m.tokenStart);
  }
  return out;
}

/** A news outlet cited as the source of a report is not the actor of what it reports. */
function mediaOnly(g: ActorGroup): boolean {
  return g.mentions.every((m) => m.sector === 'MED');
}

/** Date expressions inside the sentence, and the commas that set them off, do not break a clause. */
function transparentTokens(doc: Doc, s: Sentence): Set<number> {
  const out = new Set<number>();
  const tokens = doc.tokens ?? [];
  for (const d of doc.dates ?? []) {
    if (d.start < s.start || d.end > s.end) continue;
    let first = -1;
    let last = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.start >= d.start && t.end <= d.end) {
        out.add(k);
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) continue;
    if (tokens[first - 1]?.punct) out.add(first - 1);
    if (tokens[last + 1]?.punct) out.add(last + 1);
  }
  return out;
}

function lastTarget(events: CodedEvent[], actors: ActorMention[]): ActorGroup | null {
  const e = events.filter((x) => x.target).at(-1);
  const m = e ? actors.find((a) => a.code === e.target) : undefined;
  return m ? { mentions: [m], start: m.tokenStart, end: m.tokenEnd } : null;
}

function lastSource(events: CodedEvent[], actors: ActorMention[]): ActorGroup | null {
  const e = events[0];
  if (!e?.source) return null;
  const m = actors.find((a) => a.code === e.source && a.sector === e.source_sector) ?? actors.find((a) => a.code === e.source);
  return m ? { mentions: [m], start: m.tokenStart, end: m.tokenEnd } : null;
}

function codeSentence(
  doc: Doc, s: Sentence, v: SentenceView, dict: VerbDictionary,
  { carried, carriedTarget }: { carried: ActorGroup | null; carriedTarget: ActorGroup | null }, explanations: Explanation[],
): CodedEvent[] {
  const out: CodedEvent[] = [];
  const actorTokens = new Set<number>();
  for (const g of v.groups) for (let k = g.start; k < g.end; k++) actorTokens.add(k);
  const triggers = matchTriggers(v.tokens, s, dict, v.lang, v.cues, actorTokens);
  const speaker = v.groups.find((g) => !prepGoverned(v, g) && !mediaOnly(g)) ?? carried;
  const suppressed: [number, number, string][] = [];
  let previous: ActorGroup | null = null;
  let previousTargets: ActorGroup | null = null;
  const skip = (tr: Trigger, reason: string, rule = tr.pattern.id) =>
    explanations.push({ sentence: s.index, trigger: triggerText(doc, v, tr), rule, outcome: 'skipped', reason });
  for (const tr of triggers) {
    const sup = suppressed.find(([a, b]) => tr.head >= a && tr.head < b);
    if (sup) {
      skip(tr, `inside the complement of "${sup[2]}" (an accusation, denial or warning codes only the speech act)`);
      continue;
    }
    if (tr.pattern.complement === 'suppress') {
      const [a, b] = complementRange(v, tr);
      suppressed.push([a, b, tr.pattern.id]);
    }
    const modal = modalCue(v, tr);
    if (modal) {
      skip(tr, `modal or hypothetical ("${modal}") — not coded as a fact`);
      continue;
    }
    const cause = causeCue(v, tr);
    const codes = (g: ActorGroup | null) => new Set(g?.mentions.map((m) => m.code) ?? []).size;
    const governor = governorSubject(v, tr, previous);
    const near = subjectBefore(v, tr.head, 40);
    const topic = (near && !mediaOnly(near) ? near : null) ?? v.groups.find((g) => g.end <= tr.head && !prepGoverned(v, g) && !mediaOnly(g)) ?? carried;
    const args = assignArguments(v, tr, { inherited: previous ?? topic, governor, carriedTarget, speaker });
    // A coordinated verbal noun ("بمداهمة … واعتقال 7 من موظفيها") shares the previous event's arguments.
    const coordinated = tr.kind === 'noun' && previous && (v.tokens[tr.head]!.proclitics ?? []).includes('و') && /^noun-(governor|context)$/.test(args.construction);
    if (coordinated) {
      args.source = previous;
      args.construction = 'noun-coordinated';
      if (!args.targets) args.targets = previousTargets;
    }
    if (tr.pattern.joint && codes(args.source) >= 2) args.targets = null;
    else if (tr.pattern.joint && codes(args.targets) >= 2 && /context|governor/.test(args.construction)) {
      // "military actions between India and Pakistan": the participants are named; no outside source.
      args.source = args.targets;
      args.targets = null;
      args.construction = 'participants';
    }
    if (cause && !/^(noun-agent|noun-genitive|participants)$/.test(args.construction)) {
      skip(tr, `inside a time or cause phrase ("${cause}")`);
      continue;
    }
    if (!args.source) {
      skip(tr, 'pattern matched but no source actor was found');
      continue;
    }
    if (args.construction === 'noun-context' && tr.kind === 'noun' && nounInPhrase(v, tr)) {
      skip(tr, 'a nominal event inside a prepositional phrase with no agent of its own');
      continue;
    }
    let cameo = tr.pattern.cameo;
    if (tr.pattern.withTarget && args.targets) cameo = tr.pattern.withTarget;
    if (tr.pattern.ifMilitary && args.source.mentions.some((m) => m.sector === 'MIL')) cameo = tr.pattern.ifMilitary;
    if (tr.pattern.ifFuture && futureMarked(v, tr)) cameo = tr.pattern.ifFuture;
    const threat = threatCue(v, tr);
    if (threat) {
      const mapped = threatCode(cameo);
      if (mapped) cameo = mapped;
    }
    if (!args.targets && tr.pattern.target !== 'none' && !tr.pattern.speech && !tr.pattern.joint) {
      skip(tr, 'pattern matched but no target actor was found');
      continue;
    }
    const negated = negationCue(v, tr) !== null;
    const info = cameoInfo(cameo)!;
    const pairs = eventPairs(args.source, args.targets, tr.pattern.joint);
    if (!pairs.length) {
      skip(tr, 'joint action with a single participant');
      continue;
    }
    previous = args.source;
    previousTargets = args.targets;
    const conf = confidence(args.construction, args.targets !== null);
    for (const [src, tgt] of pairs) {
      out.push({
        source: src.code, source_sector: src.sector,
        target: tgt?.code ?? null, target_sector: tgt?.sector ?? null,
        cameo, root: info.root, quad_class: info.quadClass, goldstein: info.goldstein,
        date: null, date_granularity: null, negated,
        trigger: triggerText(doc, v, tr), trigger_start: v.tokens[tr.head]!.start, trigger_end: v.tokens[tr.end - 1]!.end,
        quote: doc.text.slice(s.start, s.end), quote_start: s.start, quote_end: s.end, sentence: s.index,
        location: locationOf(doc, s), confidence: conf,
        rule: `${tr.pattern.speech ? 'speech:' : ''}${tr.pattern.id}#${args.construction}${threat && cameo !== tr.pattern.cameo ? '+threat' : ''}`,
      });
    }
    explanations.push({ sentence: s.index, trigger: triggerText(doc, v, tr), rule: tr.pattern.id, outcome: 'coded', reason: `${args.construction}: ${pairs.map(([a, b]) => `${a.code}→${b?.code ?? '—'}`).join(', ')} ${cameo}${negated ? ' (negated)' : ''}` });
  }
  return out;
}

/** Subject of a light verb or earlier trigger governing a verbal noun ("قامت باكو بمداهمة"). */
function governorSubject(v: SentenceView, tr: Trigger, previous: ActorGroup | null): ActorGroup | null {
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

/** A verbal noun governed by a preposition ("over weapons sales", "في حربها"). */
function nounInPhrase(v: SentenceView, tr: Trigger): boolean {
  const t = v.tokens[tr.head]!;
  if ((t.proclitics ?? []).some((c) => c === 'ب' || c === 'ك')) return true;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 3); k--) {
    const n = v.tokens[k]!.norm;
    if (v.cues.prepositions.has(n)) return true;
    if (!['the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'all'].includes(n) && !/^(us|u\.s\.)$/.test(n)) return false;
  }
  return false;
}

/** Future tense on the trigger: the prefix س, or سوف / will just before it. */
function futureMarked(v: SentenceView, tr: Trigger): boolean {
  if ((v.tokens[tr.head]!.proclitics ?? []).includes('س') && tr.imperfect) return true;
  for (let k = tr.head - 1; k >= Math.max(v.start, tr.head - 2); k--) {
    const n = v.tokens[k]!.norm;
    if (n === 'سوف' || n === 'will' || n === "'ll" || n === 'سيتم') return true;
  }
  return false;
}

function eventPairs(source: ActorGroup, targets: ActorGroup | null, joint: boolean): [ActorMention, ActorMention | null][] {
  const srcs = uniqueByCode(source.mentions);
  const tgts = targets ? uniqueByCode(targets.mentions) : [];
  if (joint) {
    const all = uniqueByCode([...srcs, ...tgts]);
    const pairs: [ActorMention, ActorMention][] = [];
    for (const a of all) for (const b of all) if (a.code !== b.code) pairs.push([a, b]);
    return pairs;
  }
  if (!tgts.length) return srcs.map((a) => [a, null]);
  return srcs.flatMap((a) => tgts.filter((b) => b !== a && !(b.code === a.code && b.sector === a.sector)).map((b): [ActorMention, ActorMention] => [a, b]));
}

function uniqueByCode(ms: ActorMention[]): ActorMention[] {
  const seen = new Map<string, ActorMention>();
  for (const m of ms) if (!seen.has(m.code) || (!seen.get(m.code)!.sector && m.sector)) seen.set(m.code, m);
  return [...seen.values()];
}

/** A coercive act announced with "would" or under a condition becomes the matching threat. */
function threatCode(cameo: string): string | null {
  if (cameo.startsWith('13')) return null;
  if (cameo === '1621' || cameo === '1622' || cameo === '1623') return '1311';
  if (cameo === '163' || cameo === '1312') return '1312';
  if (cameo === '161') return '1313';
  if (cameo.startsWith('16')) return '131';
  if (cameo.startsWith('17')) return '137';
  return null;
}

function confidence(construction: string, hasTarget: boolean): number {
  const base = /^(svo|vso|passive|noun-agent|noun-genitive|quotative)$/.test(construction) ? 0.85 : 0.65;
  return Math.round((hasTarget ? base : base - 0.1) * 100) / 100;
}

function triggerText(doc: Doc, v: SentenceView, tr: Trigger): string {
  return doc.text.slice(v.tokens[tr.head]!.start, v.tokens[tr.end - 1]!.end);
}

function locationOf(doc: Doc, s: Sentence): { text: string; country: string } | null {
  const p = (doc.places ?? []).find((x) => x.start >= s.start && x.end <= s.end);
  return p ? { text: p.text, country: p.country } : null;
}

export const codeEventsStage: Stage<Resources> = {
  name: 'code',
  requires: ['tokens', 'actors'],
  assigns: ['events', 'explanations'],
  run: (doc, res) => codeEvents(doc, res.verbs, { demonyms: demonymIndex(res.actors), actorDict: res.actors }),
};

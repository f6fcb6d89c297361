// Attachment: for each trigger, which party is its source and which its target. One linear model scores every
// candidate — each actor group of the sentence, a place, the party carried from earlier sentences, the last
// attacker or joint act's parties, the state itself for domestic acts, or nobody — from the evidence in
// features.ts; the best source wins, then the best target among the rest. The weights are learned from the dev
// gold (scripts/train-attachment.ts). The coder asks it alone (`--attachment model`) or for the triggers its
// clause rules leave without parties (the default, src/code/index.ts).
import type { Trigger } from '../match.ts';
import { sameParty, prepGoverned, type ActorGroup, type SentenceView } from '../clause.ts';
import { countryOf } from '../../ontology/actor-codes.ts';
import { without } from '../reference.ts';
import { unknownAgent } from '../english.ts';
import { groupFacts, passive, triggerFacts, type AttachContext, type Candidate, type Role } from './features.ts';
import type { ActorMention } from '../../doc.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../errors.ts';
import { BUILTIN_VERB_DIR } from '../dictionary.ts';

/** Where `npm run train` writes the model. */
export const MODEL_FILE = join(BUILTIN_VERB_DIR, '..', 'attachment', 'model.json');

let loaded: AttachModel | undefined;
/** The checked-in attachment model (read once per process). */
export function loadAttachModel(file = MODEL_FILE): AttachModel {
  if (loaded && file === MODEL_FILE) return loaded;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<AttachModel>;
  if (typeof json.margin !== 'number' || typeof json.weights !== 'object' || !json.weights) throw new DataError(file, 'not an attachment model (expected "margin" and "weights")');
  const model = { margin: json.margin, weights: json.weights };
  if (file === MODEL_FILE) loaded = model;
  return model;
}

export type { AttachContext, Candidate } from './features.ts';
export { featuresOf } from './features.ts';

/** Feature weights, as `npm run train` writes them to dict/attachment/model.json. */
export interface AttachModel {
  weights: Readonly<Record<string, number>>;
  /** How much more likely than "nobody" the best source must be for the trigger to be coded (a log-odds margin). */
  margin: number;
}

/** The sentence-external parties a trigger may take. */
export interface Carried {
  /** The subject or source of the previous sentence. */
  source: ActorGroup | null;
  /** The target of the previous sentence. */
  target: ActorGroup | null;
  /** The source of the last act of force (roots 15–20): what an evaluation of "the attack" is aimed at. */
  attacker?: ActorGroup | null;
  /** The parties of the last joint act (talks, an agreement, a truce): what "the agreement" stands for. */
  joint?: ActorGroup | null;
}

export interface Attachment {
  source: ActorGroup | null;
  targets: ActorGroup | null;
  /** Where the source came from ('svo', 'vso', 'passive', 'noun-agent', 'context', …): the filters read it. */
  construction: string;
}

/** A candidate's evidence: its own facts and the trigger's, for one role in one language. */
const evidence = (role: Role, lang: string, facts: readonly string[], trigger: readonly string[]) => ({ role, lang, facts, trigger });

/** The source candidates of a trigger: each group named in the sentence, the carried party, or nobody. */
export function sourceCandidates(v: SentenceView, tr: Trigger, ctx: AttachContext, carried: Carried): Candidate[] {
  const trigger = triggerFacts(v, tr);
  const sources: Candidate[] = v.groups.map((g) => ({ kind: 'group', group: g, ...evidence('src', v.lang, groupFacts(v, tr, g, ctx, 'group'), trigger) }));
  const { subjects, after } = counts(v, tr);
  if (carried.source) {
    const facts = ['carried', `carried:subjects-before=${subjects}`, `carried:groups-after=${after}`];
    if (v.groups.some((g) => sameCodes(g, carried.source))) facts.push('carried:named-here');
    if (ctx.previous === carried.source) facts.push('previous-source');
    sources.push({ kind: 'carried', group: carried.source, ...evidence('src', v.lang, facts, trigger) });
  }
  // An unnamed agent: acts of force are reported with no perpetrator ("a car bomb exploded near the convoy",
  // "قتل سبعة أشخاص في هجمات"), which FORMAT codes with source UNK; only for the conflict roots, where that happens.
  const root = tr.pattern.cameo.slice(0, 2);
  if (root >= '13') {
    const facts = ['unknown', `unknown:root=${root}`, `unknown:subjects-before=${subjects}`, `unknown:groups-after=${after}`];
    sources.push({ kind: 'unknown', group: unknownAgent(tr.head), ...evidence('src', v.lang, facts, trigger) });
  }
  // Nobody: the trigger is no event of a named party here (a wrong sense, background, a party never named).
  const none = ['none', `none:subjects-before=${subjects}`, `none:groups-after=${after}`, `none:root=${root}`];
  if (!v.groups.length) none.push('none:no-groups');
  none.push(...senseFacts(v, tr));
  sources.push({ kind: 'none', group: null, ...evidence('src', v.lang, none, trigger) });
  return sources;
}

/**
 * The target candidates of a trigger once its source is chosen: every other group or place (with where it stands
 * relative to the source), the carried target, the last attacker and the last joint act's parties, the source's
 * own state for domestic acts, or nobody.
 */
export function targetCandidates(v: SentenceView, tr: Trigger, ctx: AttachContext, carried: Carried, source: ActorGroup): Candidate[] {
  const trigger = triggerFacts(v, tr);
  const targets: Candidate[] = [];
  const relative = (g: ActorGroup): string[] => {
    if (source.start >= v.start && source.end <= v.end) return [g.start >= source.end ? `from-source:after${g.start === source.end ? ':adjacent' : ''}` : 'from-source:before'];
    return ['from-source:outside'];
  };
  for (const g of v.groups) {
    if (covers(source, g)) continue;
    targets.push({ kind: 'group', group: g, ...evidence('tgt', v.lang, [...groupFacts(v, tr, g, ctx, 'group'), ...relative(g)], trigger) });
  }
  for (const g of v.places ?? []) {
    if (covers(source, g) || v.groups.some((x) => x.start <= g.start && x.end >= g.end)) continue;
    targets.push({ kind: 'place', group: g, ...evidence('tgt', v.lang, [...groupFacts(v, tr, g, ctx, 'place'), ...relative(g)], trigger) });
  }
  const { after } = counts(v, tr);
  if (carried.target && !covers(source, carried.target)) {
    targets.push({ kind: 'carried-target', group: carried.target, ...evidence('tgt', v.lang, ['carried-target', `carried-target:groups-after=${after}`], trigger) });
  }
  for (const [kind, g] of [['attacker', carried.attacker], ['joint', carried.joint]] as const) {
    const parties = g ? without(g, source) : null;
    if (parties) targets.push({ kind, group: parties, ...evidence('tgt', v.lang, [kind, `${kind}:groups-after=${after}`], trigger) });
  }
  const root = tr.pattern.cameo.slice(0, 2);
  if (root === '14' || root === '17') targets.push({ kind: 'domestic', group: null, ...evidence('tgt', v.lang, [`domestic:${root}`], trigger) });
  targets.push({ kind: 'none', group: null, ...evidence('tgt', v.lang, ['none', `none:groups-after=${after}`], trigger) });
  return targets;
}

/**
 * Where the trigger itself stands, for "nobody": a noun under a preposition or with the article names an act in
 * passing ("في الحرب", "the war"), a trigger inside quotes is someone's words, one late in a long sentence is often
 * background.
 */
function senseFacts(v: SentenceView, tr: Trigger): string[] {
  const head = v.tokens[tr.head]!;
  const prev = v.tokens[tr.head - 1];
  const facts: string[] = [];
  if (tr.kind === 'noun' && ((head.proclitics ?? []).some((p) => p === 'ب' || p === 'ل') || (prev && v.cues.prepositions.has(prev.norm)))) facts.push('none:noun-in-phrase');
  if (tr.kind === 'noun' && (/^(وال|فال|ال)/.test(head.norm) || prev?.norm === 'the')) facts.push('none:definite-noun');
  let quotes = 0;
  for (let k = v.start; k < tr.head; k++) if (/^["«»“”]$/.test(v.tokens[k]!.norm)) quotes++;
  if (quotes % 2 === 1) facts.push('none:in-quote');
  const length = v.end - v.start;
  facts.push(`none:position=${(tr.head - v.start) / Math.max(1, length) < 0.34 ? 'early' : 'late'}${length > 30 ? ':long' : ''}`);
  return facts;
}

function counts(v: SentenceView, tr: Trigger): { subjects: string; after: string } {
  const count = (n: number) => (n >= 2 ? '2+' : String(n));
  return {
    subjects: count(v.groups.filter((g) => g.end <= tr.head && !prepGoverned(v, g)).length),
    after: count(v.groups.filter((g) => g.start > tr.head).length),
  };
}

/**
 * A model's weights indexed by role, then language ('' for both, 'ar', 'en'), then fact, then trigger fact ('' for
 * the fact alone), so a candidate is scored without writing out its conjoined feature names (featuresOf gives the
 * same sum) nor even its scope's name.
 */
type Index = Map<string, Map<string, Map<string, Map<string, number>>>>;
const indexes = new WeakMap<AttachModel, Index>();
function indexOf(model: AttachModel): Index {
  let index = indexes.get(model);
  if (index) return index;
  index = new Map();
  for (const [name, w] of Object.entries(model.weights)) {
    const parts = name.split('|');
    const lang = parts[1] === 'ar' || parts[1] === 'en' ? parts[1] : '';
    const [fact = '', trigger = ''] = parts.slice(lang ? 2 : 1);
    const byLang = index.get(parts[0]!) ?? new Map<string, Map<string, Map<string, number>>>();
    const facts = byLang.get(lang) ?? new Map<string, Map<string, number>>();
    const byTrigger = facts.get(fact) ?? new Map<string, number>();
    byTrigger.set(trigger, w);
    facts.set(fact, byTrigger);
    byLang.set(lang, facts);
    index.set(parts[0]!, byLang);
  }
  indexes.set(model, index);
  return index;
}

export function score(model: AttachModel, c: Candidate): number {
  const byLang = indexOf(model).get(c.role);
  if (!byLang) return 0;
  // The weights shared by both languages first, then this language's: the order of the sum never changes.
  return addWeights(addWeights(0, byLang.get(''), c), byLang.get(c.lang), c);
}

function addWeights(s: number, facts: Map<string, Map<string, number>> | undefined, c: Candidate): number {
  if (!facts) return s;
  for (const f of c.facts) {
    const m = facts.get(f);
    if (!m) continue;
    s += m.get('') ?? 0;
    for (const t of c.trigger) s += m.get(t) ?? 0;
  }
  return s;
}

/** Decide source and target of one trigger. */
export function attach(v: SentenceView, tr: Trigger, ctx: AttachContext, carried: Carried, model: AttachModel): Attachment {
  const sources = sourceCandidates(v, tr, ctx, carried);
  const source = best(model, sources.filter((c) => c.kind !== 'none'));
  const nobody = sources.find((c) => c.kind === 'none')!;
  if (!source?.group || score(model, source) < score(model, nobody) + model.margin) {
    return { source: null, targets: null, construction: 'none' };
  }
  const target = best(model, targetCandidates(v, tr, ctx, carried, source.group));
  const group = target?.kind === 'domestic' ? domesticTarget(tr.pattern.cameo, source.group) : target?.group ?? null;
  return { source: source.group, targets: group, construction: construction(v, tr, source) };
}

function best(model: AttachModel, cs: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  let topScore = -Infinity;
  for (const c of cs) {
    const s = score(model, c);
    if (s > topScore) [top, topScore] = [c, s];
  }
  return top;
}

/** Does `a` already name every party of `b`? */
function covers(a: ActorGroup, b: ActorGroup): boolean {
  return b.mentions.every((m) => a.mentions.some((x) => sameParty(x, m)));
}

function sameCodes(a: ActorGroup, b: ActorGroup | null): boolean {
  return !!b && a.mentions.every((m) => b.mentions.some((x) => x.code === m.code));
}

/** The name the filters and the rule field know the source by. */
function construction(v: SentenceView, tr: Trigger, c: Candidate): string {
  const noun = tr.kind === 'noun' ? 'noun-' : '';
  if (c.kind === 'carried') return `${noun}context`;
  if (c.kind === 'unknown') return 'unknown-agent';
  const g = c.group!;
  if (g.end <= tr.head) return noun ? 'noun-before' : 'svo';
  if (g.start <= tr.head) return 'inside';
  if (tr.pattern.joint && new Set(g.mentions.map((m) => m.code)).size >= 2) return 'participants';
  return noun ? 'noun-agent' : passive(v, tr) ? 'passive' : 'vso';
}

/**
 * Protest (14) and coercion such as arrests, raids and detentions (17) with no target named are aimed at the
 * source's own state: protesters at their government, a state's police at its citizens. On the real-news dev
 * split 8 of 12 protests and 26 of 37 coercive acts are domestic, with those target sectors.
 */
export function domesticTarget(cameo: string, source: ActorGroup): ActorGroup | null {
  // Freeing prisoners with none of them named by a country is freeing the state's own prisoners.
  const sector = cameo.startsWith('14') ? 'GOV' : cameo.startsWith('17') || cameo === '0841' ? 'CVL' : null;
  const own = source.mentions.find((m) => countryOf(m.code) && m.sector !== sector);
  if (!sector || !own) return null;
  const m: ActorMention = { ...own, sector, kind: 'state', entry: `domestic:${own.entry}` };
  return { mentions: [m], start: own.tokenStart, end: own.tokenEnd };
}

// Function-word tables the coder reads around a trigger (dict/verbs/cues/<lang>.yaml), normalized on load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';
import { normalizeKey } from '../normalize/index.ts';
import { BUILTIN_VERB_DIR } from './dictionary.ts';

const list = z.array(z.string()).default([]);
const CueSchema = z.object({
  negation: list,
  negation_bridge: list,
  modal: list,
  conditional: list,
  cause: list,
  boundary: list,
  prepositions: list,
  agent_markers: list,
  passive_aux: list,
  light_verbs: list,
  not_triggers: list,
  light_nouns: list,
  halt: list,
  partitives: list,
  combat: list,
  own_people: list,
});

export interface Cues {
  negation: ReadonlySet<string>;
  negationBridge: ReadonlySet<string>;
  modal: ReadonlySet<string>;
  conditional: ReadonlySet<string>;
  cause: ReadonlySet<string>;
  boundary: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  agentMarkers: ReadonlySet<string>;
  passiveAux: ReadonlySet<string>;
  lightVerbs: ReadonlySet<string>;
  /** Common words whose clitic analysis looks like a trigger (وزارة → و + زار + ه). */
  notTriggers: ReadonlySet<string>;
  /** Nominal light words whose genitive is the agent of the verbal noun they govern (إعلان الهند تعليق …). */
  lightNouns: ReadonlySet<string>;
  /** Words that end or stop an act: a verbal noun they govern is not itself coded. */
  halt: ReadonlySet<string>;
  /** Quantity heads whose "of"/"من" phrase is the real subject ("thousands of Iraqi protesters"). */
  partitives: ReadonlySet<string>;
  /** Words naming armed fighting (clashes, shelling, air strikes): a killing they frame is military force. */
  combat: ReadonlySet<string>;
  /** A people noun with a possessive pronoun ("مواطنيها", "شعبه"): the source's own population. */
  ownPeople: ReadonlySet<string>;
}

const cache = new Map<Lang, Cues>();

/** Normalize a cue word; multiword cues are written with "_" and kept as written. */
function cueKey(lang: Lang, w: string): string {
  if (w.includes('_')) return w.split('_').map((p) => (lang === 'ar' ? normalizeKey(p) : p.toLowerCase())).join('_');
  return lang === 'ar' ? normalizeKey(w) : w.toLowerCase();
}

/** @example loadCues('en').negation.has('never') // true */
export function loadCues(lang: Lang, dir: string = join(BUILTIN_VERB_DIR, 'cues')): Cues {
  const hit = cache.get(lang);
  if (hit && dir === join(BUILTIN_VERB_DIR, 'cues')) return hit;
  const file = join(dir, `${lang}.yaml`);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new DataError(file, 'cannot be read as YAML', { cause });
  }
  const parsed = CueSchema.safeParse(raw);
  if (!parsed.success) throw new DataError(file, `${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  const set = (xs: string[]) => new Set(xs.map((w) => cueKey(lang, w)));
  const d = parsed.data;
  const cues: Cues = {
    negation: set(d.negation),
    negationBridge: set(d.negation_bridge),
    modal: set(d.modal),
    conditional: set(d.conditional),
    cause: set(d.cause),
    boundary: set(d.boundary),
    prepositions: set(d.prepositions),
    agentMarkers: set(d.agent_markers),
    passiveAux: set(d.passive_aux),
    lightVerbs: set(d.light_verbs),
    notTriggers: set(d.not_triggers),
    lightNouns: set(d.light_nouns),
    halt: set(d.halt),
    partitives: set(d.partitives),
    combat: set(d.combat),
    ownPeople: set(d.own_people),
  };
  if (dir === join(BUILTIN_VERB_DIR, 'cues')) cache.set(lang, cues);
  return cues;
}

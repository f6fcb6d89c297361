// Verb and noun pattern dictionaries: load built-ins and user folders, validate, index by first key.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Lang } from '../doc.ts';
import { DataError } from '../errors.ts';
import { isCameoCode } from '../ontology/index.ts';
import { normalizeKey } from '../normalize/index.ts';
import { parseDiscards, parsePetrarchVerbs, readPetrarchFile, type Discards } from '../petrarch/index.ts';
import {
  arabicNounFormsShared, arabicVerbFormsShared, englishNounForms, englishVerbForms, type FormKind,
} from './forms.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const BUILTIN_VERB_DIR = join(HERE, '..', '..', 'dict', 'verbs');
/** Dictionaries imported from the public PETRARCH ones by `npm run dict:import` (verbs.*.json, discards.json). */
export const IMPORTED_DIR = join(HERE, '..', '..', 'dict', 'imported');

const words = z.array(z.string().min(1));
const verbSpec = z.union([z.string().min(1), z.object({ perfect: z.string().min(1), imperfect: z.string().min(1) })]);

/** One dictionary record as written in YAML/JSON. */
export const VerbEntrySchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['ar', 'en']),
  cameo: z.string().refine(isCameoCode, { message: 'is not a CAMEO code in the ontology table' }),
  /** Arabic perfect 3ms (or {perfect, imperfect}); English lemma. */
  verbs: z.array(verbSpec).optional(),
  /** Verbal nouns (masdar) and event nouns. */
  nouns: words.optional(),
  /** Literal surface forms (irregular past tenses, passives). */
  forms: words.optional(),
  /** Words that must follow the head, in order; an inner list gives alternatives. */
  then: z.array(z.union([z.string().min(1), words])).optional(),
  /** Most tokens allowed between successive words of the pattern. */
  gap: z.number().int().min(0).max(12).optional(),
  /** Prepositions that introduce the target (ضد، على، against, on). */
  target_prep: words.optional(),
  /** Where the target is: the object after the trigger, after a preposition, or none. */
  target: z.enum(['object', 'prep', 'none', 'any', 'others']).optional(),
  /** Code used instead when a target is found (a missile launch at someone: 150 → 195). */
  with_target: z.string().refine(isCameoCode, { message: 'is not a CAMEO code' }).optional(),
  /** Code used instead when the source is an armed force or the sentence names fighting (a killing by soldiers, in clashes: 180 → 190). */
  if_military: z.string().refine(isCameoCode, { message: 'is not a CAMEO code' }).optional(),
  /** Code used instead when the act is announced for the future (will meet: 044 → 036). */
  if_future: z.string().refine(isCameoCode, { message: 'is not a CAMEO code' }).optional(),
  /** patient_subject: the grammatical subject undergoes the act ("تعرض للضرب", "came under attack"). */
  /** speaker: an evaluation inside reported speech ("X violated …") — the speaker accuses the clause subject. */
  voice: z.enum(['active', 'patient_subject', 'speaker']).optional(),
  /** Joint action: coded in both directions among all participants. */
  joint: z.boolean().optional(),
  /** The event is coded with a null target when none is found ("دعت السعودية إلى ضبط النفس"). */
  target_optional: z.boolean().optional(),
  /** What happens to events inside the clause the trigger governs (accuse/deny/warn suppress). */
  complement: z.enum(['code', 'suppress']).optional(),
  /** A speech verb: its 010 is coded only when the sentence yields nothing more specific. */
  speech: z.boolean().optional(),
  /** For nouns: whether the genitive after the noun is the patient (default) or the agent. */
  genitive: z.enum(['patient', 'agent']).optional(),
  /** Proposed only where no other pattern matches its words (imported dictionaries defer to hand-written ones). */
  fallback: z.boolean().optional(),
  note: z.string().optional(),
}).strict().refine((e) => (e.verbs?.length ?? 0) + (e.nouns?.length ?? 0) + (e.forms?.length ?? 0) > 0, {
  message: 'needs at least one of verbs, nouns, forms',
});
export type VerbEntry = z.infer<typeof VerbEntrySchema>;

/** A compiled pattern, ready for matching. */
export interface VerbPattern {
  id: string;
  lang: Lang;
  cameo: string;
  /** Each following word as a set of normalized alternatives. */
  then: ReadonlySet<string>[];
  gap: number;
  targetPreps: ReadonlySet<string>;
  target: 'object' | 'prep' | 'none' | 'any' | 'others';
  withTarget: string | null;
  ifMilitary: string | null;
  ifFuture: string | null;
  patientSubject: boolean;
  speakerVoice: boolean;
  joint: boolean;
  targetOptional: boolean;
  complement: 'code' | 'suppress';
  speech: boolean;
  genitive: 'patient' | 'agent';
  fallback: boolean;
  file: string;
}

export interface IndexHit {
  pattern: VerbPattern;
  kind: FormKind;
}

export interface VerbDictionary {
  entries: VerbPattern[];
  /** First key (normalized surface form) → patterns whose head it can be. */
  index: Record<Lang, Map<string, IndexHit[]>>;
  /** PETRARCH discards: a sentence (or, for story phrases, an article) containing one is not coded. */
  discards: Discards;
}

/**
 * Built-in dictionaries, then each user source in order (same id replaces, new ids add): a folder of
 * *.yaml/*.json, or a PETRARCH/TABARI verb or discard file (actor and agent files are the actor loader's).
 * @example const d = loadVerbDictionary([]); d.index.ar.get('داهمت')?.[0]?.pattern.cameo // '173'
 */
export function loadVerbDictionary(userDirs: string[]): VerbDictionary {
  const byId = new Map<string, { entry: VerbEntry; file: string }>();
  for (const { entry, file } of readFolder(BUILTIN_VERB_DIR)) {
    if (byId.has(entry.id)) throw new DataError(file, `entry "${entry.id}": duplicate id (also in ${byId.get(entry.id)!.file})`);
    byId.set(entry.id, { entry, file });
  }
  for (const file of existsSync(IMPORTED_DIR) ? readdirSync(IMPORTED_DIR).filter((f) => /^verbs\..*\.json$/.test(f)).sort() : []) {
    for (const rec of parseVerbEntries(JSON.parse(readFileSync(join(IMPORTED_DIR, file), 'utf8')), join(IMPORTED_DIR, file))) byId.set(rec.entry.id, rec);
  }
  const importedDiscards = join(IMPORTED_DIR, 'discards.json');
  const discards: Discards = existsSync(importedDiscards) ? JSON.parse(readFileSync(importedDiscards, 'utf8')) : { sentence: [], story: [] };
  for (const dir of userDirs) {
    if (existsSync(dir) && statSync(dir).isFile()) {
      const { text, kind, lang } = readPetrarchFile(dir);
      if (kind === 'verbs') for (const entry of parsePetrarchVerbs(text, dir, lang).entries) byId.set(entry.id, { entry, file: dir });
      if (kind === 'discards') {
        const d = parseDiscards(text);
        discards.sentence.push(...d.sentence);
        discards.story.push(...d.story);
      }
      continue;
    }
    for (const rec of readFolder(dir, true)) byId.set(rec.entry.id, rec);
  }
  return { ...buildVerbDictionary([...byId.values()]), discards };
}

/** Compile validated entries into an indexed dictionary (used directly by tests with fixtures). */
export function buildVerbDictionary(records: { entry: VerbEntry; file: string }[], discards: Discards = { sentence: [], story: [] }): VerbDictionary {
  const index: Record<Lang, Map<string, IndexHit[]>> = { ar: new Map(), en: new Map() };
  const entries: VerbPattern[] = [];
  for (const { entry, file } of records) {
    const pattern = compile(entry, file);
    entries.push(pattern);
    const map = index[entry.lang];
    for (const { form, kind } of headForms(entry)) {
      const list = map.get(form) ?? [];
      // English "fighting" and Arabic قصف (verb and masdar) are both verb and noun of one pattern; keep both readings.
      if (!list.some((h) => h.pattern.id === pattern.id && h.kind === kind)) list.push({ pattern, kind });
      map.set(form, list);
    }
  }
  return { entries, index, discards };
}

/** Parse entries given as plain objects (a fixture or one user file), naming `file` in errors. */
export function parseVerbEntries(data: unknown, file: string): { entry: VerbEntry; file: string }[] {
  const list = Array.isArray(data) ? data : (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) throw new DataError(file, 'expected a list of entries (or { entries: [...] })');
  return list.map((raw, i) => {
    const result = VerbEntrySchema.safeParse(raw);
    if (!result.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      const issue = result.error.issues[0]!;
      throw new DataError(file, `entry ${i + 1}${typeof id === 'string' ? ` "${id}"` : ''}: ${issue.path.join('.') || 'entry'} ${issue.message}`);
    }
    return { entry: result.data, file };
  });
}

/**
 * A folder's pattern entries. A user folder is laid out like dict/: verb files at its top level or in
 * `verbs/`; top-level files may also hold actor records (no `cameo`), which the actor loader reads instead.
 */
function readFolder(dir: string, user = false): { entry: VerbEntry; file: string }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError(dir, 'is not a dictionary folder');
  const pick = (d: string) => readdirSync(d).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(d, f));
  const sub = join(dir, 'verbs');
  const files = [...pick(dir), ...(user && existsSync(sub) && statSync(sub).isDirectory() ? pick(sub) : [])];
  return files.flatMap((file) => {
    const name = file;
    let data: unknown;
    try {
      const text = readFileSync(file, 'utf8');
      data = name.endsWith('.json') ? JSON.parse(text) : parse(text);
    } catch (cause) {
      throw new DataError(file, `is not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}`, { cause });
    }
    if (user && Array.isArray(data)) data = data.filter((rec) => !(rec && typeof rec === 'object' && !('cameo' in rec)));
    return parseVerbEntries(data, file);
  });
}

function key(lang: Lang, word: string): string {
  const k = lang === 'ar' ? normalizeKey(word) : word.toLowerCase().trim();
  return lang === 'ar' && k.startsWith('ال') && k.length > 4 ? k.slice(2) : k;
}

function compile(entry: VerbEntry, file: string): VerbPattern {
  const lang = entry.lang;
  const then = (entry.then ?? []).map((w) => {
    const alts = new Set<string>();
    for (const alt of Array.isArray(w) ? w : [w]) {
      const k = key(lang, alt);
      alts.add(k);
      const expand = lang === 'ar' ? arabicNounFormsShared(k) : englishNounForms(k);
      for (const f of expand) alts.add(f.form);
    }
    return alts;
  });
  const targetPreps = new Set((entry.target_prep ?? []).map((p) => key(lang, p)));
  return {
    id: entry.id,
    lang,
    cameo: entry.cameo,
    then,
    gap: entry.gap ?? 3,
    targetPreps,
    target: entry.target ?? (targetPreps.size ? 'prep' : 'object'),
    withTarget: entry.with_target ?? null,
    ifMilitary: entry.if_military ?? null,
    ifFuture: entry.if_future ?? null,
    patientSubject: entry.voice === 'patient_subject',
    speakerVoice: entry.voice === 'speaker',
    joint: entry.joint ?? false,
    targetOptional: entry.target_optional ?? false,
    // An intention (03x: "agreed to hold talks", "اتفقا على عقد محادثات") is not yet the act it names.
    complement: entry.complement ?? (entry.cameo.startsWith('03') ? 'suppress' : 'code'),
    speech: entry.speech ?? false,
    genitive: entry.genitive ?? 'patient',
    fallback: entry.fallback ?? false,
    file,
  };
}

function headForms(entry: VerbEntry): { form: string; kind: FormKind }[] {
  const out: { form: string; kind: FormKind }[] = [];
  for (const v of entry.verbs ?? []) {
    const [perfect, imperfect] = typeof v === 'string' ? [v, undefined] : [v.perfect, v.imperfect];
    out.push(...(entry.lang === 'ar' ? arabicVerbFormsShared(perfect, imperfect) : englishVerbForms(perfect)));
  }
  for (const n of entry.nouns ?? []) {
    out.push(...(entry.lang === 'ar' ? arabicNounFormsShared(key('ar', n)) : englishNounForms(n)));
  }
  for (const f of entry.forms ?? []) out.push({ form: key(entry.lang, f), kind: 'literal' });
  return out;
}

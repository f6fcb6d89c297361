// Actor dictionary: load built-in and user YAML/JSON files, validate, and index names by first key.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../../doc.ts';
import { DataError } from '../../errors.ts';
import { normalizeKey } from '../../normalize/index.ts';
import {
  ActorEntrySchema, PhraseFileSchema, type ActorEntry, type HeadDef, type PhraseFile, type TitleDef,
} from './schema.ts';
import { arabicDemonymForms, englishDemonymForms, type DemonymNumber } from './demonym-forms.ts';
import { canon, phraseKeys } from './keys.ts';
import { parsePetrarchActors, parsePetrarchAgents, readPetrarchFile } from '../../petrarch/index.ts';

export type { ActorEntry, HeadDef, TitleDef } from './schema.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const BUILTIN_ACTOR_DIR = join(HERE, '..', '..', '..', 'dict', 'actors');
/** Actors and agents imported from the public PETRARCH dictionaries by `npm run dict:import`. */
const IMPORTED_DIR = join(HERE, '..', '..', '..', 'dict', 'imported');

/** What a dictionary phrase is when found in text. */
export type LexItem =
  | { type: 'name'; entry: ActorEntry }
  | { type: 'demonym'; entry: ActorEntry; number: DemonymNumber }
  | { type: 'head'; head: HeadDef }
  | { type: 'title'; title: TitleDef }
  | { type: 'dyad' };

/** 'exact': all-caps acronyms (US, AZAL); 'capital': English proper names; 'none': anything. */
export type CaseRule = 'none' | 'capital' | 'exact';

export interface Pattern {
  keys: string[];
  surface: string[];
  item: LexItem;
  caseRule: CaseRule;
  /** A name that is also a common word: needs other evidence for its code in the article. */
  weak: boolean;
}

export interface WordLists {
  stateLocatives: Set<string>;
  capitalLocatives: Set<string>;
  stops: Set<string>;
  /** Canonical keys (without ال). */
  placeNouns: Set<string>;
  dyads: Set<string>;
  trailing: Set<string>;
  attackNouns: Set<string>;
  /** Title and name modifiers ("المخلوع", "acting"). */
  modifiers: Set<string>;
}

export interface ActorDictionary {
  entries: ReadonlyMap<string, ActorEntry>;
  /** Per language: first key of a phrase → the phrases starting with it. */
  index: Record<Lang, Map<string, Pattern[]>>;
  words: Record<Lang, WordLists>;
  /** `${code}:${office}` → people who held that office, for titles resolved by date. */
  holders: Map<string, ActorEntry[]>;
  heads: Map<string, HeadDef>;
}

interface Source { entries: Map<string, ActorEntry>; phrases: Required<Pick<PhraseFile, 'heads' | 'titles'>> & PhraseFile }

/**
 * Built-in dictionaries from dict/actors/, then each user folder in order (same id replaces, new ids add).
 * @example const dict = loadActorDictionary(['./my-dicts']);
 */
export function loadActorDictionary(userDirs: string[]): ActorDictionary {
  const source: Source = { entries: new Map(), phrases: { heads: [], titles: [] } };
  for (const file of listFiles(BUILTIN_ACTOR_DIR, false)) addFile(source, file);
  const imported = existsSync(IMPORTED_DIR) ? readdirSync(IMPORTED_DIR).filter((f) => /^(actors\..*|agents)\.json$/.test(f)).sort() : [];
  for (const file of imported) addFile(source, join(IMPORTED_DIR, file));
  for (const dir of userDirs) {
    if (existsSync(dir) && statSync(dir).isFile()) addPetrarchFile(source, dir);
    else for (const file of listFiles(dir, true)) addFile(source, file);
  }
  return compileActorDictionary([...source.entries.values()], source.phrases);
}

/** A PETRARCH/TABARI actor or agent file (`--dict FILE`); verb and discard files are the verb loader's. */
function addPetrarchFile(source: Source, file: string): void {
  const { text, kind, lang } = readPetrarchFile(file);
  if (kind === 'actors') {
    const states = new Set([...source.entries.values()].filter((e) => e.kind === 'state').map((e) => e.code));
    for (const entry of parsePetrarchActors(text, file, lang, { isState: (c) => states.has(c) }).entries) source.entries.set(entry.id, entry);
  }
  if (kind === 'agents') mergeById(source.phrases.heads, parsePetrarchAgents(text, file, lang).heads);
}

/** Validate plain entry objects (a fixture or one file), naming `file` and the entry in errors. */
export function parseActorEntries(data: unknown[], file: string): ActorEntry[] {
  return data.map((raw, i) => {
    const result = ActorEntrySchema.safeParse(raw);
    if (!result.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`;
      const issue = result.error.issues[0]!;
      throw new DataError(file, `entry ${id}: ${issue.path.join('.') || '(record)'} ${issue.message}`);
    }
    return result.data;
  });
}

/** Build the lookup index from validated entries and phrase tables (used directly by tests). */
export function compileActorDictionary(entries: ActorEntry[], phrases: PhraseFile): ActorDictionary {
  const index: Record<Lang, Map<string, Pattern[]>> = { ar: new Map(), en: new Map() };
  const add = (lang: Lang, phrase: string, item: LexItem, caseRule: CaseRule) => {
    const { keys, surface } = phraseKeys(phrase);
    if (!keys.length) return;
    const list = index[lang].get(keys[0]!) ?? [];
    const entry = item.type === 'name' || item.type === 'demonym' ? item.entry : undefined;
    const weak = !!entry?.weak?.some((w) => phrase === w || (item.type === 'demonym' && phrase.startsWith(normalizeKey(w))));
    list.push({ keys, surface, item, caseRule, weak });
    index[lang].set(keys[0]!, list);
  };
  const holders = new Map<string, ActorEntry[]>();
  for (const entry of entries) {
    const proper: CaseRule = 'capital';
    for (const n of entry.names.ar ?? []) {
      add('ar', n, { type: 'name', entry }, caseOf(n, 'none'));
      // "دولة الإمارات العربية المتحدة", "دولة قطر": a state's name may follow the word "دولة".
      if (entry.kind === 'state' && !/^(دولة|جمهورية|مملكة|سلطنة)/.test(n)) add('ar', `دولة ${n}`, { type: 'name', entry }, 'none');
    }
    for (const n of entry.names.en ?? []) {
      add('en', n, { type: 'name', entry }, caseOf(n, proper));
      if (/^[A-Z]{2,}$/.test(n)) add('ar', n, { type: 'name', entry }, 'exact');
    }
    for (const d of entry.demonyms?.ar ?? []) {
      for (const f of arabicDemonymForms(d)) add('ar', f.form, { type: 'demonym', entry, number: f.number }, 'none');
    }
    for (const d of entry.demonym_plurals?.ar ?? []) add('ar', d, { type: 'demonym', entry, number: 'pl' }, 'none');
    for (const d of entry.demonyms?.en ?? []) {
      for (const f of englishDemonymForms(d)) add('en', f.form, { type: 'demonym', entry, number: f.number }, 'capital');
    }
    for (const d of entry.demonym_plurals?.en ?? []) add('en', d, { type: 'demonym', entry, number: 'pl' }, 'capital');
    for (const role of entry.roles ?? []) {
      const key = `${entry.code}:${role.office}`;
      const list = holders.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      holders.set(key, list);
    }
  }
  for (const head of phrases.heads ?? []) {
    for (const lang of ['ar', 'en'] as const) for (const w of head[lang] ?? []) add(lang, w, { type: 'head', head }, 'none');
  }
  for (const title of phrases.titles ?? []) {
    for (const lang of ['ar', 'en'] as const) for (const w of title[lang] ?? []) add(lang, w, { type: 'title', title }, 'none');
  }
  for (const lang of ['ar', 'en'] as const) for (const w of phrases.dyads?.[lang] ?? []) add(lang, w, { type: 'dyad' }, 'none');
  for (const list of [...index.ar.values(), ...index.en.values()]) list.sort((a, b) => b.keys.length - a.keys.length);
  const words = (lang: Lang): WordLists => {
    const set = (l?: { ar?: string[]; en?: string[] }) => new Set((l?.[lang] ?? []).map((w) => normalizeKey(w)));
    return {
      stateLocatives: set(phrases.state_locatives),
      capitalLocatives: set(phrases.capital_locatives),
      stops: set(phrases.stops),
      placeNouns: new Set([...set(phrases.place_nouns)].map(canon)),
      dyads: set(phrases.dyads),
      trailing: set(phrases.trailing),
      attackNouns: set(phrases.attack_nouns),
      modifiers: set(phrases.modifiers),
    };
  };
  const heads = new Map((phrases.heads ?? []).map((h) => [h.id, h]));
  return { entries: new Map(entries.map((e) => [e.id, e])), index, words: { ar: words('ar'), en: words('en') }, holders, heads };
}

function caseOf(name: string, otherwise: CaseRule): CaseRule {
  // A name the dictionary writes in lower case is a common-noun phrase ("the international community").
  if (!/[A-Z]/.test(name) && /[a-z]/.test(name)) return 'none';
  return /^[A-Z][A-Z.]+$/.test(name.replace(/\s+/g, '')) && name.length <= 8 ? 'exact' : otherwise;
}

/** Files of a folder; a user folder may keep actor files in an `actors/` subfolder. */
function listFiles(dir: string, user: boolean): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DataError(dir, 'is not a dictionary folder');
  const pick = (d: string) => readdirSync(d).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(d, f));
  const sub = join(dir, 'actors');
  return [...pick(dir), ...(user && existsSync(sub) && statSync(sub).isDirectory() ? pick(sub) : [])];
}

function readData(file: string): unknown {
  try {
    const text = readFileSync(file, 'utf8');
    return file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (cause) {
    throw new DataError(file, `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}`, { cause });
  }
}

/** True for records of another dictionary kind (verb patterns carry `cameo`), which this loader skips. */
function isForeign(rec: unknown): boolean {
  return !!rec && typeof rec === 'object' && 'cameo' in rec;
}

function addFile(source: Source, file: string): void {
  const data = readData(file);
  if (data == null) return;
  let records: unknown[] = [];
  if (Array.isArray(data)) {
    records = data.filter((r) => !isForeign(r));
  } else if (typeof data === 'object') {
    const parsed = PhraseFileSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataError(file, `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    const p = parsed.data;
    records = (p.entries ?? []).filter((r) => !isForeign(r));
    mergeById(source.phrases.heads, p.heads ?? []);
    mergeById(source.phrases.titles, p.titles ?? []);
    for (const key of ['dyads', 'state_locatives', 'capital_locatives', 'stops', 'place_nouns', 'trailing', 'attack_nouns', 'modifiers'] as const) {
      const add = p[key];
      if (!add) continue;
      const cur = source.phrases[key] ?? {};
      source.phrases[key] = { ar: [...(cur.ar ?? []), ...(add.ar ?? [])], en: [...(cur.en ?? []), ...(add.en ?? [])] };
    }
  } else {
    throw new DataError(file, 'expected a list of actor entries or a mapping with heads/titles/entries');
  }
  for (const entry of parseActorEntries(records, file)) source.entries.set(entry.id, entry);
}

function mergeById<T extends { id: string }>(into: T[], add: T[]): void {
  for (const item of add) {
    const at = into.findIndex((x) => x.id === item.id);
    if (at >= 0) into[at] = item;
    else into.push(item);
  }
}

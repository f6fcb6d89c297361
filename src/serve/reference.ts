// Reference data for display: CAMEO codes with English and Arabic names, and actor codes with their names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DataError } from '../errors.ts';
import { CAMEO_TABLE } from '../ontology/index.ts';
import { loadActorDictionary, type ActorEntry } from '../recognize/actors/dictionary.ts';

export const CAMEO_AR_FILE = fileURLToPath(new URL('../../lang/ar/cameo-names.yaml', import.meta.url));

export interface Names {
  en: string;
  ar: string;
}

export interface OntologyCode {
  code: string;
  root: string;
  name: Names;
  /** True when the Arabic name is the 3-digit parent's (4-digit codes). */
  arFromParent: boolean;
  quadClass: number;
  goldstein: number;
}

/** Arabic CAMEO names from lang/ar/cameo-names.yaml, checked: codes of the table, non-empty Arabic text. */
export function loadArabicCameoNames(file = CAMEO_AR_FILE): Map<string, string> {
  // failsafe: every scalar stays a string, so 010 keeps its leading zero even unquoted.
  const data = parse(readFileSync(file, 'utf8'), { schema: 'failsafe' }) as { names?: Record<string, unknown> } | null;
  if (!data?.names || typeof data.names !== 'object') throw new DataError(file, 'expected a `names:` map of CAMEO code → Arabic name');
  const names = new Map<string, string>();
  for (const [code, name] of Object.entries(data.names)) {
    if (!Object.hasOwn(CAMEO_TABLE, code)) throw new DataError(file, `"${code}" is not a CAMEO code of the table `);
    if (typeof name !== 'string' || !/[\u0600-\u06FF]/.test(name)) throw new DataError(file, `"${code}": expected an Arabic name`);
    names.set(code, name.trim());
  }
  return names;
}

let ontology: OntologyCode[] | null = null;

/**
 * Every CAMEO code of the table with its names in both languages; 4-digit codes without an Arabic name take their parent's.
 * @example ontologyCodes().find((c) => c.code === '173')?.name.ar // 'اعتقال أو احتجاز أو ملاحقة قضائية'
 */
export function ontologyCodes(): OntologyCode[] {
  if (ontology) return ontology;
  const ar = loadArabicCameoNames();
  ontology = Object.entries(CAMEO_TABLE).map(([code, row]) => {
    const own = ar.get(code);
    const parent = code.length === 4 ? ar.get(code.slice(0, 3)) : undefined;
    return {
      code, root: row.root, quadClass: row.quadClass, goldstein: row.goldstein,
      name: { en: row.name, ar: own ?? parent ?? row.name },
      arFromParent: !own && !!parent,
    };
  });
  return ontology;
}

export interface ActorName {
  code: string;
  /** Null when the dictionary has no single name for the code (IGO, NGO, unknown codes). */
  name: Names | null;
  kind: ActorEntry['kind'] | null;
}

const KIND_RANK: Partial<Record<ActorEntry['kind'], number>> = { state: 0, igo: 1, org: 2, group: 3 };

/** Code → display names: a state's own entry first, else the only organization carrying the code. */
export function buildActorNames(entries: Iterable<ActorEntry>): Map<string, ActorName> {
  const byCode = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    if (KIND_RANK[e.kind] === undefined || !e.names.ar?.[0] || !e.names.en?.[0]) continue;
    byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  }
  const out = new Map<string, ActorName>();
  for (const [code, list] of byCode) {
    const state = list.find((e) => e.id === `state.${code}`) ?? list.find((e) => e.kind === 'state');
    const chosen = state ?? (list.length === 1 ? list[0] : undefined);
    if (!chosen) continue;
    out.set(code, { code, kind: chosen.kind, name: { ar: chosen.names.ar![0]!, en: chosen.names.en![0]!.replace(/^the /, '') } });
  }
  return out;
}

/**
 * Names for the CAMEO codes that stand for many actors or none in particular (several dictionary entries share IGO,
 * and UNK marks an actor the text does not identify), so the network and tables never show a bare code for them.
 */
export const GENERIC_ACTOR_NAMES: Record<string, ActorName> = {
  IGO: { code: 'IGO', kind: 'igo', name: { en: 'Other international organisation', ar: 'منظمة دولية أخرى' } },
  NGO: { code: 'NGO', kind: 'org', name: { en: 'Non-governmental organisation', ar: 'منظمة غير حكومية' } },
  MNC: { code: 'MNC', kind: 'org', name: { en: 'Company', ar: 'شركة' } },
  UNK: { code: 'UNK', kind: null, name: { en: 'Unidentified actor', ar: 'طرف غير محدد' } },
};

let actorNames: Map<string, ActorName> | null = null;

/**
 * Names for actor codes from the built-in actor dictionary, or the generic names above; a longer code (AZEGOV) falls
 * back to its state (AZE).
 * @example actorNamesFor(['AZE'])[0].name // { en: 'Azerbaijan', ar: 'أذربيجان' }
 */
export function actorNamesFor(codes: string[]): ActorName[] {
  actorNames ??= buildActorNames(loadActorDictionary([]).entries.values());
  const table = actorNames;
  return codes.map((code) => {
    const found = table.get(code) ?? GENERIC_ACTOR_NAMES[code] ?? (code.length > 3 ? table.get(code.slice(0, 3)) ?? GENERIC_ACTOR_NAMES[code.slice(0, 3)] : undefined);
    return found ? { ...found, code } : { code, name: null, kind: null };
  });
}

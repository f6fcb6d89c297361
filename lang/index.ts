// Language data: one typed LanguageData per language, loaded from the YAML tables beside this file.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Lang } from '../src/doc.ts';
import type { MorphologyData } from '../src/segment/morphology.ts';
import { normalizeKey } from '../src/normalize/normalize.ts';
import { DataError } from '../src/errors.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export interface LanguageData {
  lang: Lang;
  abbreviations: ReadonlySet<string>;
  morphology: MorphologyData;
}

/** Read one YAML table of a language folder; a missing file reads as empty. */
export function readTable<T = Record<string, unknown>>(lang: Lang | 'common', name: string): T {
  const file = join(HERE, lang, `${name}.yaml`);
  if (!existsSync(file)) return {} as T;
  try {
    return (parse(readFileSync(file, 'utf8')) ?? {}) as T;
  } catch (cause) {
    throw new DataError(file, 'is not valid YAML', { cause });
  }
}

const cache = new Map<Lang, LanguageData>();

/** The language data for `lang`, loaded once. */
export function loadLanguage(lang: Lang): LanguageData {
  const hit = cache.get(lang);
  if (hit) return hit;
  const clitics = readTable<{ proclitics?: string[]; enclitics?: string[]; min_stem?: number; keep_whole?: string[] }>(lang, 'clitics');
  const abbr = readTable<{ abbreviations?: string[] }>(lang, 'abbreviations');
  const byLength = (a: string, b: string) => b.length - a.length;
  const data: LanguageData = {
    lang,
    abbreviations: new Set((abbr.abbreviations ?? []).map((a) => a.toLowerCase())),
    morphology: {
      proclitics: (clitics.proclitics ?? []).map(normalizeKey).sort(byLength),
      enclitics: (clitics.enclitics ?? []).map(normalizeKey).sort(byLength),
      keepWhole: new Set((clitics.keep_whole ?? []).map(normalizeKey)),
      minStem: clitics.min_stem ?? 2,
    },
  };
  cache.set(lang, data);
  return data;
}

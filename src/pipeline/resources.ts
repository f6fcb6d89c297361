// What the stages read besides the Doc: language tables and dictionaries, loaded once per pipeline.
import type { Lang } from '../doc.ts';
import { loadLanguage, type LanguageData } from '../../lang/index.ts';
import { loadActorDictionary, type ActorDictionary } from '../recognize/actors/dictionary.ts';
import { loadVerbDictionary, type VerbDictionary } from '../code/dictionary.ts';
import { cachedCompile, RESOURCE_ARTIFACT, RESOURCE_SOURCES, sourceHash } from './compiled.ts';

export interface Resources {
  langs: Record<Lang, LanguageData>;
  actors: ActorDictionary;
  verbs: VerbDictionary;
}

export interface ResourceOptions {
  /** User dictionary folders, applied in order over the built-in ones (entries replace by id). */
  dictDirs?: string[];
}

/**
 * The built-in resources from their compiled artifact (rebuilt when a source changed); with user
 * dictionaries, compiled from the sources so the user's entries replace and extend the built-in ones.
 * @example loadResources({ dictDirs: ['./my-dicts'] }).verbs.entries.length
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const dictDirs = options.dictDirs ?? [];
  if (dictDirs.length) return compileResources(dictDirs);
  return cachedCompile(RESOURCE_ARTIFACT, sourceHash(RESOURCE_SOURCES), () => compileResources([]));
}

/** Read, validate and compile every table and dictionary from its source files. */
export function compileResources(dictDirs: string[]): Resources {
  return {
    langs: { ar: loadLanguage('ar'), en: loadLanguage('en') },
    actors: loadActorDictionary(dictDirs),
    verbs: loadVerbDictionary(dictDirs),
  };
}

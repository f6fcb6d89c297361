// What the stages read besides the Doc: language tables and dictionaries, loaded once per pipeline.
import type { Lang } from '../doc.ts';
import { loadLanguage, type LanguageData } from '../../lang/index.ts';
import { loadActorDictionary, type ActorDictionary } from '../recognize/actors/dictionary.ts';
import { loadVerbDictionary, type VerbDictionary } from '../code/dictionary.ts';

export interface Resources {
  langs: Record<Lang, LanguageData>;
  actors: ActorDictionary;
  verbs: VerbDictionary;
}

export interface ResourceOptions {
  /** User dictionary folders, applied in order over the built-in ones (entries replace by id). */
  dictDirs?: string[];
}

export function loadResources(options: ResourceOptions = {}): Resources {
  const dictDirs = options.dictDirs ?? [];
  return {
    langs: { ar: loadLanguage('ar'), en: loadLanguage('en') },
    actors: loadActorDictionary(dictDirs),
    verbs: loadVerbDictionary(dictDirs),
  };
}

// What the stages read besides the Doc: language tables and dictionaries, loaded once per pipeline.
import type { Lang } from '../doc.ts';
import { InputError } from '../errors.ts';
import { loadLanguage, type LanguageData } from '../../lang/index.ts';
import { loadActorDictionary, type ActorDictionary } from '../recognize/actors/dictionary.ts';
import { loadVerbDictionary, type VerbDictionary } from '../code/dictionary.ts';
import { loadAttachModel, type AttachModel } from '../code/attach/index.ts';
import { cachedCompile, RESOURCE_ARTIFACT, RESOURCE_SOURCES, sourceHash } from './compiled.ts';

export interface Resources {
  langs: Record<Lang, LanguageData>;
  actors: ActorDictionary;
  verbs: VerbDictionary;
  /** The learned attachment model when chosen (`--attachment model`); null: the rule cascade decides. */
  attachment?: AttachModel | null;
}

export interface ResourceOptions {
  /** User dictionary folders, applied in order over the built-in ones (entries replace by id). */
  dictDirs?: string[];
  /** Who decides source and target: the rule cascade (default) or the learned model; `MARSAD_ATTACHMENT` sets the default. */
  attachment?: 'rules' | 'model';
}

/**
 * The built-in resources from their compiled artifact (rebuilt when a source changed); with user
 * dictionaries, compiled from the sources so the user's entries replace and extend the built-in ones.
 * @example loadResources({ dictDirs: ['./my-dicts'] }).verbs.entries.length
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const dictDirs = options.dictDirs ?? [];
  const compiled = dictDirs.length ? compileResources(dictDirs) : cachedCompile(RESOURCE_ARTIFACT, sourceHash(RESOURCE_SOURCES), () => compileResources([]));
  const attachment = options.attachment ?? attachmentChoice(process.env.MARSAD_ATTACHMENT);
  return attachment === 'model' ? { ...compiled, attachment: loadAttachModel() } : compiled;
}

/** The attachment named by MARSAD_ATTACHMENT, refused when it is neither "rules" nor "model". */
export function attachmentChoice(value: string | undefined): 'rules' | 'model' {
  if (value === undefined || value === '' || value === 'rules') return 'rules';
  if (value === 'model') return 'model';
  throw new InputError('MARSAD_ATTACHMENT', `is "${value}"; expected "rules" or "model"`);
}

/** Read, validate and compile every table and dictionary from its source files. */
export function compileResources(dictDirs: string[]): Resources {
  return {
    langs: { ar: loadLanguage('ar'), en: loadLanguage('en') },
    actors: loadActorDictionary(dictDirs),
    verbs: loadVerbDictionary(dictDirs),
  };
}

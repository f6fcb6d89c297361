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
  /** The learned attachment model and how it is used; null: the rules alone decide (`--attachment rules`). */
  attachment?: { mode: 'model' | 'both'; model: AttachModel } | null;
}

export interface ResourceOptions {
  /** User dictionary folders, applied in order over the built-in ones (entries replace by id). */
  dictDirs?: string[];
  /**
   * Who decides source and target: the rules, with the learned model for triggers they leave without parties
   * ('both', the default), the rules alone, or the model alone. `MARSAD_ATTACHMENT` sets the default.
   */
  attachment?: AttachmentChoice;
}

/**
 * The built-in resources from their compiled artifact (rebuilt when a source changed); with user
 * dictionaries, compiled from the sources so the user's entries replace and extend the built-in ones.
 * @example loadResources({ dictDirs: ['./my-dicts'] }).verbs.entries.length
 */
export function loadResources(options: ResourceOptions = {}): Resources {
  const dictDirs = options.dictDirs ?? [];
  const compiled = dictDirs.length ? compileResources(dictDirs) : cachedCompile(RESOURCE_ARTIFACT, sourceHash(RESOURCE_SOURCES), () => compileResources([]));
  const mode = options.attachment ?? attachmentChoice(process.env.MARSAD_ATTACHMENT);
  return mode === 'rules' ? compiled : { ...compiled, attachment: { mode, model: loadAttachModel() } };
}

export const ATTACHMENT_CHOICES = ['both', 'rules', 'model'] as const;
export type AttachmentChoice = (typeof ATTACHMENT_CHOICES)[number];

/** The attachment named by MARSAD_ATTACHMENT ('both' when unset), refused when it is none of the choices. */
export function attachmentChoice(value: string | undefined): AttachmentChoice {
  if (value === undefined || value === '') return 'both';
  if ((ATTACHMENT_CHOICES as readonly string[]).includes(value)) return value as AttachmentChoice;
  throw new InputError('MARSAD_ATTACHMENT', `is "${value}"; expected one of ${ATTACHMENT_CHOICES.join(', ')}`);
}

/** Read, validate and compile every table and dictionary from its source files. */
export function compileResources(dictDirs: string[]): Resources {
  return {
    langs: { ar: loadLanguage('ar'), en: loadLanguage('en') },
    actors: loadActorDictionary(dictDirs),
    verbs: loadVerbDictionary(dictDirs),
  };
}

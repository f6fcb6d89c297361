// Stage: recognize actors (states, capitals, people, institutions, groups) and places in a document.
import type { ActorMention, Doc } from '../../doc.ts';
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { recognizeActors } from './recognize.ts';

export { recognizeActors } from './recognize.ts';
export { loadActorDictionary, compileActorDictionary, parseActorEntries, type ActorDictionary } from './dictionary.ts';

export const recognizeActorsStage: Stage<Resources> = {
  name: 'recognizeActors',
  requires: ['tokens'],
  assigns: ['actors', 'places'],
  run: (doc, res) => ({ ...doc, ...recognizeActors(doc, res.actors) }),
};

/**
 * The actor mentions of one sentence, in text order (for finding sources and targets).
 * @example actorsInSentence(doc, 2).map((a) => a.code) // ['RUS', 'AZE']
 */
export function actorsInSentence(doc: Doc, sentenceIndex: number): ActorMention[] {
  const s = doc.sentences?.[sentenceIndex];
  if (!s) return [];
  return (doc.actors ?? [])
    .filter((a) => a.tokenStart >= s.tokenStart && a.tokenStart < s.tokenEnd)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

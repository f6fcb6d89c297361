// PLACEHOLDER stage until its owner lands the real one.
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
export const recognizeActorsStage: Stage<Resources> = { name: 'recognizeActorsStage', requires: ['tokens'], assigns: ['actors', 'places'], run: (doc) => doc };

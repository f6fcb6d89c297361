// PLACEHOLDER stage until its owner lands the real one.
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
export const recognizeQuantitiesStage: Stage<Resources> = { name: 'recognizeQuantitiesStage', requires: ['tokens'], assigns: ['quantities'], run: (doc) => doc };

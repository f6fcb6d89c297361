// PLACEHOLDER stage until its owner lands the real one.
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
export const recognizeDatesStage: Stage<Resources> = { name: 'recognizeDatesStage', requires: ['tokens'], assigns: ['dates'], run: (doc) => doc };

// PLACEHOLDER stage until its owner lands the real one.
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
export const resolveStage: Stage<Resources> = { name: 'resolveStage', requires: ['events'], assigns: ['events'], run: (doc) => doc };

// PLACEHOLDER stage until its owner lands the real one.
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
export const codeEventsStage: Stage<Resources> = { name: 'codeEventsStage', requires: ['tokens'], assigns: ['events', 'explanations'], run: (doc) => doc };

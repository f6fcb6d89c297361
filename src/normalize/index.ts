// Stage: normalize the article text for matching.
import type { Stage } from '../pipeline/stage.ts';
import { normalize } from './normalize.ts';

export const normalizeStage: Stage = {
  name: 'normalize',
  requires: [],
  assigns: ['norm'],
  run: (doc) => ({ ...doc, norm: normalize(doc.text) }),
};

export { normalize, normalizeKey, toOriginalSpan } from './normalize.ts';

import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './dictionary.ts';
import { actorsInSentence, recognizeActorsStage } from './index.ts';
import { segmented } from './test-helpers.ts';
import type { Resources } from '../../pipeline/resources.ts';

describe('actorsInSentence', () => {
  it('lists one sentence\'s actors in text order', () => {
    const res = { actors: loadActorDictionary([]) } as unknown as Resources;
    const doc = recognizeActorsStage.run(segmented('Moscow accused Baku of provocations. Ankara backed Baku.', 'en'), res);
    expect(actorsInSentence(doc, 0).map((a) => `${a.text}:${a.code}`)).toEqual(['Moscow:RUS', 'Baku:AZE']);
    expect(actorsInSentence(doc, 1).map((a) => a.code)).toEqual(['TUR', 'AZE']);
    expect(actorsInSentence(doc, 5)).toEqual([]);
  });
});

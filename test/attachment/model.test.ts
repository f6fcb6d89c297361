// The learned attachment model: `npm run train` rebuilds the checked-in file byte for byte from the dev gold, and
// `--attachment model` codes with it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeModel, trainAttachment } from '../../scripts/train-attachment.ts';
import { featuresOf, loadAttachModel, MODEL_FILE, score } from '../../src/code/attach/index.ts';
import { codeEvents, type AttachmentRecord } from '../../src/code/index.ts';
import { demonymIndex } from '../../src/code/demonyms.ts';
import { STAGES, type Resources, type Stage } from '../../src/pipeline/index.ts';
import { train } from '../../src/code/attach/train.ts';
import { createPipeline } from '../../src/pipeline/index.ts';

describe('attachment training', () => {
  it.each([
    // One decision, two candidates: the right one's feature gains weight, the wrong one's loses it.
    { decisions: [{ candidates: [['a'], ['b']], right: [1] }], up: 'b', down: 'a' },
    // A feature shared by both candidates carries no evidence and stays at zero.
    { decisions: [{ candidates: [['x', 'a'], ['x', 'b']], right: [0] }], up: 'a', down: 'b' },
  ])('learns which evidence points to the right candidate ($up over $down)', ({ decisions, up, down }) => {
    const model = train(decisions);
    expect(model.weights[up]).toBeGreaterThan(0);
    expect(model.weights[down]).toBeLessThan(0);
    expect(model.weights.x ?? 0).toBe(0);
  });

  it('rebuilds the checked-in model byte for byte', async () => {
    // A change to the dictionaries or the coder changes what the model learns from: `npm run train` rewrites it.
    expect(serializeModel(await trainAttachment()), 'dict/attachment/model.json is stale: run npm run train').toBe(readFileSync(MODEL_FILE, 'utf8'));
  }, 180_000);
});

describe('coding with the learned model', () => {
  it('scores a candidate as the sum of the weights of its features', async () => {
    const model = loadAttachModel();
    const records: AttachmentRecord[] = [];
    const code: Stage<Resources> = {
      name: 'code', requires: ['tokens', 'actors'], assigns: ['events', 'explanations'],
      run: (doc, res) => codeEvents(doc, res.verbs, { demonyms: demonymIndex(res.actors), actorDict: res.actors, attachment: { mode: 'model', model }, record: (r) => records.push(r) }),
    };
    const p = await createPipeline({ stages: STAGES.map((st) => (st.name === 'code' ? code : st)) });
    p.code({ id: 't', lang: 'ar', published: '2024-05-20', text: 'استقبل الرئيس المصري نظيره الكيني في القاهرة، وبحث الجانبان التعاون الأمني. وانتقدت إثيوبيا الاتفاق.' });
    const candidates = records.flatMap((r) => [...r.sources, ...r.targetsFor(r.sources[0]!.group!)]);
    expect(candidates.length).toBeGreaterThan(5);
    for (const c of candidates) {
      const sum = featuresOf(c).reduce((t, f) => t + (model.weights[f] ?? 0), 0);
      expect(score(model, c)).toBeCloseTo(sum, 9);
    }
  });

  it.each([
    { lang: 'en' as const, text: 'Russia expelled three Polish diplomats on Monday.', event: 'RUS→POL 16' },
    { lang: 'ar' as const, text: 'طردت روسيا ثلاثة دبلوماسيين بولنديين يوم الاثنين.', event: 'RUS→POL 16' },
  ])('$lang: $text', async ({ lang, text, event }) => {
    const p = await createPipeline({ attachment: 'model' });
    const doc = p.code({ id: 't', text, lang, published: '2024-05-20' });
    expect((doc.events ?? []).map((e) => `${e.source}→${e.target ?? '-'} ${e.root}`)).toContain(event);
  });
});

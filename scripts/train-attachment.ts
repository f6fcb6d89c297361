// `npm run train`: learn the attachment model (src/code/attach) from the dev gold and write
// dict/attachment/model.json. Only dev data is read: the real-news dev split and the shared dev set; the
// real-news test split is never opened here. Deterministic: the same gold gives the same file, byte for byte.
//
// The model is trained where it is used by default: beside the rules, with the parties the rules carry between
// sentences (src/code/index.ts, mode 'both'). Each trigger the coder proposes in a sentence whose gold holds an event of the same root is one decision for the
// source (the candidates naming the gold source are right) and one for the target (those naming the gold target,
// or "nobody" when the gold has none). Attachment state carried between sentences depends on earlier decisions,
// so the instances are gathered twice: first with empty weights, then with the weights of the first round.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadGold, type GoldArticle } from '../src/eval/gold.ts';
import { goldSpans } from '../src/eval/match-events.ts';
import { overlaps, triggerSpan } from '../src/eval/diagnose.ts';
import { createPipeline, STAGES, type Resources, type Stage } from '../src/pipeline/index.ts';
import { codeEvents, type AttachmentRecord } from '../src/code/index.ts';
import { demonymIndex } from '../src/code/demonyms.ts';
import { featuresOf, MODEL_FILE, type AttachModel } from '../src/code/attach/index.ts';
import { train, type Decision } from '../src/code/attach/train.ts';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
export const TRAINING_SETS = [join(ROOT, 'test/gold-news/dev'), join(ROOT, '../shared/eval/dev')];
/**
 * How much more likely than "nobody" a trigger's best source must be for it to be coded. On the real-news dev split
 * a margin of −1 keeps precision near the rule cascade's (dev P 39.4, R 18.4) where −1.5 trades 4 points of it for
 * 2 of recall; 0 (plain argmax) halves recall.
 */
const MARGIN = -1;

const root = (cameo: string) => cameo.slice(0, 2);

/** Source and target decisions for one article's triggers. */
function decisionsOf(gold: GoldArticle, records: readonly AttachmentRecord[]): { sources: Decision[]; targets: Decision[] } {
  const spans = goldSpans(gold.text, gold.events, gold.id);
  const sources: Decision[] = [];
  const targets: Decision[] = [];
  for (const r of records) {
    const here = gold.events.filter((g, i) => root(g.cameo) === root(r.cameo) && overlaps(spans[i]!, r.sentence));
    const sc = r.sources;
    if (!here.length) {
      // No event of this root here: the right answer is that the trigger has no source.
      sources.push({ candidates: sc.map((c) => featuresOf(c)), right: [sc.findIndex((c) => c.kind === 'none')] });
      continue;
    }
    // Prefer the gold events whose trigger words are this trigger's.
    const own = here.filter((g, i) => g.trigger && overlaps(triggerSpan(g, spans[gold.events.indexOf(g)]!), r.trigger));
    const events = own.length ? own : here;
    const names = (codes: readonly (string | null)[]) => (c: AttachmentRecord['sources'][number]) =>
      !!c.group && c.group.mentions.some((m) => codes.includes(m.code));
    const rightSources = sc.map((c, i) => (names(events.map((e) => e.source))(c) ? i : -1)).filter((i) => i >= 0);
    if (!rightSources.length) continue;
    sources.push({ candidates: sc.map((c) => featuresOf(c)), right: rightSources });
    const chosen = sc[rightSources[0]!]!.group!;
    const withSource = events.filter((e) => chosen.mentions.some((m) => m.code === e.source));
    const allowed = r.targetsFor(chosen);
    const rightTargets = allowed
      .map((c, i) => {
        if (c.kind === 'none') return withSource.some((e) => !e.target || chosen.mentions.some((m) => m.code === e.target)) ? i : -1;
        if (c.kind === 'domestic') return withSource.some((e) => e.target && chosen.mentions.some((m) => m.code === e.target)) ? i : -1;
        return names(withSource.map((e) => e.target))(c) ? i : -1;
      })
      .filter((i) => i >= 0);
    if (rightTargets.length) targets.push({ candidates: allowed.map((c) => featuresOf(c)), right: rightTargets });
  }
  return { sources, targets };
}

async function gather(golds: readonly GoldArticle[], model: AttachModel): Promise<Decision[]> {
  let records: AttachmentRecord[] = [];
  const code: Stage<Resources> = {
    name: 'code', requires: ['tokens', 'actors'], assigns: ['events', 'explanations'],
    run: (doc, res) => codeEvents(doc, res.verbs, { demonyms: demonymIndex(res.actors), actorDict: res.actors, attachment: { mode: 'both', model }, record: (r) => records.push(r) }),
  };
  const p = await createPipeline({ stages: STAGES.map((s) => (s.name === 'code' ? code : s)) });
  const out: Decision[] = [];
  for (const gold of golds) {
    records = [];
    const { id, title, text, lang, published } = gold;
    p.code({ id, title, text, lang, published, url: null, outlet: gold.outlet });
    const { sources, targets } = decisionsOf(gold, records);
    out.push(...sources, ...targets);
  }
  return out;
}

/** The model file's text: one weight per line, in code-point order, so a retrained model diffs line by line. */
export function serializeModel(model: AttachModel): string {
  const names = Object.keys(model.weights).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = names.map((n) => `    ${JSON.stringify(n)}: ${model.weights[n]}`);
  return `{\n  "margin": ${model.margin},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export async function trainAttachment(): Promise<AttachModel> {
  const golds = TRAINING_SETS.flatMap((dir) => loadGold(dir));
  let model: AttachModel = { weights: {}, margin: MARGIN };
  for (let round = 0; round < 2; round++) model = { ...train(await gather(golds, model)), margin: MARGIN };
  return model;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const model = await trainAttachment();
  mkdirSync(dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, serializeModel(model));
  console.log(`wrote ${MODEL_FILE}: ${Object.keys(model.weights).length} weights`);
}

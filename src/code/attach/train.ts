// Learning the attachment weights: a conditional logit over each decision's candidates (one of them, or any of
// several equivalent ones, is right), fitted by full-batch gradient descent with an L2 penalty. Everything runs
// in a fixed order from zero weights, so the same instances give the same weights, byte for byte.
import type { AttachModel } from './index.ts';

/** One decision: its candidates' features, and which candidates are right. */
export interface Decision {
  candidates: readonly (readonly string[])[];
  right: readonly number[];
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 200, rate: 0.5, l2: 0.002 };

/**
 * Fit weights on `decisions` and round them to 4 decimals, dropping the ones that round to zero.
 * @example train([{ candidates: [['a'], ['b']], right: [1] }]).weights.b > 0 // true
 */
export function train(decisions: readonly Decision[], options: TrainOptions = TRAIN_DEFAULTS): AttachModel {
  const names = [...new Set(decisions.flatMap((d) => d.candidates.flat()))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const encoded = decisions.map((d) => ({ candidates: d.candidates.map((c) => c.map((f) => index.get(f)!)), right: new Set(d.right) }));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const n = Math.max(1, encoded.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    for (const d of encoded) {
      const scores = d.candidates.map((c) => c.reduce((s, f) => s + w[f]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const rightTotal = exp.reduce((a, e, i) => (d.right.has(i) ? a + e : a), 0);
      d.candidates.forEach((c, i) => {
        // d(-log P(right))/d score_i = P(i) − P(i | right)
        const g = exp[i]! / total - (d.right.has(i) ? exp[i]! / rightTotal : 0);
        for (const f of c) grad[f]! += g;
      });
    }
    for (let f = 0; f < w.length; f++) w[f]! -= options.rate * (grad[f]! / n + options.l2 * w[f]!);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const r = Math.round(w[i]! * 1e4) / 1e4;
    if (r !== 0) weights[name] = r;
  });
  return { weights, margin: 0 };
}

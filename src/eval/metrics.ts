// Counts that add up across articles, and the rates (precision, recall, F1, accuracy) derived from them.

/** Precision, recall and F1 with their counts; a rate is null when its denominator is 0 (F1: no gold and no system items). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share: `correct` of `total`; `rate` is null when total is 0. */
export interface Share {
  correct: number;
  total: number;
  rate: number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** @example prf(8, 2, 4) // { precision: 0.8, recall: 0.667, f1: 0.727, … } */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // 2TP / (2TP + FP + FN) equals the harmonic mean where both are defined, and is 0 (not undefined) when one side is empty.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

/** @example share(3, 4).rate // 0.75 */
export function share(correct: number, total: number): Share {
  return { correct, total, rate: ratio(correct, total) };
}

/** Raw counts for one article; tallies of several articles are summed with addTally. */
export interface Tally {
  articles: number;
  sentenceRoot: [tp: number, fp: number, fn: number];
  sentenceCode: [tp: number, fp: number, fn: number];
  document: [tp: number, fp: number, fn: number];
  eventDate: [correct: number, total: number];
  eventSector: [correct: number, total: number];
  actors: [tp: number, fp: number, fn: number];
  actorSector: [correct: number, total: number];
  /** Gold entries found strictly, leniently, gold total, system distinct entries, system entries matching gold strictly. */
  dates: [strict: number, lenient: number, gold: number, system: number, systemCorrect: number];
  quantities: [strict: number, lenient: number, gold: number, system: number, systemCorrect: number];
  /** confusion[goldRoot][systemRoot] = count; 'none' for no counterpart. */
  confusion: Record<string, Record<string, number>>;
  /** Per gold/system root: [tp, fp, fn] of sentence-level root matching. */
  perRoot: Record<string, [tp: number, fp: number, fn: number]>;
  /** misses[goldRoot][reason] and falses[systemRoot][reason]: diagnose.ts's reasons. */
  misses: Record<string, Record<string, number>>;
  falses: Record<string, Record<string, number>>;
  /** Gold events with a trigger of their root and their actors recognised in the sentence: matched, total. */
  attachment: [correct: number, total: number];
  /** False events whose source is not recognised in their sentence, of all false events. */
  falseSource: [outside: number, total: number];
}

export function emptyTally(): Tally {
  return {
    articles: 0,
    sentenceRoot: [0, 0, 0],
    sentenceCode: [0, 0, 0],
    document: [0, 0, 0],
    eventDate: [0, 0],
    eventSector: [0, 0],
    actors: [0, 0, 0],
    actorSector: [0, 0],
    dates: [0, 0, 0, 0, 0],
    quantities: [0, 0, 0, 0, 0],
    confusion: {},
    perRoot: {},
    misses: {},
    falses: {},
    attachment: [0, 0],
    falseSource: [0, 0],
  };
}

const addInto = (into: number[], from: readonly number[]): void => {
  from.forEach((v, i) => (into[i] += v));
};

/** Sum `from` into `into` and return `into`. */
export function addTally(into: Tally, from: Tally): Tally {
  into.articles += from.articles;
  for (const key of ['sentenceRoot', 'sentenceCode', 'document', 'eventDate', 'eventSector', 'actors', 'actorSector', 'dates', 'quantities', 'attachment', 'falseSource'] as const) {
    addInto(into[key], from[key]);
  }
  for (const table of ['confusion', 'misses', 'falses'] as const) {
    for (const [g, row] of Object.entries(from[table])) {
      for (const [s, n] of Object.entries(row)) bump(into[table], g, s, n);
    }
  }
  for (const [root, counts] of Object.entries(from.perRoot)) addInto((into.perRoot[root] ??= [0, 0, 0]), counts);
  return into;
}

/** Add n to a cell of a nested count table. */
export function bump(table: Record<string, Record<string, number>>, row: string, col: string, n = 1): void {
  const r = (table[row] ??= {});
  r[col] = (r[col] ?? 0) + n;
}

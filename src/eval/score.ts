// Scores system output against gold articles: event, actor, date and quantity figures, overall and per language.
import type { Explanation, Lang } from '../doc.ts';
import { diagnoseArticle, type Diagnosis } from './diagnose.ts';
import type { GoldArticle } from './gold.ts';
import { scoreEvents, type SystemEvent } from './match-events.ts';
import { scoreActors, scoreDates, scoreQuantities, type SystemActor, type SystemDate, type SystemQuantity } from './match-mentions.ts';
import { addTally, emptyTally, prf, share, type Prf, type Share, type Tally } from './metrics.ts';

/** The parts of a system's output the scorer reads; the pipeline's CodeOutput has them all. */
export interface SystemOutput {
  events: readonly SystemEvent[];
  actors: readonly SystemActor[];
  dates: readonly SystemDate[];
  quantities: readonly SystemQuantity[];
  /** The coder's account of its trigger candidates (`doc.explanations`); sharpens the miss diagnosis. */
  explanations?: readonly Explanation[];
}

export interface MentionScore {
  /** Share of gold (text, value) entries the system found with the same text and exact value. */
  strict: Share;
  /** Same, with the system's text overlapping or containing the gold text. */
  lenient: Share;
  /** Share of the system's distinct (text, value) entries that equal a gold entry. */
  precision: Share;
}

export interface RootLine extends Prf {
  root: string;
}

export interface Report {
  articles: number;
  events: {
    /** Same sentence, source, target, CAMEO root and negation. */
    sentenceRoot: Prf;
    /** Same, with the exact CAMEO code. */
    sentenceCode: Prf;
    /** Sentence ignored: multiset of (source, target, root, negated) per article. */
    document: Prf;
    /** On sentence-level root matches: same date. */
    dateAccuracy: Share;
    /** On sentence-level root matches: same source and target sectors. */
    sectorAccuracy: Share;
  };
  actors: Prf & { sectorAccuracy: Share };
  dates: MentionScore;
  quantities: MentionScore;
  /** Rows gold root, columns system root; 'none' for no counterpart. */
  confusion: { labels: string[]; matrix: number[][] };
  perRoot: RootLine[];
  /** Why gold events were missed and false events produced: counts per reason, and per root and reason. */
  misses: ReasonTable;
  falses: ReasonTable;
  /** Among gold events whose root was proposed and whose actors were recognised in the sentence: matched. */
  attachment: Share;
  /** False events whose source is not recognised in their sentence. */
  falseSourceOutside: Share;
}

export interface ReasonTable {
  total: number;
  byReason: Record<string, number>;
  byRoot: Record<string, Record<string, number>>;
}

export interface ArticleLine {
  id: string;
  lang: Lang;
  goldEvents: number;
  systemEvents: number;
  events: Prf;
}

export interface EvalReport {
  overall: Report;
  byLang: Partial<Record<Lang, Report>>;
  articles: ArticleLine[];
  /** Every missed gold event and every false system event, with its reason. */
  missed: Diagnosis[];
  false: Diagnosis[];
}

function reasonTable(byRoot: Record<string, Record<string, number>>): ReasonTable {
  const byReason: Record<string, number> = {};
  for (const row of Object.values(byRoot)) for (const [r, n] of Object.entries(row)) byReason[r] = (byReason[r] ?? 0) + n;
  const sorted = Object.fromEntries(Object.entries(byReason).sort((a, b) => b[1] - a[1]));
  const roots = Object.keys(byRoot).sort();
  return { total: Object.values(byReason).reduce((a, b) => a + b, 0), byReason: sorted, byRoot: Object.fromEntries(roots.map((r) => [r, byRoot[r]])) };
}

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

const mentionScore = ([strict, lenient, gold, system, systemCorrect]: Tally['dates']): MentionScore => ({
  strict: share(strict, gold),
  lenient: share(lenient, gold),
  precision: share(systemCorrect, system),
});

function toReport(t: Tally): Report {
  const seen = new Set([...Object.keys(t.confusion), ...Object.values(t.confusion).flatMap((row) => Object.keys(row))]);
  const extra = [...seen].filter((r) => r !== 'none' && !ROOTS.includes(r)).sort();
  const labels = [...ROOTS, ...extra, 'none'];
  return {
    articles: t.articles,
    events: {
      sentenceRoot: prf(...t.sentenceRoot),
      sentenceCode: prf(...t.sentenceCode),
      document: prf(...t.document),
      dateAccuracy: share(...t.eventDate),
      sectorAccuracy: share(...t.eventSector),
    },
    actors: { ...prf(...t.actors), sectorAccuracy: share(...t.actorSector) },
    dates: mentionScore(t.dates),
    quantities: mentionScore(t.quantities),
    confusion: { labels, matrix: labels.map((g) => labels.map((s) => t.confusion[g]?.[s] ?? 0)) },
    perRoot: labels
      .filter((root) => root !== 'none' && t.perRoot[root])
      .map((root) => ({ root, ...prf(...t.perRoot[root]) })),
    misses: reasonTable(t.misses),
    falses: reasonTable(t.falses),
    attachment: share(...t.attachment),
    falseSourceOutside: share(...t.falseSource),
  };
}

/** Score one article into a fresh tally, with its diagnosed misses and false events. */
export function tallyArticle(gold: GoldArticle, system: SystemOutput): Tally & { diagnosed: ReturnType<typeof diagnoseArticle> } {
  const tally = emptyTally();
  tally.articles = 1;
  const { spans, matchOf } = scoreEvents(gold.text, gold.events, system.events, gold.id, tally);
  const diagnosed = diagnoseArticle({ gold, spans, system: system.events, actors: system.actors, explanations: system.explanations, matchOf }, tally);
  scoreActors(gold.actors, system.actors, tally);
  scoreDates(gold, system.dates, tally);
  scoreQuantities(gold, system.quantities, tally);
  return { ...tally, diagnosed };
}

/**
 * Score system output against gold, overall and per language (the gold article's `lang`).
 * @example scoreArticles([{ gold, system: toFormatJson(pipeline.code(gold)) }]).overall.events.sentenceRoot.f1
 */
export function scoreArticles(pairs: readonly { gold: GoldArticle; system: SystemOutput }[]): EvalReport {
  const overall = emptyTally();
  const byLang = new Map<Lang, Tally>();
  const articles: ArticleLine[] = [];
  const missed: Diagnosis[] = [];
  const falses: Diagnosis[] = [];
  for (const { gold, system } of pairs) {
    const t = tallyArticle(gold, system);
    missed.push(...t.diagnosed.missed);
    falses.push(...t.diagnosed.false);
    addTally(overall, t);
    if (!byLang.has(gold.lang)) byLang.set(gold.lang, emptyTally());
    addTally(byLang.get(gold.lang)!, t);
    articles.push({
      id: gold.id,
      lang: gold.lang,
      goldEvents: gold.events.length,
      systemEvents: system.events.length,
      events: prf(...t.sentenceRoot),
    });
  }
  const langs = [...byLang.keys()].sort();
  return {
    overall: toReport(overall),
    byLang: Object.fromEntries(langs.map((l) => [l, toReport(byLang.get(l)!)])),
    articles,
    missed,
    false: falses,
  };
}

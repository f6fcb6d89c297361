// Evaluation: score the coder's output on gold articles (FORMAT.md) and print the figures.
import type { Article } from '../doc.ts';
import { loadGold, type GoldArticle } from './gold.ts';
import { scoreArticles, type EvalReport, type SystemOutput } from './score.ts';

export { loadGold, parseGoldArticle, type GoldArticle, type GoldEvent } from './gold.ts';
export { scoreArticles, type EvalReport, type Report, type SystemOutput, type MentionScore, type RootLine, type ArticleLine } from './score.ts';
export { formatReport, formatSideBySide } from './format-report.ts';
export type { Prf, Share } from './metrics.ts';

/** The article fields of a gold file, as the pipeline takes them. */
export function goldToArticle(gold: GoldArticle): Article {
  const { id, url, outlet, title, text, lang, published } = gold;
  return { id, url: url ?? null, outlet, title, text, lang, published };
}

/**
 * Load every gold file under `goldDir`, run `code` on each article, and score the results.
 * @example const p = await createPipeline(); const report = await evaluate(dir, (a) => toFormatJson(p.code(a)));
 */
export async function evaluate(
  goldDir: string,
  code: (article: Article) => SystemOutput | Promise<SystemOutput>,
): Promise<EvalReport> {
  const golds = loadGold(goldDir);
  const pairs: { gold: GoldArticle; system: SystemOutput }[] = [];
  for (const gold of golds) pairs.push({ gold, system: await code(goldToArticle(gold)) });
  return scoreArticles(pairs);
}

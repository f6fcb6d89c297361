// JSON Lines export: one coded event per line with its evidence (quote, trigger, offsets, rule, article).
import type { ExportItem } from './record.ts';

/**
 * The JSON object written for one event.
 * @example JSON.stringify(jsonlRecord(item)) // '{"id":12,"date":"2025-06-30",…,"evidence":{"quote":…}}'
 */
export function jsonlRecord(item: ExportItem): Record<string, unknown> {
  const e = item.event;
  return {
    id: e.id,
    cluster_id: e.cluster_id,
    date: e.date,
    date_granularity: e.date_granularity,
    source: e.source,
    source_sector: e.source_sector,
    source_name: item.sourceName,
    target: e.target,
    target_sector: e.target_sector,
    target_name: item.targetName,
    cameo: e.cameo,
    root: e.root,
    quad_class: e.quad_class,
    goldstein: e.goldstein,
    negated: e.negated,
    location: e.location,
    confidence: e.confidence,
    num_mentions: item.numMentions,
    num_sources: item.numSources,
    num_articles: item.numArticles,
    evidence: {
      article_id: e.article_id,
      url: e.article_url,
      outlet: e.outlet,
      published: e.published,
      lang: e.lang,
      sentence: e.sentence,
      quote: e.quote,
      quote_start: e.quote_start,
      quote_end: e.quote_end,
      trigger: e.trigger,
      trigger_start: e.trigger_start,
      trigger_end: e.trigger_end,
      rule: e.rule,
    },
  };
}

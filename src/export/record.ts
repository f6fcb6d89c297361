// What every export format receives: one stored event (or a cluster's representative) with names and counts.
import type { ActorMention } from '../doc.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { countryOf, KNOWN_GROUPS } from '../ontology/actor-codes.ts';

export { countryOf, KNOWN_GROUPS };


export interface ExportItem {
  event: StoredEvent;
  /** Cluster counts when exporting clusters; a single mention counts 1/1/1. */
  numMentions: number;
  numSources: number;
  numArticles: number;
  /** Surface forms naming the source and target in the article, when the article names them. */
  sourceName: string | null;
  targetName: string | null;
}

/**
 * The article's mention of `code` that names it for this event: one inside the quote (same sector first),
 * else one elsewhere in the article with the same sector; null rather than a name for another part of the state.
 */
function nameOf(mentions: ActorMention[], e: StoredEvent, code: string | null, sector: string | null): string | null {
  if (!code) return null;
  const inQuote = (m: ActorMention): boolean => m.start >= e.quote_start && m.end <= e.quote_end;
  const same = mentions.filter((m) => m.code === code);
  const pick =
    same.find((m) => inQuote(m) && m.sector === sector) ??
    same.find(inQuote) ??
    same.find((m) => m.sector === sector);
  return pick?.text ?? null;
}

/**
 * Attach actor names to a page of events with one store query.
 * @example const items = await withActorNames(store, page.items.map((event) => ({ event, counts: null })));
 */
export async function withActorNames(
  store: Store,
  rows: { event: StoredEvent; counts: { num_mentions: number; num_sources: number; num_articles: number } | null }[],
): Promise<ExportItem[]> {
  const ids = [...new Set(rows.map((r) => r.event.article_id))];
  const byArticle = new Map<string, ActorMention[]>();
  for (const m of await store.actorMentions(ids)) {
    const list = byArticle.get(m.article_id) ?? [];
    list.push(m);
    byArticle.set(m.article_id, list);
  }
  return rows.map(({ event, counts }) => {
    const mentions = byArticle.get(event.article_id) ?? [];
    return {
      event,
      numMentions: counts?.num_mentions ?? 1,
      numSources: counts?.num_sources ?? 1,
      numArticles: counts?.num_articles ?? 1,
      sourceName: nameOf(mentions, event, event.source, event.source_sector),
      targetName: nameOf(mentions, event, event.target, event.target_sector),
    };
  });
}

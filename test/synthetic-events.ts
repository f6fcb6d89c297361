// Big stores for tests, built by SQL in seconds: synthetic articles with events on common dyads and roots.
import type { Engine } from '../src/store/engine.ts';

export interface SyntheticOptions {
  articles: number;
  eventsPerArticle: number;
  /** Event days spread over this many days from 2024-01-01. */
  days: number;
  /**
   * Coding rules shared round-robin (events of one key and day sharing a rule cluster), or 'unique' for one
   * rule each: then no two events cluster and the store is filled clustered, each event its own cluster.
   */
  rules: number | 'unique';
}

/**
 * Fill an empty, migrated store. Event indexes are dropped for the load and rebuilt after (much faster than
 * keeping them up to date row by row); unless rules are unique, events are left pending (unclustered).
 * @example await fillSynthetic(engine, { articles: 10_000, eventsPerArticle: 10, days: 700, rules: 'unique' })
 */
export async function fillSynthetic(engine: Engine, o: SyntheticOptions): Promise<void> {
  const events = o.articles * o.eventsPerArticle;
  const clustered = o.rules === 'unique';
  const day = `date '2024-01-01' + (g % ${o.days})`;
  // The months' partitions first (migration 0008), as saving articles makes them: rows of a month without one
  // would wait in the default partition, and the first write into that month would move them all.
  await engine.query(`SELECT events_add_months(array(SELECT date '2024-01-01' + g FROM generate_series(0, ${o.days - 1}) g))`);
  const indexes = await engine.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes
    WHERE tablename = 'events' AND indexname NOT IN (SELECT conname FROM pg_constraint)`);
  for (const { indexname } of indexes) await engine.exec(`DROP INDEX ${indexname}`);
  await engine.transaction(async (tx) => {
    // Clustered, the foreign keys between events and clusters point both ways; the load fills both at once.
    if (clustered) await tx.exec('SET LOCAL session_replication_role = replica');
    await tx.exec(`
      INSERT INTO articles (id, outlet, title, text, lang, published, hash, search)
        SELECT 'syn-' || g, 'outlet' || (g % 7), 'Synthetic ' || g, 'synthetic report ' || g, 'en', date '2024-01-01' + (g % ${o.days}),
          md5('a' || g) || md5('b' || g), 'synthetic report ' || g
        FROM generate_series(1, ${o.articles}) g;
      INSERT INTO events (id, article_id, ordinal, source, target, cameo, root, quad_class, goldstein, date, date_granularity,
          date_start, date_end, event_day, negated, trigger, trigger_start, trigger_end, quote, quote_start, quote_end, sentence,
          confidence, rule, cluster_id, cluster_rep)
        OVERRIDING SYSTEM VALUE
        SELECT g, 'syn-' || ((g - 1) / ${o.eventsPerArticle} + 1), g % ${o.eventsPerArticle}, s.source, s.target, s.cameo,
          left(s.cameo, 2), s.quad, 0, (${day})::text, 'day', ${day}, ${day}, ${day}, false, 'synthetic' || g, 0, 1, 'quote' || g, 0, 1, 0,
          0.5, 'synthetic.' || ${clustered ? 'g' : `(g % ${o.rules})`}, ${clustered ? 'g, true' : 'NULL, false'}
        FROM generate_series(1, ${events}) g, LATERAL (SELECT
          (ARRAY['RUS','AZE','ARM','KAZ','UKR','USA','IRN','TUR','IND','PAK'])[g % 10 + 1] AS source,
          (ARRAY['AZE','RUS','KAZ','ARM','IND','PAK','USA','UKR','TUR','IRN'])[(g / 10) % 10 + 1] AS target,
          (ARRAY['010','036','042','051','111','112','120','130','173','190'])[(g / 100) % 10 + 1] AS cameo,
          (ARRAY[1,1,1,1,3,3,3,3,4,4])[(g / 100) % 10 + 1] AS quad) s;
      SELECT setval(pg_get_serial_sequence('events', 'id'), ${events});`);
    if (clustered) await tx.exec('INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles) SELECT id, id, 1, 1, 1 FROM events');
  });
  // The definitions read "ON ONLY events" (the partitioned parent alone): made again on every partition too.
  for (const { indexdef } of indexes) await engine.exec(indexdef.replace(' ON ONLY ', ' ON '));
  await engine.exec('VACUUM (ANALYZE) articles, events, event_clusters');
}

-- Faster event pages on large stores: indexes that walk newest-first (the API's default order) per actor,
-- per dyad and overall, carrying the columns page and count subqueries test (negated, cluster_rep, and source
-- for the target side of an actor) so they need no table reads; CAMEO roots by Goldstein; and a trigram index
-- for text search when the pg_trgm extension is available (PGlite loads it; on a server without it,
-- text search keeps working unindexed).

CREATE INDEX IF NOT EXISTS events_recent_idx ON events (event_day DESC NULLS LAST, id DESC) INCLUDE (negated, cluster_rep);
CREATE INDEX IF NOT EXISTS events_source_recent_idx ON events (source, event_day DESC NULLS LAST, id DESC) INCLUDE (negated, cluster_rep);
CREATE INDEX IF NOT EXISTS events_target_recent_idx ON events (target, event_day DESC NULLS LAST, id DESC) INCLUDE (negated, cluster_rep, source);
CREATE INDEX IF NOT EXISTS events_dyad_recent_idx ON events (source, target, event_day DESC NULLS LAST, id DESC) INCLUDE (negated, cluster_rep);
-- A two-digit CAMEO filter tests cameo_root (the code's first two digits, kept by the database), so this
-- index serves it in Goldstein order and counts it without table reads.
ALTER TABLE events ADD COLUMN IF NOT EXISTS cameo_root text GENERATED ALWAYS AS (substr(cameo, 1, 2)) STORED;
CREATE INDEX IF NOT EXISTS events_root_goldstein_idx ON events (cameo_root, goldstein, id) INCLUDE (negated, cluster_rep);
-- The dyad index above starts with the same columns.
DROP INDEX IF EXISTS events_dyad_idx;

DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): text search stays unindexed', SQLERRM;
END
$$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS events_quote_trgm_idx ON events USING gin (quote gin_trgm_ops)';
  END IF;
END
$$;

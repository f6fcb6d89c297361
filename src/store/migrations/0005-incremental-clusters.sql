-- Incremental clustering: an event without a cluster is pending (stored since the last clustering, or left by a
-- clustering that was interrupted, or freed when an article it was clustered with was replaced). The partial
-- index finds the pending events at once in a store of any size; the key index finds, for each of them, the
-- stored events it can join: same source, target, root and negation (as cluster.ts compares them, a missing
-- code as ''), and a date range near its own.

CREATE INDEX IF NOT EXISTS events_pending_idx ON events (id) WHERE cluster_id IS NULL;
CREATE INDEX IF NOT EXISTS events_cluster_key_idx
  ON events ((coalesce(source, '')), (coalesce(target, '')), root, negated, date_start);

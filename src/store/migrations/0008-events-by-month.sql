-- Events partitioned by month of event_day (declarative range partitioning), so a store of tens of millions
-- of events keeps its indexes per month and date-bounded queries read only the months they cover.
--
-- Why event_day: it is the column every events query sorts on by default (sort=date, -date) and the one the
-- from/to filters bound, so the planner prunes months for a date range and walks each month's small index
-- for a date order. The article's publication or ingest month would bound neither. Undated events
-- (event_day NULL: no date in the text and no publication date) go to the DEFAULT partition, events_undated.
--
-- What partitioning costs, and how it is paid:
-- * A partitioned table's unique constraints must contain the partition key, and event_day may be NULL,
--   so events has no primary key: ids stay unique because they come from the identity sequence only
--   (GENERATED ALWAYS), and events_id_idx finds them. UNIQUE (article_id, ordinal) becomes the plain
--   index events_article_idx (a save writes an article's events in one statement, ordinals 0..n-1).
-- * event_clusters.event_id can no longer be a foreign key to events (it needs a unique events(id)); the
--   trigger events_drop_clusters does what its ON DELETE CASCADE did.
-- * A month needs its partition before its events are written: SqlStore calls events_add_months() before
--   every save. Rows written by plain SQL to a month without a partition land in events_undated and move
--   to their month when its partition is made.
--
-- The conversion copies the table whatever its columns (later migrations may add some): the new table is
-- made LIKE the old one, rows are copied with their ids, and the old table's plain indexes are made again.

ALTER TABLE event_clusters DROP CONSTRAINT IF EXISTS event_clusters_event_id_fkey;
ALTER TABLE events RENAME TO events_unpartitioned;

CREATE TABLE events (
  LIKE events_unpartitioned INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING CONSTRAINTS
    INCLUDING STORAGE INCLUDING COMMENTS
) PARTITION BY RANGE (event_day);
CREATE TABLE events_undated PARTITION OF events DEFAULT;

-- The partition for the month of each day given (NULLs ignored), made when missing.
CREATE FUNCTION events_add_months(days date[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  m date;
  part text;
  cols text;
BEGIN
  FOR m IN SELECT DISTINCT date_trunc('month', d)::date FROM unnest(days) d WHERE d IS NOT NULL LOOP
    part := 'events_' || to_char(m, '"y"YYYY"m"MM');
    CONTINUE WHEN to_regclass(quote_ident(part)) IS NOT NULL;
    -- One creator at a time; whoever waited finds the partition made.
    PERFORM pg_advisory_xact_lock(7411962);
    CONTINUE WHEN to_regclass(quote_ident(part)) IS NOT NULL;
    IF NOT EXISTS (SELECT 1 FROM events_undated WHERE event_day >= m AND event_day < (m + interval '1 month')::date) THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', part, m, (m + interval '1 month')::date);
      CONTINUE;
    END IF;
    -- The month's rows wait in the default partition, which may hold no row of a partition: move them
    -- with the default detached (so its triggers do not fire on the move), ids kept.
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
      WHERE attrelid = 'events'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
    ALTER TABLE events DETACH PARTITION events_undated;
    EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', part, m, (m + interval '1 month')::date);
    EXECUTE format('INSERT INTO events (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM events_undated WHERE event_day >= %L AND event_day < %L',
      cols, cols, m, (m + interval '1 month')::date);
    DELETE FROM events_undated WHERE event_day >= m AND event_day < (m + interval '1 month')::date;
    ALTER TABLE events ATTACH PARTITION events_undated DEFAULT;
  END LOOP;
END
$fn$;

DO $$
DECLARE
  cols text;
  defs text[];
  def text;
BEGIN
  PERFORM events_add_months(array_agg(DISTINCT date_trunc('month', event_day)::date)) FROM events_unpartitioned;
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute
    WHERE attrelid = 'events_unpartitioned'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
  EXECUTE format('INSERT INTO events (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM events_unpartitioned', cols, cols);
  -- Ids go on from where the old sequence stood (not from the largest id left), so none is reused.
  EXECUTE format('SELECT setval(%L, last_value, is_called) FROM %s',
    pg_get_serial_sequence('events', 'id'), pg_get_serial_sequence('events_unpartitioned', 'id'));
  -- The old table's plain indexes (those of earlier migrations, whatever they are), for the new table.
  SELECT array_agg(pg_get_indexdef(indexrelid)) INTO defs FROM pg_index
    WHERE indrelid = 'events_unpartitioned'::regclass AND NOT indisunique;
  DROP TABLE events_unpartitioned;
  FOREACH def IN ARRAY coalesce(defs, '{}') LOOP
    EXECUTE regexp_replace(def, ' ON (\S+\.)?events_unpartitioned USING ', ' ON \1events USING ');
  END LOOP;
  EXECUTE format('ALTER SEQUENCE %s RENAME TO events_id_seq', pg_get_serial_sequence('events', 'id'));
END
$$;

CREATE INDEX events_id_idx ON events (id);
CREATE INDEX events_article_idx ON events (article_id, ordinal);

ALTER TABLE events ADD CONSTRAINT events_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE;
ALTER TABLE events ADD CONSTRAINT events_cluster_fk FOREIGN KEY (cluster_id) REFERENCES event_clusters (id) ON DELETE SET NULL;

-- A cluster goes with its representative event, as event_clusters.event_id's ON DELETE CASCADE did.
CREATE FUNCTION events_drop_clusters() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM event_clusters WHERE event_id = OLD.id;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER events_drop_clusters AFTER DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_drop_clusters();

-- Two writers making the same month at once (two `marsad worker`s, an ingest beside the server) both succeed.
-- 0008's events_add_months took the creators' lock and then looked again with to_regclass, which answers from
-- the session's catalog cache: after waiting for another writer that had just made the partition, it could
-- still miss it and fail with "relation ... already exists", aborting the whole batch that was being stored.
-- The same function, with the second look read from the catalog itself.

CREATE OR REPLACE FUNCTION events_add_months(days date[]) RETURNS void LANGUAGE plpgsql AS $fn$
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
    -- Read the catalog afresh: to_regclass answers from this session's cache, which may predate the
    -- commit of the creator it waited for, and would send it on to CREATE a table that exists.
    CONTINUE WHEN EXISTS (SELECT 1 FROM pg_class WHERE relname = part AND relnamespace = ANY (
      SELECT oid FROM pg_namespace WHERE nspname = ANY (current_schemas(false))));
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

-- Dyad versions, kept at write time: every statement that inserts, updates or deletes events stamps each dyad it
-- touches with a new version and keeps the dyad's count of non-negated events. Analyses memoize per dyad and
-- per version (src/analyze/memo.ts), so after a write only the dyads it touched are recomputed, whichever
-- process wrote (the server, a CLI ingest into the same PostgreSQL). A dyad is unordered: a = least, b = greatest.

CREATE TABLE IF NOT EXISTS dyad_versions (
  a       text NOT NULL,
  b       text NOT NULL,
  events  integer NOT NULL,
  version bigint NOT NULL,
  PRIMARY KEY (a, b)
);
CREATE SEQUENCE IF NOT EXISTS dyad_version_seq;

-- Transition tables are named new_rows and old_rows; only those the firing statement has are read. TRUNCATE
-- forgets every dyad (the sequence goes on, so a dyad stored again never gets an old version back).
CREATE OR REPLACE FUNCTION stamp_dyads() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint := nextval('dyad_version_seq');
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM dyad_versions;
    RETURN NULL;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO dyad_versions (a, b, events, version)
      SELECT least(source, target), greatest(source, target), count(*) FILTER (WHERE NOT negated), v
      FROM new_rows WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (a, b) DO UPDATE SET events = dyad_versions.events + excluded.events, version = excluded.version;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO dyad_versions (a, b, events, version)
      SELECT least(source, target), greatest(source, target), -count(*) FILTER (WHERE NOT negated), v
      FROM old_rows WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (a, b) DO UPDATE SET events = dyad_versions.events + excluded.events, version = excluded.version;
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS events_stamp_dyads_insert ON events;
DROP TRIGGER IF EXISTS events_stamp_dyads_update ON events;
DROP TRIGGER IF EXISTS events_stamp_dyads_delete ON events;
DROP TRIGGER IF EXISTS events_stamp_dyads_truncate ON events;
CREATE TRIGGER events_stamp_dyads_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_dyads();
CREATE TRIGGER events_stamp_dyads_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_dyads();
CREATE TRIGGER events_stamp_dyads_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stamp_dyads();
CREATE TRIGGER events_stamp_dyads_truncate AFTER TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION stamp_dyads();

INSERT INTO dyad_versions (a, b, events, version)
  SELECT least(source, target), greatest(source, target), count(*) FILTER (WHERE NOT negated), nextval('dyad_version_seq')
  FROM events WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY 1, 2
ON CONFLICT (a, b) DO NOTHING;

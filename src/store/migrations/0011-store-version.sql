-- The store's version: one number that every committed write to what the API serves raises, whichever process
-- wrote (the server, a CLI ingest into the same PostgreSQL, a watch). The server keeps answers per version
-- (src/serve/answers.ts), so a read after any write computes its answer afresh and identical reads in between
-- share one.
--
-- Raised at commit, not at the write: a statement trigger notes the writing transaction in store_writes (one row
-- per transaction, no lock shared with other writers), and a deferred constraint trigger on that note raises the
-- version as the transaction commits. Raising it at the write would hold the version's row locked from a
-- transaction's first write to its end, serializing concurrent ingests and deadlocking two that store the same
-- article (each waiting for the other's unique key). A reader reads the version before its data, in an earlier
-- statement: the data it reads is at least as new as the version it files the answer under.
--
-- Only tables whose rows the API shows: the job queue's churn changes no answer.

CREATE TABLE IF NOT EXISTS store_version (
  id      boolean PRIMARY KEY DEFAULT true CHECK (id),
  version bigint NOT NULL
);
INSERT INTO store_version (id, version) VALUES (true, 1) ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS store_writes (
  xid xid8 PRIMARY KEY
);

CREATE OR REPLACE FUNCTION note_store_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO store_writes (xid) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION raise_store_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint;
BEGIN
  UPDATE store_version SET version = version + 1 RETURNING version INTO v;
  DELETE FROM store_writes WHERE xid = NEW.xid;
  -- Delivered at commit: an embedded PGlite (one process holds its folder) keeps its version from these.
  PERFORM pg_notify('store_version', v::text);
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS store_writes_raise_version ON store_writes;
CREATE CONSTRAINT TRIGGER store_writes_raise_version AFTER INSERT ON store_writes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_store_version();

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['articles', 'events', 'event_clusters', 'actor_mentions', 'date_mentions', 'quantity_mentions',
                           'feeds', 'raised_alerts'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_note_write', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION note_store_write()',
      t || '_note_write', t);
  END LOOP;
END
$$;

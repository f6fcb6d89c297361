-- Marsad schema v1: articles, their annotations, coded events and cross-article clusters.
-- Dates of events are kept as written (value + granularity) and as a day range for filtering.

CREATE TABLE articles (
  id          text PRIMARY KEY,
  url         text UNIQUE,
  outlet      text,
  title       text,
  text        text NOT NULL,
  lang        text NOT NULL CHECK (lang IN ('ar', 'en')),
  published   date,
  hash        text NOT NULL UNIQUE,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published_idx ON articles (published DESC NULLS LAST, id);

CREATE TABLE actor_mentions (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  text         text NOT NULL,
  code         text NOT NULL,
  sector       text,
  kind         text NOT NULL,
  entry        text NOT NULL,
  token_start  integer NOT NULL,
  token_end    integer NOT NULL,
  CHECK (end_offset >= start_offset)
);
CREATE INDEX actor_mentions_article_idx ON actor_mentions (article_id);
CREATE INDEX actor_mentions_code_idx ON actor_mentions (code);

CREATE TABLE date_mentions (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  text         text NOT NULL,
  value        text,
  granularity  text NOT NULL,
  relative     boolean NOT NULL,
  CHECK (end_offset >= start_offset)
);
CREATE INDEX date_mentions_article_idx ON date_mentions (article_id);

CREATE TABLE quantity_mentions (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  text         text NOT NULL,
  value        double precision NOT NULL,
  unit         text,
  qualifier    text,
  of_value     double precision,
  CHECK (end_offset >= start_offset)
);
CREATE INDEX quantity_mentions_article_idx ON quantity_mentions (article_id);

CREATE TABLE events (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id       text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal          integer NOT NULL,
  source           text,
  source_sector    text,
  target           text,
  target_sector    text,
  cameo            text COLLATE "C" NOT NULL CHECK (cameo ~ '^[0-9]{2,4}$'),
  root             text NOT NULL CHECK (root ~ '^[0-9]{2}$'),
  quad_class       smallint NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  goldstein        double precision NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  date             text,
  date_granularity text,
  -- First and last day the date value covers; event_day is date_start, else the publication date.
  date_start       date,
  date_end         date,
  event_day        date,
  negated          boolean NOT NULL,
  trigger          text NOT NULL,
  trigger_start    integer NOT NULL,
  trigger_end      integer NOT NULL,
  quote            text NOT NULL,
  quote_start      integer NOT NULL,
  quote_end        integer NOT NULL,
  sentence         integer NOT NULL,
  location_text    text,
  location_country text,
  confidence       double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  rule             text NOT NULL,
  cluster_id       integer,
  UNIQUE (article_id, ordinal)
);
CREATE INDEX events_day_idx ON events (event_day, id);
CREATE INDEX events_source_idx ON events (source, event_day);
CREATE INDEX events_target_idx ON events (target, event_day);
CREATE INDEX events_root_idx ON events (root, event_day);
CREATE INDEX events_quad_idx ON events (quad_class, event_day);
CREATE INDEX events_cameo_idx ON events (cameo);
CREATE INDEX events_cluster_idx ON events (cluster_id);

-- One row per happening; id is the smallest member event id, event_id the earliest member.
CREATE TABLE event_clusters (
  id           integer PRIMARY KEY,
  event_id     integer NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  num_mentions integer NOT NULL,
  num_sources  integer NOT NULL,
  num_articles integer NOT NULL
);
CREATE INDEX event_clusters_event_idx ON event_clusters (event_id);

ALTER TABLE events
  ADD CONSTRAINT events_cluster_fk FOREIGN KEY (cluster_id) REFERENCES event_clusters (id) ON DELETE SET NULL;

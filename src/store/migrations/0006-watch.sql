-- What `marsad watch` keeps between polls: each feed's HTTP validators, counts and failures, and the alerts
-- it raised (each once, keyed by dyad, period and kind, with whether the webhook has received it).

CREATE TABLE feeds (
  url           text PRIMARY KEY,
  last_poll     timestamptz,
  etag          text,
  last_modified text,
  -- Items in the feed at its last successful poll, and articles stored from it in all.
  items         integer NOT NULL DEFAULT 0,
  stored        integer NOT NULL DEFAULT 0,
  failures      integer NOT NULL DEFAULT 0,
  next_poll     timestamptz,
  last_error    text
);

CREATE TABLE raised_alerts (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_a     text NOT NULL,
  actor_b     text NOT NULL,
  period      text NOT NULL,
  -- direction and signal, e.g. 'escalation/share'
  kind        text NOT NULL,
  -- The alert as the detector reported it, with its driving events.
  alert       jsonb NOT NULL,
  raised_at   timestamptz NOT NULL DEFAULT now(),
  posted_at   timestamptz,
  post_error  text,
  UNIQUE (actor_a, actor_b, period, kind)
);
CREATE INDEX raised_alerts_raised_idx ON raised_alerts (raised_at DESC, id DESC);
-- Alerts the webhook has yet to receive.
CREATE INDEX raised_alerts_unposted_idx ON raised_alerts (id) WHERE posted_at IS NULL;

-- The work queue that `marsad enqueue` fills and `marsad worker` processes drain (src/queue/): one row per
-- raw article to code. Workers claim rows with FOR UPDATE SKIP LOCKED and hold them under a lease, so a
-- worker killed mid-batch loses nothing: its rows are claimed again once the lease runs out.

CREATE TABLE queue_jobs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The article's content hash: enqueueing the same article twice queues it once.
  hash        text NOT NULL UNIQUE,
  -- The raw article (id, url, outlet, title, text, lang, published) as the readers gave it; cleared when done.
  article     jsonb,
  -- Where it came from (file and line, URL), for messages.
  origin      text NOT NULL,
  state       text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done')),
  attempts    integer NOT NULL DEFAULT 0,
  -- Not claimed before this time (retries wait a little).
  run_after   timestamptz NOT NULL DEFAULT now(),
  -- The claiming worker and how long its claim holds.
  worker      text,
  lease_until timestamptz,
  last_error  text,
  enqueued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  done_at     timestamptz,
  -- What storing it gave: inserted or duplicate (an article already in the store).
  outcome     text
);
-- Claims scan only the waiting and claimed rows, oldest first; done rows stay for the status and latency figures.
CREATE INDEX queue_jobs_claim_idx ON queue_jobs (id) WHERE state <> 'done';

-- Jobs that failed max attempts times, with the reason of the last failure; they leave queue_jobs.
CREATE TABLE queue_dead (
  id        bigint PRIMARY KEY,
  hash      text NOT NULL,
  article   jsonb,
  origin    text NOT NULL,
  attempts  integer NOT NULL,
  reason    text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);

-- Faster pages: cluster representatives flagged on events (cluster pages then use the event indexes),
-- and indexes for dyad filters and Goldstein sorting.

ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_rep boolean NOT NULL DEFAULT false;
UPDATE events e SET cluster_rep = true FROM event_clusters c WHERE c.event_id = e.id;

CREATE INDEX IF NOT EXISTS events_dyad_idx ON events (source, target);
CREATE INDEX IF NOT EXISTS events_goldstein_idx ON events (goldstein, id);

// The SQL of `marsad watch`'s state (migration 0006): feeds between polls and the alerts it raised.
import type { Queryable } from './engine.ts';
import type { FeedState, NewAlert, RaisedAlert } from './store.ts';

const TS_UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;
/** Poll times keep milliseconds: a short test interval and its backoff must survive the round trip. */
const TS_UTC_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const utc = (column: string, format = TS_UTC) => `to_char(${column} AT TIME ZONE 'UTC', ${format})`;

const FEED_COLUMNS = `url, ${utc('last_poll', TS_UTC_MS)} AS "lastPoll", etag, last_modified AS "lastModified", items, stored, failures,
  ${utc('next_poll', TS_UTC_MS)} AS "nextPoll", last_error AS "lastError"`;
const ALERT_COLUMNS = `id, actor_a, actor_b, period, kind, alert, ${utc('raised_at')} AS "raisedAt", ${utc('posted_at')} AS "postedAt",
  post_error AS "postError"`;

type AlertRow = Omit<RaisedAlert, 'dyad' | 'alert'> & { actor_a: string; actor_b: string; alert: unknown };

function toRaisedAlert({ actor_a, actor_b, alert, ...rest }: AlertRow): RaisedAlert {
  // node-postgres parses jsonb; PGlite does too, but a text cast elsewhere must not break the type.
  return { ...rest, dyad: [actor_a, actor_b], alert: (typeof alert === 'string' ? JSON.parse(alert) : alert) as Record<string, unknown> };
}

export async function listFeeds(db: Queryable): Promise<FeedState[]> {
  return db.query<FeedState>(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY url`);
}

export async function upsertFeed(db: Queryable, f: FeedState): Promise<void> {
  await db.query(
    `INSERT INTO feeds (url, last_poll, etag, last_modified, items, stored, failures, next_poll, last_error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (url) DO UPDATE SET last_poll = excluded.last_poll, etag = excluded.etag, last_modified = excluded.last_modified,
       items = excluded.items, stored = excluded.stored, failures = excluded.failures, next_poll = excluded.next_poll,
       last_error = excluded.last_error`,
    [f.url, f.lastPoll, f.etag, f.lastModified, f.items, f.stored, f.failures, f.nextPoll, f.lastError],
  );
}

export async function insertAlerts(db: Queryable, alerts: readonly NewAlert[]): Promise<RaisedAlert[]> {
  if (alerts.length === 0) return [];
  const rows = await db.query<AlertRow>(
    `INSERT INTO raised_alerts (actor_a, actor_b, period, kind, alert)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[])
     ON CONFLICT (actor_a, actor_b, period, kind) DO NOTHING RETURNING ${ALERT_COLUMNS}`,
    [alerts.map((a) => a.dyad[0]), alerts.map((a) => a.dyad[1]), alerts.map((a) => a.period), alerts.map((a) => a.kind),
      alerts.map((a) => JSON.stringify(a.alert))],
  );
  return rows.map(toRaisedAlert).sort((x, y) => x.id - y.id);
}

export async function listRaisedAlerts(db: Queryable, options: { limit?: number; unposted?: boolean }): Promise<RaisedAlert[]> {
  const limit = options.limit ?? 100;
  const rows = options.unposted
    ? await db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM raised_alerts WHERE posted_at IS NULL ORDER BY id LIMIT $1`, [limit])
    : await db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM raised_alerts ORDER BY raised_at DESC, id DESC LIMIT $1`, [limit]);
  return rows.map(toRaisedAlert);
}

export async function markPosted(db: Queryable, id: number, error: string | null): Promise<void> {
  await db.query(
    error === null
      ? `UPDATE raised_alerts SET posted_at = now(), post_error = NULL WHERE id = $1`
      : `UPDATE raised_alerts SET post_error = $2 WHERE id = $1`,
    error === null ? [id] : [id, error],
  );
}

export async function eventDaysSince(db: Queryable, since: string): Promise<{ source: string; target: string; day: string }[]> {
  return db.query(
    `SELECT DISTINCT e.source, e.target, e.event_day::text AS day FROM events e JOIN articles a ON a.id = e.article_id
     WHERE a.ingested_at > $1::timestamptz AND NOT e.negated AND e.source IS NOT NULL AND e.target IS NOT NULL
       AND e.event_day IS NOT NULL`,
    [since],
  );
}

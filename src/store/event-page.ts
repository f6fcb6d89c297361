// SQL for one page of events: sort and limit event ids first (index-backed), join the full rows after; capped totals.
import type { EventQuery } from './sql.ts';
import { TOTAL_CAP } from './store.ts';

/** The sort columns a page subquery carries, per sort (only what the ORDER BY needs, so indexes can cover it). */
const SORT_KEYS: Record<EventQuery['sort'], string> = {
  date: 'e.id, e.event_day',
  '-date': 'e.id, e.event_day',
  goldstein: 'e.id, e.goldstein',
  '-goldstein': 'e.id, e.goldstein',
  cameo: 'e.id, e.cameo',
};

export function eventsFrom(q: Pick<EventQuery, 'needsArticles'>): string {
  return q.needsArticles ? 'events e JOIN articles a ON a.id = e.article_id' : 'events e';
}

/**
 * Ids (with sort keys) of one page, in order. Split filters (actor, dyad, cursor) run as a union of
 * branches that each read at most offset + limit rows along an index, merged and cut afterwards.
 * `extra` is one more condition over e (e.g. cluster representatives only).
 */
export function pageIdsSql(q: EventQuery, limit: number, offset: number, extra?: string): string {
  const from = eventsFrom(q);
  const keys = SORT_KEYS[q.sort];
  const cond = (branch: string): string => (extra ? `${extra} AND ${branch}` : branch);
  if (q.branches.length === 1) {
    return `SELECT ${keys} FROM ${from} WHERE ${cond(q.branches[0]!)} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${offset}`;
  }
  const parts = q.branches.map((b) => `(SELECT ${keys} FROM ${from} WHERE ${cond(b)} ORDER BY ${q.orderBy} LIMIT ${offset + limit})`);
  return `SELECT * FROM (${parts.join(' UNION ALL ')}) u ORDER BY ${q.order('u')} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * A page's rows: its ids (from pageIdsSql) joined back to events as `e`. Under a date sort the page carries
 * each id's day, so the lookup probes only that month's partition (migration 0008) instead of every month's
 * id index; undated ids are looked up in the default partition.
 */
export function pageRowsSql(q: Pick<EventQuery, 'sort'>, pageSql: string): string {
  if (q.sort !== 'date' && q.sort !== '-date') return `(${pageSql}) p JOIN events e ON e.id = p.id`;
  return `(${pageSql}) p JOIN LATERAL (SELECT x.* FROM events x WHERE x.id = p.id AND x.event_day = p.event_day
    UNION ALL SELECT x.* FROM events x WHERE x.id = p.id AND p.event_day IS NULL AND x.event_day IS NULL) e ON true`;
}

/**
 * Count matches, stopping at cap + 1 per branch (each branch along its own index); a sum above
 * cap means "more than cap". `extra` as in pageIdsSql.
 */
export function cappedCountSql(q: EventQuery, extra?: string, cap = TOTAL_CAP): string {
  const from = eventsFrom(q);
  const parts = q.branches.map((b) => `(SELECT 1 FROM ${from} WHERE ${extra ? `${extra} AND ` : ''}${b} LIMIT ${cap + 1})`);
  return `SELECT count(*)::int AS n FROM (${parts.join(' UNION ALL ')}) x`;
}

/**
 * The total when the page itself tells it (no cursor, and the page ends the results), else null.
 * `fetched` is the number of rows read for the page, asked for as limit + 1.
 */
export function totalFromPage(fetched: number, limit: number, offset: number, cursor: boolean): number | null {
  if (cursor || fetched > limit || (fetched === 0 && offset > 0)) return null;
  return offset + fetched;
}

/**
 * How far to count for a page that does not tell its total: TOTAL_CAP, or, for an empty page past the end,
 * its offset. The total then lies below the offset, and the page query has just walked those rows, so
 * counting them costs no more and reports the real total instead of the offset as a lower bound.
 */
export function countCap(fetched: number, offset: number, cursor: boolean): number {
  return fetched === 0 && !cursor ? Math.max(TOTAL_CAP, offset) : TOTAL_CAP;
}

/** The reported total for a count `n` capped at `cap`: exact up to it, else a lower bound that covers the page. */
export function cappedTotal(n: number, fetched: number, offset: number, cursor: boolean, cap = TOTAL_CAP): { total: number; totalExact: boolean } {
  if (n <= cap) return { total: n, totalExact: true };
  return { total: Math.max(TOTAL_CAP, cursor ? 0 : offset + fetched), totalExact: false };
}

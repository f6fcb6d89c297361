// The SQL both engines run: statements, the event filter as a WHERE clause, and row mapping.
import { InputError } from '../errors.ts';
import type { Lang } from '../doc.ts';
import { dateRange } from './date-range.ts';
import { afterCursor, decodeCursor, type SortName } from './cursor.ts';
import { searchTerms } from './search.ts';
import type { EventFilter, StoredArticle, StoredEvent } from './store.ts';

const TS_UTC = `'YYYY-MM-DD"T"HH24:MI:SS"Z"'`;

export const ARTICLE_COLUMNS = `a.id, a.url, a.outlet, a.title, a.text, a.lang, a.published::text AS published, a.hash,
  to_char(a.ingested_at AT TIME ZONE 'UTC', ${TS_UTC}) AS ingested_at`;

export const EVENT_COLUMNS = `e.id, e.article_id, a.url AS article_url, a.title AS article_title, a.outlet, a.published::text AS published, a.lang,
  to_char(a.ingested_at AT TIME ZONE 'UTC', ${TS_UTC}) AS ingested_at, e.cluster_id,
  e.source, e.source_sector, e.target, e.target_sector, e.cameo, e.root, e.quad_class, e.goldstein,
  e.date, e.date_granularity, e.negated, e.trigger, e.trigger_start, e.trigger_end,
  e.quote, e.quote_start, e.quote_end, e.sentence, e.location_text, e.location_country, e.confidence, e.rule`;

const CLUSTER_INPUT = `SELECT e.id, e.article_id, e.source, e.target, e.root, e.negated, e.date_start::text AS date_start,
  e.date_end::text AS date_end, e.event_day::text AS event_day, e.trigger, e.quote, e.rule, e.cluster_id, e.cluster_rep
  FROM events e`;

export const SQL = {
  insertArticle: `INSERT INTO articles (id, url, outlet, title, text, lang, published, hash, ingested_at, search)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()), $10)
    ON CONFLICT DO NOTHING RETURNING id`,
  findArticle: `SELECT id, hash, url, to_char(ingested_at AT TIME ZONE 'UTC', ${TS_UTC}) AS ingested_at FROM articles
    WHERE id = $1 OR hash = $2 OR (url IS NOT NULL AND url = $3)`,
  deleteArticle: `DELETE FROM articles WHERE id = $1`,
  hasArticle: `SELECT EXISTS (SELECT 1 FROM articles WHERE hash = $1 OR (url IS NOT NULL AND url = $2)) AS found`,
  getArticle: `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`,
  actorsOf: `SELECT start_offset AS start, end_offset AS "end", text, code, sector, kind, entry, token_start AS "tokenStart",
    token_end AS "tokenEnd" FROM actor_mentions WHERE article_id = $1 ORDER BY start_offset, id`,
  actorsOfMany: `SELECT article_id, start_offset AS start, end_offset AS "end", text, code, sector, kind, entry,
    token_start AS "tokenStart", token_end AS "tokenEnd" FROM actor_mentions WHERE article_id = ANY($1::text[])
    ORDER BY article_id, start_offset, id`,
  datesOf: `SELECT start_offset AS start, end_offset AS "end", text, value, granularity, relative
    FROM date_mentions WHERE article_id = $1 ORDER BY start_offset, id`,
  quantitiesOf: `SELECT start_offset AS start, end_offset AS "end", text, value, unit, qualifier, of_value AS "of"
    FROM quantity_mentions WHERE article_id = $1 ORDER BY start_offset, id`,
  eventsOf: `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = $1 ORDER BY e.ordinal`,
  storeVersion: `SELECT version::text AS version FROM store_version`,
  /** Where each commit that raises the store's version notifies the new one (migration 0011). */
  storeVersionChannel: 'store_version',
  dyadVersions: `SELECT a, b, events, version::text AS version FROM dyad_versions WHERE events > 0 ORDER BY a, b`,
  /** $1, $2: the dyad's codes in either order. */
  dyadVersion: `SELECT a, b, events, version::text AS version FROM dyad_versions WHERE (a, b) IN (($1, $2), ($2, $1))`,
  /** $1: event days; each one's month gets its partition of events (migration 0008) when it has none. */
  addMonths: `SELECT events_add_months($1::date[])`,
  counts: `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events,
    (SELECT count(DISTINCT code) FROM actor_mentions)::int AS actors`,
  /** Events as clustering reads them, with their current cluster assignment. */
  clusterInput: CLUSTER_INPUT,
  /** Pending events (never clustered, or freed from a cluster), oldest first. */
  pendingEvents: `SELECT id FROM events WHERE cluster_id IS NULL ORDER BY id`,
  /**
   * $1: pending event ids, $2: the date tolerance in days. The clusters of stored events that one of them can
   * join: same key as cluster.ts compares it, and dates near each other (or both undated in one article).
   */
  neighbourClusters: `SELECT DISTINCT e.cluster_id FROM events p JOIN events e
    ON coalesce(e.source, '') = coalesce(p.source, '') AND coalesce(e.target, '') = coalesce(p.target, '')
    AND e.root = p.root AND e.negated = p.negated
    WHERE p.id = ANY($1::int[]) AND p.cluster_id IS NULL AND e.cluster_id IS NOT NULL
    AND ((p.date_start IS NOT NULL AND e.date_start <= p.date_end + $2::int AND p.date_start <= e.date_end + $2::int)
      OR (p.date_start IS NULL AND e.date_start IS NULL AND e.article_id = p.article_id))`,
  /** $1: pending event ids (those still pending), $2: cluster ids: every member of those clusters. */
  clusterMembers: `${CLUSTER_INPUT} WHERE (e.id = ANY($1::int[]) AND e.cluster_id IS NULL) OR e.cluster_id = ANY($2::int[])`,
  /** $1: an article id: the clusters its events belong to. */
  clustersOfArticle: `SELECT DISTINCT cluster_id FROM events WHERE article_id = $1 AND cluster_id IS NOT NULL`,
  /** $1: cluster ids whose members become pending (an article among them is being replaced). */
  freeClusterMembers: `UPDATE events SET cluster_id = NULL, cluster_rep = false WHERE cluster_id = ANY($1::int[])`,
  deleteClusters: `DELETE FROM event_clusters WHERE id = ANY($1::int[])`,
  /** $1: cluster ids (smallest member), $2: representative (earliest) members. Counts are filled after assignment. */
  upsertClusters: `INSERT INTO event_clusters (id, event_id, num_mentions, num_sources, num_articles)
    SELECT c, r, 0, 0, 0 FROM unnest($1::int[], $2::int[]) AS v(c, r)
    ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id WHERE event_clusters.event_id <> excluded.event_id`,
  /**
   * $1: event ids, $2: their cluster ids, $3: whether each represents its cluster (only rows that change).
   * The id test repeated outside the join keeps the planner on the primary key instead of scanning the events.
   */
  assignClusters: `UPDATE events e SET cluster_id = v.cluster_id, cluster_rep = v.rep
    FROM unnest($1::int[], $2::int[], $3::boolean[]) AS v(id, cluster_id, rep) WHERE e.id = v.id AND e.id = ANY($1::int[])`,
  /** $1: the cluster ids in use; no event points to the others any more. */
  deleteStaleClusters: `DELETE FROM event_clusters WHERE NOT (id = ANY($1::int[]))`,
  /** $1: cluster ids a partial clustering found, $2: the ids it keeps. */
  deleteReplacedClusters: `DELETE FROM event_clusters WHERE id = ANY($1::int[]) AND NOT (id = ANY($2::int[]))`,
  /** $1: the clusters to count. Articles without an outlet count as their own source. */
  countClusters: `UPDATE event_clusters c SET num_mentions = s.m, num_sources = s.s, num_articles = s.a
    FROM (SELECT e.cluster_id, count(*)::int AS m, count(DISTINCT coalesce(a.outlet, 'article:' || a.id))::int AS s,
      count(DISTINCT e.article_id)::int AS a
      FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ANY($1::int[]) GROUP BY e.cluster_id) s
    WHERE c.id = s.cluster_id AND (c.num_mentions, c.num_sources, c.num_articles) IS DISTINCT FROM (s.m, s.s, s.a)`,
} as const;

/** A multi-row INSERT for `rows.length` rows of `columns.length` values each. */
export function insertRowsSql(table: string, columns: readonly string[], rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    tuples.push(`(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  }
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`;
}

/** ORDER BY for each sort over a table alias; undated events sort last both ways, ties by id. */
const SORTS: Record<SortName, (t: string) => string> = {
  date: (t) => `${t}.event_day ASC NULLS LAST, ${t}.id ASC`,
  '-date': (t) => `${t}.event_day DESC NULLS LAST, ${t}.id DESC`,
  goldstein: (t) => `${t}.goldstein ASC, ${t}.id ASC`,
  '-goldstein': (t) => `${t}.goldstein DESC, ${t}.id DESC`,
  cameo: (t) => `${t}.cameo ASC, ${t}.id ASC`,
};

function checkFilter(f: EventFilter): void {
  const bad = (field: string, expected: string, found: unknown): never => {
    throw new InputError(`filter.${field}`, `expected ${expected}, found ${JSON.stringify(found)}`);
  };
  for (const k of ['from', 'to'] as const) {
    if (f[k] !== undefined && !/^\d{4}(-\d{2}){0,2}$/.test(f[k]!)) bad(k, 'a date YYYY-MM-DD, YYYY-MM or YYYY', f[k]);
    if (f[k] !== undefined && !dateRange(f[k])) bad(k, 'an existing date', f[k]);
  }
  if (f.cameo !== undefined && !/^\d{1,4}$/.test(f.cameo)) bad('cameo', 'a CAMEO code prefix of 1-4 digits', f.cameo);
  if (f.root !== undefined && !/^\d{2}$/.test(f.root)) bad('root', 'a two-digit CAMEO root', f.root);
  if (f.quadClass !== undefined && ![1, 2, 3, 4].includes(f.quadClass)) bad('quadClass', '1, 2, 3 or 4', f.quadClass);
  if (f.lang !== undefined && f.lang !== 'ar' && f.lang !== 'en') bad('lang', "'ar' or 'en'", f.lang);
  if (f.dyad !== undefined && (f.dyad.length !== 2 || !f.dyad.every((c) => typeof c === 'string' && c)))
    bad('dyad', 'two actor codes', f.dyad);
  if (f.dyads !== undefined && !(Array.isArray(f.dyads) && f.dyads.every((d) => Array.isArray(d) && d.length === 2 && d.every((c) => typeof c === 'string' && c))))
    bad('dyads', 'pairs of actor codes', f.dyads);
  if (f.sort !== undefined && !(f.sort in SORTS)) bad('sort', Object.keys(SORTS).join(', '), f.sort);
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && f.limit > 0)) bad('limit', 'a positive integer', f.limit);
  if (f.offset !== undefined && !(Number.isInteger(f.offset) && f.offset >= 0)) bad('offset', 'a non-negative integer', f.offset);
  if (f.ids !== undefined && !(Array.isArray(f.ids) && f.ids.every(Number.isInteger))) bad('ids', 'an array of event ids', f.ids);
  if (f.after !== undefined && typeof f.after !== 'string') bad('after', 'a cursor string', f.after);
}

const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The character after the last one of a prefix, for an index-friendly prefix range. */
const nextPrefix = (p: string): string => p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1);

export interface EventQuery {
  /** The whole condition over events e (joined to articles a when needsArticles). */
  where: string;
  /**
   * Disjoint conditions whose union is `where` (either side of an actor or dyad, before and at the end of
   * undated rows after a cursor), so each part can walk one index in sort order; one entry when no split.
   */
  branches: string[];
  orderBy: string;
  /** The ORDER BY over another alias (for a union of the branches). */
  order: (alias: string) => string;
  sort: SortName;
  params: unknown[];
  needsArticles: boolean;
}

/** Every combination of one alternative from each list, ANDed. */
function crossAnd(lists: string[][]): string[] {
  return lists.reduce<string[]>((acc, alts) => acc.flatMap((a) => alts.map((b) => (a ? `${a} AND ${b}` : b))), ['']);
}

/**
 * WHERE clause (over events e joined to articles a), ORDER BY and parameters for a filter.
 * @example eventWhere({ actor: 'RUS', root: '17' }).where // "NOT e.negated AND e.root = $2 AND ((e.source = $1) OR (…))"
 */
export function eventWhere(filter: EventFilter, firstParam = 1): EventQuery {
  checkFilter(filter);
  const sort = filter.sort ?? 'date';
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${firstParam + params.length - 1}`;
  };
  const conds: string[] = [];
  /** Alternatives that must hold one at a time (each list is a disjoint OR). */
  const alternatives: string[][] = [];
  if (!filter.includeNegated) conds.push('NOT e.negated');
  if (filter.actor) {
    const x = p(filter.actor);
    alternatives.push([`e.source = ${x}`, `e.target = ${x} AND e.source IS DISTINCT FROM ${x}`]);
  }
  if (filter.dyad) {
    const [a, b] = [p(filter.dyad[0]), p(filter.dyad[1])];
    alternatives.push(
      filter.directed
        ? [`e.source = ${a} AND e.target = ${b}`]
        : [`e.source = ${a} AND e.target = ${b}`, `e.source = ${b} AND e.target = ${a} AND ${a}::text <> ${b}::text`],
    );
  }
  if (filter.dyads) {
    // Plain ORed pairs, not a join to an array: the planner then reads each pair along the dyad index.
    const pairs = filter.dyads.map(([a, b]) => [p(a), p(b)] as const);
    conds.push(`(${pairs.flatMap(([a, b]) => [`(e.source = ${a} AND e.target = ${b})`, `(e.source = ${b} AND e.target = ${a})`]).join(' OR ')})`);
  }
  // A root (two digits) tests the indexed cameo_root column (substr(cameo, 1, 2)); other lengths use a prefix range.
  if (filter.cameo?.length === 2) conds.push(`e.cameo_root = ${p(filter.cameo)}`);
  else if (filter.cameo) conds.push(`(e.cameo >= ${p(filter.cameo)} AND e.cameo < ${p(nextPrefix(filter.cameo))})`);
  if (filter.root) conds.push(`e.root = ${p(filter.root)}`);
  if (filter.quadClass) conds.push(`e.quad_class = ${p(filter.quadClass)}`);
  // A month or year bound covers the whole period: from 2025-07 means from July 1, to 2025-07 up to July 31.
  if (filter.from) conds.push(`e.event_day >= ${p(dateRange(filter.from)!.start)}::date`);
  if (filter.to) conds.push(`e.event_day <= ${p(dateRange(filter.to)!.end)}::date`);
  if (filter.lang) conds.push(`a.lang = ${p(filter.lang)}`);
  if (filter.text) {
    // Every word in the article's folded title and text (which hold the evidence sentence), in any of its forms.
    const words = searchTerms(filter.text).map((forms) => `(${forms.map((f) => `s.search LIKE ${p(`%${likeEscape(f)}%`)}`).join(' OR ')})`);
    conds.push(`e.article_id IN (SELECT s.id FROM articles s WHERE ${words.join(' AND ')})`);
  }
  if (filter.articleId) conds.push(`e.article_id = ${p(filter.articleId)}`);
  if (filter.ids) conds.push(`e.id = ANY(${p(filter.ids)}::int[])`);
  if (filter.after !== undefined) alternatives.push(afterCursor(decodeCursor(filter.after, sort), p));
  const base = conds.join(' AND ');
  const ored = alternatives.map((alts) => (alts.length === 1 ? `(${alts[0]})` : `(${alts.map((x) => `(${x})`).join(' OR ')})`));
  const where = [base, ...ored].filter(Boolean).join(' AND ') || 'TRUE';
  const branches = crossAnd(alternatives.map((alts) => alts.map((x) => `(${x})`))).map((x) => [base, x].filter(Boolean).join(' AND ') || 'TRUE');
  return { where, branches, orderBy: SORTS[sort]('e'), order: SORTS[sort], sort, params, needsArticles: filter.lang !== undefined };
}

type Row = Record<string, unknown>;

export function toStoredArticle(r: Row): StoredArticle {
  return {
    id: r.id as string,
    url: (r.url as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    text: r.text as string,
    lang: r.lang as Lang,
    published: (r.published as string | null) ?? null,
    hash: r.hash as string,
    ingested_at: r.ingested_at as string,
  };
}

export function toStoredEvent(r: Row): StoredEvent {
  return {
    id: r.id as number,
    article_id: r.article_id as string,
    article_url: (r.article_url as string | null) ?? null,
    article_title: (r.article_title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    lang: r.lang as Lang,
    ingested_at: r.ingested_at as string,
    cluster_id: (r.cluster_id as number | null) ?? null,
    source: (r.source as string | null) ?? null,
    source_sector: (r.source_sector as StoredEvent['source_sector']) ?? null,
    target: (r.target as string | null) ?? null,
    target_sector: (r.target_sector as StoredEvent['target_sector']) ?? null,
    cameo: r.cameo as string,
    root: r.root as string,
    quad_class: Number(r.quad_class) as StoredEvent['quad_class'],
    goldstein: Number(r.goldstein),
    date: (r.date as string | null) ?? null,
    date_granularity: (r.date_granularity as StoredEvent['date_granularity']) ?? null,
    negated: r.negated as boolean,
    trigger: r.trigger as string,
    trigger_start: r.trigger_start as number,
    trigger_end: r.trigger_end as number,
    quote: r.quote as string,
    quote_start: r.quote_start as number,
    quote_end: r.quote_end as number,
    sentence: r.sentence as number,
    location: r.location_text != null ? { text: r.location_text as string, country: r.location_country as string } : null,
    confidence: Number(r.confidence),
    rule: r.rule as string,
  };
}

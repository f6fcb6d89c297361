// The Store over any Engine: both PGlite and PostgreSQL run exactly this code and SQL.
import { setImmediate } from 'node:timers/promises';
import type { ActorMention, CodedEvent, Doc, Lang } from '../doc.ts';
import { InputError, MarsadError, StoreError, StoreUnavailableError } from '../errors.ts';
import { contentHash } from '../ingest/hash.ts';
import { clusterEvents, DATE_TOLERANCE_DAYS, type ClusterInput } from './cluster.ts';
import { dateRange } from './date-range.ts';
import { searchText } from './search.ts';
import type { Engine, Queryable } from './engine.ts';
import { afterCursor, cursorOf, decodeCursor } from './cursor.ts';
import { cappedCountSql, cappedTotal, countCap, eventsFrom, pageIdsSql, pageRowsSql, totalFromPage } from './event-page.ts';
import { EVENT_COLUMNS, ARTICLE_COLUMNS, SQL, eventWhere, insertRowsSql, toStoredArticle, toStoredEvent } from './sql.ts';
import { type ArticleAnnotations, type ClusterOptions, type DyadVersion, type EventCluster, type EventFilter, type EventRow, type FeedState, type NewAlert, type Page, type RaisedAlert, type SaveResult, type Store, type StoredArticle, type StoredEvent } from './store.ts';
import * as watchState from './watch-state.ts';

const RECLUSTER_LOCK = 7_411_961;
const DEFAULT_LIMIT = 100;
/** Pending events clustered per transaction by default (bulk ingest); the progress step. */
const CLUSTER_CHUNK = 2_000;
/** The fields of an EventRow and the SQL for each. */
const ROW_FIELDS = ['id', 'article_id', 'outlet', 'published', 'cluster_id', 'source', 'target', 'cameo', 'root', 'quad_class',
  'goldstein', 'date', 'negated', 'trigger', 'quote'] as const satisfies readonly (keyof EventRow)[];
const ROW_SQL: Record<(typeof ROW_FIELDS)[number], string> = Object.fromEntries(
  ROW_FIELDS.map((f) => [f, f === 'outlet' ? 'a.outlet' : f === 'published' ? 'a.published::text' : `e.${f}`]),
) as Record<(typeof ROW_FIELDS)[number], string>;
/** Rows per multi-row INSERT, well under Postgres's 65,535 parameters. */
const CHUNK = 500;

async function insertRows(tx: Queryable, table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.query(insertRowsSql(table, columns, chunk.length), chunk.flat());
  }
}

const MENTION = ['article_id', 'start_offset', 'end_offset', 'text'] as const;
const EVENT_INSERT = [
  'article_id', 'ordinal', 'source', 'source_sector', 'target', 'target_sector', 'cameo', 'root', 'quad_class',
  'goldstein', 'date', 'date_granularity', 'date_start', 'date_end', 'event_day', 'negated', 'trigger', 'trigger_start',
  'trigger_end', 'quote', 'quote_start', 'quote_end', 'sentence', 'location_text', 'location_country', 'confidence', 'rule',
] as const;

/** Wrap a database failure as a StoreError naming the operation; typed errors pass through. */
function storeFailure(operation: string, context: string, err: unknown): MarsadError {
  if (err instanceof MarsadError) return err;
  return new StoreError(operation, `${context}${(err as Error).message ?? String(err)}`, { cause: err });
}

type ClusterRow = ClusterInput & { event_day: string | null; cluster_id: number | null; cluster_rep: boolean };

/**
 * Cluster `rows` (whole clusters plus pending events) and write what changed: cluster rows, then the events
 * whose cluster or representative (earliest member) changed. Returns the cluster ids now in use among them.
 */
async function writeClusters(tx: Queryable, rows: ClusterRow[]): Promise<number[]> {
  const clusterOf = clusterEvents(rows);
  const earliest = new Map<number, ClusterRow>();
  const dayKey = (x: ClusterRow): string => `${x.event_day ?? '9999-99-99'}:${String(x.id).padStart(10, '0')}`;
  for (const r of rows) {
    const c = clusterOf.get(r.id)!;
    const best = earliest.get(c);
    if (!best || dayKey(r) < dayKey(best)) earliest.set(c, r);
  }
  const changed = rows.filter((r) => r.cluster_id !== clusterOf.get(r.id) || r.cluster_rep !== (earliest.get(clusterOf.get(r.id)!) === r));
  await tx.query(SQL.upsertClusters, [[...earliest.keys()], [...earliest.values()].map((r) => r.id)]);
  await tx.query(SQL.assignClusters, [
    changed.map((r) => r.id), changed.map((r) => clusterOf.get(r.id)!), changed.map((r) => earliest.get(clusterOf.get(r.id)!) === r),
  ]);
  return [...earliest.keys()];
}

export class SqlStore implements Store {
  /** The version as this process last heard it, on an engine only this process writes (see version()). */
  private ownVersion: Promise<{ value: bigint }> | null = null;

  constructor(private readonly db: Engine) {}

  get engine(): 'pglite' | 'postgres' {
    return this.db.name;
  }

  async saveDoc(doc: Doc, options: { replace?: boolean } = {}): Promise<SaveResult> {
    try {
      await this.addMonths([doc]);
      return await this.db.transaction((tx) => this.saveIn(tx, doc, options));
    } catch (err) {
      throw storeFailure('save', `article "${doc.article.id}": `, err);
    }
  }

  async saveDocs(docs: readonly Doc[]): Promise<(SaveResult | MarsadError)[]> {
    try {
      await this.addMonths(docs);
      return await this.db.transaction(async (tx) => {
        const results: SaveResult[] = [];
        for (const doc of docs) results.push(await this.saveIn(tx, doc, {}));
        return results;
      });
    } catch (err) {
      // No article is to blame when the database is away: trying each alone would only wait on it again.
      if (err instanceof StoreUnavailableError) throw err;
      // One bad article must not sink the others: store them one by one, each in its own transaction.
      const results: (SaveResult | MarsadError)[] = [];
      for (const doc of docs) results.push(await this.saveDoc(doc).catch((err: MarsadError) => err));
      return results;
    }
  }

  /**
   * Make the month partitions (migration 0008) the docs' events go to. It runs before, not inside, the save's
   * transaction: making a partition locks the events table, which a transaction that has already written
   * events would hold against the other writers (a deadlock); here it is held only for the moment it takes.
   * A caller that stores inside its own transaction (the queue's worker) calls it first, outside that transaction.
   */
  async addMonths(docs: readonly Doc[]): Promise<void> {
    const days = docs.flatMap((doc) => (doc.events ?? []).map((e) => eventDay(e, doc.article.published || null)));
    if (days.some((d) => d !== null)) await this.db.query(SQL.addMonths, [days]);
  }

  /** Store one article and its annotations inside the caller's transaction. */
  private async saveIn(tx: Queryable, doc: Doc, options: { replace?: boolean }): Promise<SaveResult> {
    const a = doc.article;
    const hash = contentHash({ title: a.title, text: doc.text });
    const url = a.url?.trim() || null;
    let ingestedAt: string | null = null;
    let status: SaveResult['status'] = 'inserted';
    if (options.replace) {
      const existing = await tx.query<{ id: string; ingested_at: string }>(SQL.findArticle, [a.id, hash, url]);
      for (const row of existing) {
        if (ingestedAt === null || row.ingested_at < ingestedAt) ingestedAt = row.ingested_at;
        // Its clusters may split or lose their smallest member: their other members become pending again.
        const freed = (await tx.query<{ cluster_id: number }>(SQL.clustersOfArticle, [row.id])).map((r) => r.cluster_id);
        if (freed.length) {
          await tx.query(SQL.freeClusterMembers, [freed]);
          await tx.query(SQL.deleteClusters, [freed]);
        }
        await tx.query(SQL.deleteArticle, [row.id]);
        status = 'replaced';
      }
    }
    const published = a.published ? a.published : null;
    const inserted = await tx.query(SQL.insertArticle, [
      a.id, url, a.outlet ?? null, a.title ?? null, doc.text, a.lang, published, hash, ingestedAt, searchText(a.title, doc.text),
    ]);
    if (inserted.length === 0) {
      const existing = await tx.query<{ id: string; hash: string; url: string | null }>(SQL.findArticle, [a.id, hash, url]);
      const same = existing.find((r) => r.hash === hash || (url !== null && r.url === url));
      if (same) return { status: 'duplicate', articleId: same.id, events: 0 };
      // The caller's mistake, not the store's: named as bad input (an API answers it with a 400-class status).
      throw new InputError(`article "${a.id}"`, 'this id is already stored with different content; save with replace to overwrite it');
    }
    await this.insertAnnotations(tx, doc, published);
    return { status, articleId: a.id, events: doc.events?.length ?? 0 };
  }

  private async insertAnnotations(tx: Queryable, doc: Doc, published: string | null): Promise<void> {
    const id = doc.article.id;
    await insertRows(tx, 'actor_mentions', [...MENTION, 'code', 'sector', 'kind', 'entry', 'token_start', 'token_end'],
      (doc.actors ?? []).map((m) => [id, m.start, m.end, m.text, m.code, m.sector, m.kind, m.entry, m.tokenStart, m.tokenEnd]));
    await insertRows(tx, 'date_mentions', [...MENTION, 'value', 'granularity', 'relative'],
      (doc.dates ?? []).map((m) => [id, m.start, m.end, m.text, m.value, m.granularity, m.relative]));
    await insertRows(tx, 'quantity_mentions', [...MENTION, 'value', 'unit', 'qualifier', 'of_value'],
      (doc.quantities ?? []).map((m) => [id, m.start, m.end, m.text, m.value, m.unit, m.qualifier ?? null, m.of ?? null]));
    await insertRows(tx, 'events', EVENT_INSERT, (doc.events ?? []).map((e, ordinal) => {
      const range = dateRange(e.date);
      return [
        id, ordinal, e.source, e.source_sector, e.target, e.target_sector, e.cameo, e.root, e.quad_class,
        e.goldstein, e.date, e.date_granularity, range?.start ?? null, range?.end ?? null, eventDay(e, published),
        e.negated, e.trigger, e.trigger_start, e.trigger_end, e.quote, e.quote_start, e.quote_end, e.sentence,
        e.location?.text ?? null, e.location?.country ?? null, e.confidence, e.rule,
      ];
    }));
  }

  async hasArticle(hash: string, url?: string | null): Promise<boolean> {
    const rows = await this.run('read', SQL.hasArticle, [hash, url?.trim() || null]);
    return rows[0]?.found === true;
  }

  async getArticle(id: string): Promise<ArticleAnnotations | null> {
    const [row] = await this.run('read', SQL.getArticle, [id]);
    if (!row) return null;
    const [actors, dates, quantities, events] = await Promise.all(
      [SQL.actorsOf, SQL.datesOf, SQL.quantitiesOf, SQL.eventsOf].map((sql) => this.run('read', sql, [id])),
    );
    return {
      article: toStoredArticle(row),
      actors: actors!.map((r) => ({ ...r, sector: r.sector ?? null }) as unknown as ArticleAnnotations['actors'][number]),
      dates: dates as unknown as ArticleAnnotations['dates'],
      quantities: quantities!.map((r) => ({ ...r, value: Number(r.value) }) as unknown as ArticleAnnotations['quantities'][number]),
      events: events!.map(toStoredEvent),
    };
  }

  async version(): Promise<string> {
    // A database only this process writes announces each new version as it commits (migration 0011), so the
    // version is known without a query: on PGlite's one connection a query would wait behind every other.
    if (!this.db.listenOwn) return this.readVersion();
    this.ownVersion ??= this.followVersion().catch((err: unknown) => {
      this.ownVersion = null;
      throw err;
    });
    return String((await this.ownVersion).value);
  }

  private async readVersion(): Promise<string> {
    const [row] = await this.run('read', SQL.storeVersion);
    return row!.version as string;
  }

  /** Listen first, then read: a commit in between is heard, and the larger of the two stands. */
  private async followVersion(): Promise<{ value: bigint }> {
    const known = { value: 0n };
    const raise = (v: bigint) => (known.value = v > known.value ? v : known.value);
    await this.db.listenOwn!(SQL.storeVersionChannel, (payload) => raise(BigInt(payload)));
    raise(BigInt(await this.readVersion()));
    return known;
  }

  async dyadVersions(dyad?: [string, string]): Promise<DyadVersion[]> {
    const rows = await this.run('read', dyad ? SQL.dyadVersion : SQL.dyadVersions, dyad ?? []);
    return rows as unknown as DyadVersion[];
  }

  async actorMentions(articleIds: string[]): Promise<(ActorMention & { article_id: string })[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.run('read', SQL.actorsOfMany, [articleIds]);
    return rows as unknown as (ActorMention & { article_id: string })[];
  }

  async listArticles(options: { limit?: number; offset?: number; lang?: Lang } = {}): Promise<{ total: number; items: StoredArticle[] }> {
    const { limit, offset } = page(options);
    const where = options.lang ? 'WHERE a.lang = $1' : '';
    const params = options.lang ? [options.lang] : [];
    const rows = await this.run('read', `SELECT ${ARTICLE_COLUMNS} FROM articles a ${where}
      ORDER BY a.published DESC NULLS LAST, a.id LIMIT ${limit} OFFSET ${offset}`, params);
    const [count] = await this.run('read', `SELECT count(*)::int AS total FROM articles a ${where}`, params);
    return { total: count!.total as number, items: rows.map(toStoredArticle) };
  }

  async events(filter: EventFilter = {}): Promise<Page<StoredEvent>> {
    const q = eventWhere(filter);
    const { limit, offset } = page(filter);
    const rows = await this.run('query events', `SELECT ${EVENT_COLUMNS}, e.event_day::text AS sort_day
      FROM ${pageRowsSql(q, pageIdsSql(q, limit + 1, offset))} JOIN articles a ON a.id = e.article_id
      ORDER BY ${q.orderBy}`, q.params);
    const counted = filter.after === undefined ? q : eventWhere({ ...filter, after: undefined });
    const totals = await this.total('query events', (cap) => cappedCountSql(counted, undefined, cap), counted.params, rows.length, limit, offset, filter.after !== undefined);
    return { ...totals, items: rows.slice(0, limit).map(toStoredEvent), nextCursor: rows.length > limit ? cursorOf(q.sort, rows[limit - 1] as never) : null };
  }

  async eventRows(filter: EventFilter = {}): Promise<EventRow[]> {
    const { where, orderBy, params } = eventWhere({ ...filter, after: undefined });
    // One JSON array instead of thousands of rows: about twice as fast to transfer and parse on big dyads.
    const [row] = await this.run('query events', `SELECT coalesce(json_agg(json_build_array(${ROW_FIELDS.map((f) => ROW_SQL[f]).join(', ')})
      ORDER BY ${orderBy}), '[]')::text AS rows FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where}`, params);
    return (JSON.parse(row!.rows as string) as unknown[][]).map((values) =>
      Object.fromEntries(ROW_FIELDS.map((f, i) => [f, values[i]])) as unknown as EventRow);
  }

  /**
   * Clusters matching the filter, shown by their representative (earliest) event. Members share source,
   * target, root and negation and lie within a day of each other, so those filters are checked on the
   * representative (fast, index-backed); articleId, lang and text match when any member matches.
   */
  async clusters(filter: EventFilter = {}): Promise<Page<EventCluster>> {
    const q = eventWhere({ ...filter, after: undefined });
    const { limit, offset } = page(filter);
    const byMember = filter.articleId !== undefined || filter.lang !== undefined || filter.text !== undefined;
    const from = eventsFrom(q);
    const columns = `c.id AS c_id, c.num_mentions, c.num_sources, c.num_articles, ${EVENT_COLUMNS}, e.event_day::text AS sort_day`;
    const joins = 'JOIN event_clusters c ON c.id = e.cluster_id JOIN articles a ON a.id = e.article_id';
    let rows: Record<string, unknown>[];
    let countSql: (cap: number) => string;
    if (byMember) {
      // The cursor bounds the representatives, so it applies outside the member match.
      const params = [...q.params];
      const after = filter.after === undefined ? []
        : afterCursor(decodeCursor(filter.after, q.sort), (v) => `$${params.push(v)}`);
      const matching = `SELECT DISTINCT e.cluster_id FROM ${from} WHERE ${q.where} AND e.cluster_id IS NOT NULL`;
      rows = await this.run('query clusters', `WITH m AS (${matching}) SELECT ${columns}
        FROM m JOIN event_clusters c ON c.id = m.cluster_id JOIN events e ON e.id = c.event_id JOIN articles a ON a.id = e.article_id
        ${after.length ? `WHERE (${after.join(' OR ')})` : ''} ORDER BY ${q.orderBy} LIMIT ${limit + 1} OFFSET ${offset}`, params);
      countSql = (cap) => `SELECT count(*)::int AS n FROM (${matching} LIMIT ${cap + 1}) m`;
    } else {
      const paged = filter.after === undefined ? q : eventWhere(filter);
      rows = await this.run('query clusters', `SELECT ${columns}
        FROM ${pageRowsSql(paged, pageIdsSql(paged, limit + 1, offset, 'e.cluster_rep'))} ${joins}
        ORDER BY ${q.orderBy}`, paged.params);
      countSql = (cap) => cappedCountSql(q, 'e.cluster_rep', cap);
    }
    const totals = await this.total('query clusters', countSql, q.params, rows.length, limit, offset, filter.after !== undefined);
    const items = rows.slice(0, limit).map((r): EventCluster => {
      const event = toStoredEvent(r);
      return {
        id: r.c_id as number,
        source: event.source,
        target: event.target,
        root: event.root,
        cameo: event.cameo,
        quad_class: event.quad_class,
        goldstein: event.goldstein,
        date: event.date,
        num_mentions: r.num_mentions as number,
        num_sources: r.num_sources as number,
        num_articles: r.num_articles as number,
        event,
      };
    });
    return { ...totals, items, nextCursor: rows.length > limit ? cursorOf(q.sort, rows[limit - 1] as never) : null };
  }

  /** The page's total: read off the page when it ends the results, else a count capped as countCap says. */
  private async total(
    operation: string, countSql: (cap: number) => string, params: unknown[], fetched: number, limit: number, offset: number, cursor: boolean,
  ): Promise<{ total: number; totalExact: boolean }> {
    const known = totalFromPage(fetched, limit, offset, cursor);
    if (known !== null) return { total: known, totalExact: true };
    const cap = countCap(fetched, offset, cursor);
    const [row] = await this.run(operation, countSql(cap), params);
    return cappedTotal(row!.n as number, fetched, offset, cursor, cap);
  }

  /**
   * Cluster the pending events (stored since the last clustering) in chunks, each its own transaction: a chunk
   * reads only its pending events and the clusters they can join (same key, dates within the tolerance), so a
   * write into a big store touches a handful of rows, and a clustering cut short resumes where it stopped.
   * The result equals a full clustering: stored clusters are always the connected groups of the clustered
   * events, and a chunk's pending events with every cluster they touch form whole groups again.
   */
  async clusterPending(options: ClusterOptions = {}): Promise<number> {
    const { onProgress, chunk = CLUSTER_CHUNK } = options;
    try {
      const pending = (await this.db.query<{ id: number }>(SQL.pendingEvents)).map((r) => r.id);
      if (pending.length) onProgress?.(0, pending.length);
      for (let i = 0; i < pending.length; i += chunk) {
        const ids = pending.slice(i, i + chunk);
        await this.db.transaction(async (tx) => {
          await tx.query('SELECT pg_advisory_xact_lock($1)', [RECLUSTER_LOCK]);
          const near = await tx.query<{ cluster_id: number }>(SQL.neighbourClusters, [ids, DATE_TOLERANCE_DAYS]);
          const touched = near.map((r) => r.cluster_id);
          const rows = await tx.query<ClusterRow>(SQL.clusterMembers, [ids, touched]);
          const kept = await writeClusters(tx, rows);
          await tx.query(SQL.deleteReplacedClusters, [touched, kept]);
          await tx.query(SQL.countClusters, [kept]);
        });
        onProgress?.(Math.min(i + chunk, pending.length), pending.length);
        // PGlite in the caller's thread settles its promises without returning to the event loop: without a
        // pause here, requests that arrived meanwhile would wait for the last chunk.
        await setImmediate();
      }
      return pending.length;
    } catch (err) {
      throw storeFailure('cluster', '', err);
    }
  }

  /** Recompute every cluster from scratch (a repair; clusterPending keeps them current) and refresh statistics. */
  async recluster(): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [RECLUSTER_LOCK]);
        const kept = await writeClusters(tx, await tx.query<ClusterRow>(SQL.clusterInput));
        await tx.query(SQL.deleteStaleClusters, [kept]);
        await tx.query(SQL.countClusters, [kept]);
      });
    } catch (err) {
      throw storeFailure('recluster', '', err);
    }
    await this.optimize();
  }

  async optimize(): Promise<void> {
    try {
      // Fresh statistics keep the planner on the indexes; vacuum marks pages all-visible so page and count
      // subqueries read indexes only (PGlite has no autovacuum).
      await this.db.exec('VACUUM (ANALYZE) articles, events, event_clusters');
    } catch (err) {
      throw storeFailure('optimize', '', err);
    }
  }

  async counts(): Promise<{ articles: number; events: number; actors: number }> {
    const [row] = await this.run('read', SQL.counts);
    return row as { articles: number; events: number; actors: number };
  }

  feeds(): Promise<FeedState[]> {
    return this.guard('read feeds', () => watchState.listFeeds(this.db));
  }

  saveFeed(feed: FeedState): Promise<void> {
    return this.guard('save feed', () => watchState.upsertFeed(this.db, feed));
  }

  raiseAlerts(alerts: readonly NewAlert[]): Promise<RaisedAlert[]> {
    return this.guard('raise alerts', () => watchState.insertAlerts(this.db, alerts));
  }

  raisedAlerts(options: { limit?: number; unposted?: boolean } = {}): Promise<RaisedAlert[]> {
    return this.guard('read alerts', () => watchState.listRaisedAlerts(this.db, options));
  }

  markAlertPosted(id: number, error: string | null): Promise<void> {
    return this.guard('mark alert', () => watchState.markPosted(this.db, id, error));
  }

  eventDaysSince(since: string): Promise<{ source: string; target: string; day: string }[]> {
    return this.guard('read', () => watchState.eventDaysSince(this.db, since));
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw storeFailure(operation, '', err);
    }
  }

  private async run(operation: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
    try {
      return await this.db.query(sql, params);
    } catch (err) {
      throw storeFailure(operation, '', err);
    }
  }
}

/** The day an event is filed and sorted under: the first day its date covers, else its article's publication. */
function eventDay(e: CodedEvent, published: string | null): string | null {
  return dateRange(e.date)?.start ?? published;
}

function page(o: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = o.limit ?? DEFAULT_LIMIT;
  const offset = o.offset ?? 0;
  if (!Number.isInteger(limit) || limit <= 0) throw new StoreError('query', `limit must be a positive integer, found ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError('query', `offset must be a non-negative integer, found ${offset}`);
  return { limit, offset };
}

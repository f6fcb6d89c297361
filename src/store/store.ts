// The one storage interface; PGlite (default, a folder on disk) and PostgreSQL implement it
// with the same SQL (see sql.ts and migrations/).
import type { MarsadError } from '../errors.ts';
import type { ActorMention, Article, CodedEvent, DateMention, Doc, Lang, QuantityMention } from '../doc.ts';

/** An article as stored, with its content hash. */
export interface StoredArticle extends Required<Omit<Article, 'lang'>> {
  lang: Lang;
  hash: string;
  ingested_at: string;
}

/** An event as stored: the coded event plus its article's identity. */
export interface StoredEvent extends CodedEvent {
  id: number;
  article_id: string;
  article_url: string | null;
  /** The article's title (tables show it beside the event). */
  article_title: string | null;
  outlet: string | null;
  published: string | null;
  lang: Lang;
  /** Cluster id after cross-article dedup (events reporting the same happening share it). */
  cluster_id: number | null;
  /** When the article was stored (ISO 8601, UTC); filled by the store. */
  ingested_at?: string;
}

/** A cluster of reports of one happening, GDELT-style counts. */
export interface EventCluster {
  id: number;
  source: string | null;
  target: string | null;
  root: string;
  cameo: string;
  quad_class: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  /** The representative (earliest) event of the cluster. */
  event: StoredEvent;
}

export interface EventFilter {
  /** Actor code on either side. */
  actor?: string;
  /** Both codes, either direction unless `directed`. */
  dyad?: [string, string];
  directed?: boolean;
  /** Events between any of these pairs, either direction (analyses load many dyads a batch at a time). */
  dyads?: [string, string][];
  /** CAMEO code prefix: '17' matches the root, '173' the code and its children. */
  cameo?: string;
  root?: string;
  quadClass?: 1 | 2 | 3 | 4;
  from?: string;
  to?: string;
  lang?: Lang;
  /**
   * Words to find in the event's article (title and text, which hold the evidence sentence): all of them, folded
   * (Arabic letter forms, diacritics, tatweel, case), English words in any inflection (sanction finds sanctions).
   */
  text?: string;
  articleId?: string;
  /** Only these event ids (e.g. the events driving an alert). */
  ids?: number[];
  includeNegated?: boolean;
  sort?: 'date' | '-date' | 'goldstein' | '-goldstein' | 'cameo';
  limit?: number;
  offset?: number;
  /**
   * Keyset pagination: the `nextCursor` of the previous page (made with the same filter and sort); rows
   * after it are returned, and `offset` then skips past the cursor. Cheap at any depth, unlike offset.
   */
  after?: string;
}

/** Totals are counted exactly up to this many matches; above it `total` is a lower bound. */
export const TOTAL_CAP = 10_000;

/** One page of events or clusters. */
export interface Page<T> {
  /** Matches of the filter (ignoring `after`); exact when totalExact, else a lower bound (at least TOTAL_CAP). */
  total: number;
  totalExact: boolean;
  items: T[];
  /** Pass as `after` for the next page; null when this page is the last. */
  nextCursor: string | null;
}

/** The event fields analyses read, loaded without the article columns the API shows. */
export type EventRow = Pick<
  StoredEvent,
  'id' | 'article_id' | 'outlet' | 'published' | 'cluster_id' | 'source' | 'target' | 'cameo' | 'root' | 'quad_class'
  | 'goldstein' | 'date' | 'negated' | 'trigger' | 'quote'
>;

/** An unordered dyad (a ≤ b as the database orders text) with its count of non-negated events and its version. */
export interface DyadVersion {
  a: string;
  b: string;
  events: number;
  /** Changes whenever a write inserts, updates or deletes one of the dyad's events (any process, any engine). */
  version: string;
}

export interface ArticleAnnotations {
  article: StoredArticle;
  actors: ActorMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  events: StoredEvent[];
}

export interface SaveResult {
  status: 'inserted' | 'duplicate' | 'replaced';
  articleId: string;
  events: number;
}

/** A watched feed between polls (`marsad watch`); times are ISO 8601 UTC with milliseconds. */
export interface FeedState {
  url: string;
  lastPoll: string | null;
  /** The validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** Items in the feed at its last successful poll, and articles stored from it in all. */
  items: number;
  stored: number;
  /** Failed polls in a row (0 after a success); the backoff grows with them. */
  failures: number;
  nextPoll: string | null;
  lastError: string | null;
}

/** An alert as `marsad watch` raised and kept it: once per dyad, period and kind. */
export interface RaisedAlert {
  id: number;
  dyad: [string, string];
  period: string;
  /** Direction and signal, e.g. 'escalation/share'. */
  kind: string;
  /** The alert as the detector reported it, with its driving events. */
  alert: Record<string, unknown>;
  raisedAt: string;
  /** When the webhook accepted it; null while not yet (postError then says why, if it was tried). */
  postedAt: string | null;
  postError: string | null;
}

export type NewAlert = Pick<RaisedAlert, 'dyad' | 'period' | 'kind' | 'alert'>;

export interface ClusterOptions {
  /** Called when clustering starts (0 of the pending) and after each chunk. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Pending events clustered per transaction (default 2,000). Smaller chunks hold the database for less time
   * each: PGlite has one connection, so a read waits for the transaction in front of it.
   */
  chunk?: number;
}

export interface Store {
  /** Which engine backs this store, for messages. */
  readonly engine: 'pglite' | 'postgres';
  /** Store one coded article atomically; an article already stored (same hash or URL) is a duplicate. */
  saveDoc(doc: Doc, options?: { replace?: boolean }): Promise<SaveResult>;
  /**
   * Store several coded articles in one transaction (faster for bulk ingest). Each article is still all or
   * nothing: if the batch fails, every article is retried alone and a failure is returned in its place.
   * Throws StoreUnavailableError when the database cannot be reached (no article is to blame then).
   */
  saveDocs(docs: readonly Doc[]): Promise<(SaveResult | MarsadError)[]>;
  hasArticle(hash: string, url?: string | null): Promise<boolean>;
  getArticle(id: string): Promise<ArticleAnnotations | null>;
  listArticles(options?: { limit?: number; offset?: number; lang?: Lang }): Promise<{ total: number; items: StoredArticle[] }>;
  events(filter?: EventFilter): Promise<Page<StoredEvent>>;
  clusters(filter?: EventFilter): Promise<Page<EventCluster>>;
  /** Every event matching the filter (limit/offset/after ignored), in the filter's sort, with only the fields analyses read. */
  eventRows(filter?: EventFilter): Promise<EventRow[]>;
  /**
   * The store's version: a different one after every committed write to articles, events, clusters, mentions,
   * feeds or raised alerts, by any process (migration 0011). Read before the data, an answer filed under it is
   * never older than it.
   */
  version(): Promise<string>;
  /** Every dyad with events, or the one dyad given (either order; none when nothing was ever stored for it), with its version. */
  dyadVersions(dyad?: [string, string]): Promise<DyadVersion[]>;
  /** Actor mentions of the given articles, each with its article id (for actor names in exports). */
  actorMentions(articleIds: string[]): Promise<(ActorMention & { article_id: string })[]>;
  /**
   * Cluster the events stored since the last clustering (or left unclustered by one cut short), touching only
   * the clusters they can join; the result equals a full recluster. Reports progress after each chunk and
   * returns how many events were pending. Cheap when nothing is pending.
   */
  clusterPending(options?: ClusterOptions): Promise<number>;
  /** Recompute every cross-article cluster from scratch, then optimize (a repair; slow on big stores). */
  recluster(): Promise<void>;
  /** Fresh planner statistics and all-visible pages after a bulk load (PGlite has no autovacuum); not per write. */
  optimize(): Promise<void>;
  counts(): Promise<{ articles: number; events: number; actors: number }>;
  /** Every watched feed's state, by URL. */
  feeds(): Promise<FeedState[]>;
  /** Insert or replace the state of one feed (keyed by URL). */
  saveFeed(feed: FeedState): Promise<void>;
  /** Keep alerts not kept before (same dyad, period and kind); returns only those newly kept. */
  raiseAlerts(alerts: readonly NewAlert[]): Promise<RaisedAlert[]>;
  /** Kept alerts, newest first; `unposted` keeps those the webhook has not accepted yet (oldest first). */
  raisedAlerts(options?: { limit?: number; unposted?: boolean }): Promise<RaisedAlert[]>;
  /** Record a webhook delivery: accepted (error null) or failed with its reason. */
  markAlertPosted(id: number, error: string | null): Promise<void>;
  /** Source, target and day of the non-negated events of articles stored after `since` (ISO 8601): where alerts may be new. */
  eventDaysSince(since: string): Promise<{ source: string; target: string; day: string }[]>;
  close(): Promise<void>;
}

// JSON Schemas of the API's bodies (components/schemas of the OpenAPI document).
import { arrayOf, ref, type JsonSchema } from './openapi-types.ts';

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const num = { type: 'number' };
const span = { start: int, end: int };
const sector = { type: ['string', 'null'], description: 'FORMAT.md sector, e.g. GOV, MIL' };
const lang = { type: 'string', enum: ['ar', 'en'] };
const quad = { type: 'integer', enum: [1, 2, 3, 4] };

function object(properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema {
  return { type: 'object', properties, required };
}

function page(item: JsonSchema): JsonSchema {
  return object({ total: int, limit: int, offset: int, items: arrayOf(item) });
}

export const SCHEMAS: Record<string, JsonSchema> = {
  Error: object(
    {
      error: { type: 'string', description: 'error class: InputError, NotFound, Unauthorized, Forbidden, …' },
      message: str,
      param: { type: 'string', description: 'the parameter or input at fault (400s)' },
    },
    ['error', 'message'],
  ),
  ArticleInput: object(
    {
      id: { type: 'string', description: 'defaults to the first 16 hex digits of the content hash' },
      url: nstr, outlet: nstr, title: nstr,
      text: { type: 'string', minLength: 1 },
      lang: { type: ['string', 'null'], enum: ['ar', 'en', null] },
      published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    },
    ['text'],
  ),
  Article: object({ id: str, url: nstr, outlet: nstr, title: nstr, text: str, lang, published: nstr, hash: str, ingested_at: str }),
  ArticleSummary: object({ id: str, url: nstr, outlet: nstr, title: nstr, lang, published: nstr, hash: str, ingested_at: str, excerpt: str, length: int }),
  ArticlePage: page(ref('ArticleSummary')),
  ActorMention: object({ ...span, text: str, code: str, sector, kind: str, entry: str, tokenStart: int, tokenEnd: int }),
  DateMention: object({ ...span, text: str, value: nstr, granularity: str, relative: { type: 'boolean' } }),
  QuantityMention: object({ ...span, text: str, value: num, unit: nstr }, ['start', 'end', 'text', 'value', 'unit']),
  Event: object({
    id: int, article_id: str, article_url: nstr, article_title: nstr, outlet: nstr, published: nstr, lang, cluster_id: { type: ['integer', 'null'] },
    source: nstr, source_sector: sector, target: nstr, target_sector: sector,
    cameo: str, root: str, quad_class: quad, goldstein: num, date: nstr, date_granularity: nstr, negated: { type: 'boolean' },
    trigger: str, trigger_start: int, trigger_end: int, quote: str, quote_start: int, quote_end: int, sentence: int,
    location: { type: ['object', 'null'] }, confidence: num, rule: str,
  }),
  Cluster: object({
    id: int, source: nstr, target: nstr, root: str, cameo: str, quad_class: quad, goldstein: num, date: nstr,
    num_mentions: int, num_sources: int, num_articles: int, event: ref('Event'),
  }),
  EventPage: object({
    total: { type: 'integer', description: 'matching items; a lower bound when totalExact is false (counts stop at 10,000)' },
    totalExact: { type: 'boolean' }, limit: int, offset: int,
    clusters: { type: 'boolean', description: 'true when items are clusters' },
    nextCursor: { type: ['string', 'null'], description: 'pass as `after` for the next page; null on the last page' },
    items: { type: 'array', items: { oneOf: [ref('Event'), ref('Cluster')] } },
  }),
  ArticleAnnotations: object({
    article: ref('Article'), actors: arrayOf(ref('ActorMention')), dates: arrayOf(ref('DateMention')),
    quantities: arrayOf(ref('QuantityMention')), events: arrayOf(ref('Event')),
  }),
  SaveResults: object({
    results: arrayOf({
      oneOf: [
        object({ status: { type: 'string', enum: ['inserted', 'duplicate', 'replaced'] }, articleId: str, events: int }),
        object({ status: { type: 'string', enum: ['failed'] }, input: str, articleId: str, error: str }),
      ],
    }),
  }),
  SeriesPoint: object({
    period: str, start: str, end: str, q1: int, q2: int, q3: int, q4: int, total: int, goldsteinSum: num,
    goldsteinMean: { type: ['number', 'null'] }, articles: int, conflictWeight: num, cooperationWeight: num,
    eventIds: arrayOf(int), topConflict: arrayOf(int), topCooperation: arrayOf(int),
    share: { type: ['number', 'null'], description: 'weighted conflict share of the period (0–1)' },
    shrunk: num, tension: { type: 'number', description: 'smoothed tension index, 0–100' }, baseline: num, delta: num,
    hostility: { type: 'number', description: 'net hostility of the period: −Σ Goldstein' },
    hostilityBaseline: { type: ['number', 'null'], description: 'median hostility of the 12 periods before (null for the first)' },
    surge: { type: ['number', 'null'], description: 'hostility above the baseline in spreads of the dyad\'s own recent past (docs/analysis.md)' },
  }),
  DyadSeries: object({ a: str, b: str, by: { type: 'string', enum: ['day', 'week', 'month'] }, points: arrayOf(ref('SeriesPoint')) }),
  Alert: object({
    dyad: arrayOf(str), period: str, start: str, end: str, runStart: str,
    direction: { type: 'string', enum: ['escalation', 'de-escalation'] },
    signal: { type: 'string', enum: ['share', 'volume'] },
    magnitude: num, score: num, baseline: num, events: int, eventIds: arrayOf(int), drivers: arrayOf(ref('Event')),
    open: { type: 'boolean', description: 'the period ends within 90 days of the present of the data (its newest publication date, or today)' },
  }),
  Feed: object({
    url: str,
    lastPoll: { type: ['string', 'null'], description: 'when it was last polled (ISO 8601 UTC)' },
    etag: nstr, lastModified: nstr,
    items: { type: 'integer', description: 'items in the feed at its last successful poll' },
    stored: { type: 'integer', description: 'articles stored from it in all' },
    failures: { type: 'integer', description: 'failed polls in a row; the wait before the next poll doubles with each' },
    nextPoll: nstr,
    lastError: { type: ['string', 'null'], description: 'why the last poll failed; null after a success' },
  }),
  RaisedAlert: object({
    id: int, dyad: arrayOf(str), period: str,
    kind: { type: 'string', enum: ['escalation/share', 'escalation/volume', 'de-escalation/share', 'de-escalation/volume'] },
    alert: ref('Alert'),
    raisedAt: { type: 'string', description: 'when the watch raised it (ISO 8601 UTC)' },
    postedAt: { type: ['string', 'null'], description: 'when the webhook accepted it' },
    postError: { type: ['string', 'null'], description: 'why the webhook last refused it' },
  }),
  ChainLink: object({
    eventId: int, source: str, target: str, date: str, cameo: str, goldstein: num, trigger: str, quote: str, articleId: str,
    lagDays: { type: ['integer', 'null'] },
  }),
  Chain: object({ dyad: arrayOf(str), links: arrayOf(ref('ChainLink')) }),
  Reciprocity: object({ dyad: arrayOf(str), actions: int, answered: int, score: num }),
  Chains: object({ items: arrayOf(ref('Chain')), reciprocity: arrayOf(ref('Reciprocity')) }),
  Counterpart: object({ actor: str, cooperation: num, conflict: num, events: int }),
  Network: {
    type: 'object',
    properties: {
      nodes: arrayOf(object({ actor: str, events: int })),
      edges: arrayOf(object({ a: str, b: str, events: int, cooperationEvents: int, conflictEvents: int, cooperation: num, conflict: num })),
      actor: object({ code: str, partners: arrayOf(ref('Counterpart')), adversaries: arrayOf(ref('Counterpart')) }),
    },
    required: ['nodes', 'edges'],
  },
  Names: object({ en: str, ar: str }),
  OntologyCode: object({
    code: str, root: str, name: ref('Names'),
    arFromParent: { type: 'boolean', description: 'the Arabic name is the 3-digit parent code\'s' },
    quadClass: quad, goldstein: num,
  }),
  Ontology: object({ version: str, total: int, items: arrayOf(ref('OntologyCode')) }),
  ActorName: object({
    code: str,
    name: { oneOf: [ref('Names'), { type: 'null' }], description: 'null when the dictionary has no single name for the code' },
    kind: { type: ['string', 'null'], enum: ['state', 'igo', 'org', 'group', null] },
  }),
  ActorNames: object({ items: arrayOf(ref('ActorName')) }),
  Mover: object({
    dyad: arrayOf(str), period: { type: 'string', description: 'the dyad\'s latest period with events' },
    fromPeriod: { type: 'string', description: 'its previous period with events' }, from: num, to: num, change: num,
    surgeFrom: num, surge: num, hostility: num, events: int, recentEvents: int,
  }),
  Overview: object({
    counts: object({ articles: int, events: int, actors: int }), latest: arrayOf(ref('Event')), movers: arrayOf(ref('Mover')), alerts: arrayOf(ref('Alert')),
    present: { type: 'string', description: 'the present of the data (newest publication date, or today when earlier) that open alerts and movers are judged against' },
  }),
};

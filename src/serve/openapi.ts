// The OpenAPI 3.1 document of the JSON API, served at /openapi.json; query parameters come from params.ts.
import {
  actorsQuery, alertsQuery, articlesQuery, chainsQuery, eventsQuery, exportQuery, feedsQuery, networkQuery, ontologyQuery, overviewQuery,
  raisedAlertsQuery, seriesQuery, writeQuery,
} from './params.ts';
import { SCHEMAS } from './openapi-schemas.ts';
import { arrayOf, json, pathParameter, queryParameters, ref, type OpenApiDocument, type Response } from './openapi-types.ts';

const ok = (description: string, schemaName: string): Response => ({ description, content: json(ref(schemaName)) });
const bad = { $ref: '#/components/responses/BadRequest' };
const code = '^[A-Za-z0-9]{3,15}$';

export const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Marsad API',
    version: '0.1.0',
    description: 'Political event data (CAMEO) coded from Arabic and English news, and analyses of relations between actors.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/api/articles': {
      get: {
        operationId: 'listArticles', summary: 'Stored articles, newest first', tags: ['articles'],
        parameters: queryParameters(articlesQuery),
        responses: { '200': ok('a page of article summaries', 'ArticlePage'), '400': bad },
      },
      post: {
        operationId: 'ingestArticles', summary: 'Code articles with the pipeline and store them', tags: ['articles'],
        description: 'One article, or `{ "articles": [...] }` (at most 500). Requires a bearer token; disabled when the server has none.',
        security: [{ bearer: [] }],
        parameters: queryParameters(writeQuery),
        requestBody: {
          required: true,
          content: json({ oneOf: [ref('ArticleInput'), { type: 'object', properties: { articles: arrayOf(ref('ArticleInput')) }, required: ['articles'] }] }),
        },
        responses: {
          '201': ok('at least one article inserted', 'SaveResults'),
          '200': ok('nothing new: every article was a duplicate', 'SaveResults'),
          '207': ok('some articles stored, some not: each result says which, and why', 'SaveResults'),
          '400': { description: 'a bad request, or no article could be stored (the error names each; `results` gives one per article)', content: json(ref('Error')) },
          '401': { $ref: '#/components/responses/Unauthorized' },
          '403': { $ref: '#/components/responses/Forbidden' },
          '413': { description: 'too many articles in one request', content: json(ref('Error')) },
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle', summary: 'One article with its actors, dates, quantities and events', tags: ['articles'],
        parameters: [pathParameter('id', 'article id')],
        responses: { '200': ok('the article and its annotations', 'ArticleAnnotations'), '400': bad, '404': { $ref: '#/components/responses/NotFound' } },
      },
    },
    '/api/events': {
      get: {
        operationId: 'listEvents', summary: 'Coded events, filtered, sorted and paged', tags: ['events'],
        parameters: queryParameters(eventsQuery),
        responses: { '200': ok('a page of events (or clusters with clusters=true)', 'EventPage'), '400': bad },
      },
    },
    '/api/dyads/{a}/{b}/series': {
      get: {
        operationId: 'dyadSeries', summary: 'Per-period QuadClass counts and tension between two actors', tags: ['analysis'],
        parameters: [pathParameter('a', 'first actor code', code), pathParameter('b', 'second actor code', code), ...queryParameters(seriesQuery)],
        responses: { '200': ok('the series', 'DyadSeries'), '400': bad },
      },
    },
    '/api/alerts': {
      get: {
        operationId: 'listAlerts', summary: 'Escalation and de-escalation alerts, open or not', tags: ['analysis'],
        parameters: queryParameters(alertsQuery),
        responses: {
          '200': {
            description: 'alerts, newest first, with the present they are judged open against',
            content: json(object({ present: { type: 'string' }, total: { type: 'integer' }, items: arrayOf(ref('Alert')) })),
          },
          '400': bad,
        },
      },
    },
    '/api/alerts/raised': {
      get: {
        operationId: 'raisedAlerts', summary: 'Alerts `marsad watch` raised as new events came in, newest first', tags: ['watch'],
        description: 'Each alert once per dyad, period and kind, with when it was raised and whether the webhook accepted it.',
        parameters: queryParameters(raisedAlertsQuery),
        responses: { '200': { description: 'the kept alerts', content: json(object({ items: arrayOf(ref('RaisedAlert')) })) }, '400': bad },
      },
    },
    '/api/feeds': {
      get: {
        operationId: 'listFeeds', summary: 'The feeds `marsad watch` polls: last poll, item counts, failures and last error', tags: ['watch'],
        parameters: queryParameters(feedsQuery),
        responses: { '200': { description: 'every watched feed, by URL', content: json(object({ items: arrayOf(ref('Feed')) })) }, '400': bad },
      },
    },
    '/api/chains': {
      get: {
        operationId: 'listChains', summary: 'Tit-for-tat chains between two actors', tags: ['analysis'],
        parameters: queryParameters(chainsQuery),
        responses: { '200': ok('chains and reciprocity', 'Chains'), '400': bad },
      },
    },
    '/api/network': {
      get: {
        operationId: 'actorNetwork', summary: 'The actor graph for a period; with actor, its partners and adversaries', tags: ['analysis'],
        parameters: queryParameters(networkQuery),
        responses: { '200': ok('nodes and weighted edges', 'Network'), '400': bad },
      },
    },
    '/api/export': {
      get: {
        operationId: 'exportEvents', summary: 'Events in an exchange format', tags: ['events'],
        parameters: queryParameters(exportQuery),
        responses: {
          '200': {
            description: 'gdelt: tab-separated GDELT 2.0 event rows; jsonl: one event a line; plover: PLOVER JSON lines',
            content: { 'text/tab-separated-values': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } },
          },
          '400': bad,
        },
      },
    },
    '/api/overview': {
      get: {
        operationId: 'overview', summary: 'Latest events, top tension movers and open alerts', tags: ['analysis'],
        parameters: queryParameters(overviewQuery),
        responses: { '200': ok('the overview', 'Overview'), '400': bad },
      },
    },
    '/api/ontology': {
      get: {
        operationId: 'ontology', summary: 'CAMEO codes with English and Arabic names, QuadClass and Goldstein value', tags: ['reference'],
        description: 'Arabic names are Marsad\'s own renderings (lang/ar/cameo-names.yaml) for every root and 3-digit code; 4-digit codes carry their parent\'s Arabic name (arFromParent).',
        parameters: queryParameters(ontologyQuery),
        responses: { '200': ok('the codes, in code order', 'Ontology'), '400': bad },
      },
    },
    '/api/actors': {
      get: {
        operationId: 'actorNames', summary: 'Display names of actor codes in Arabic and English', tags: ['reference'],
        description: 'From the built-in actor dictionary: a state\'s name, or the one organization with that code; name is null for shared codes (IGO, NGO) and unknown ones.',
        parameters: queryParameters(actorsQuery),
        responses: { '200': ok('one item per requested code, in request order', 'ActorNames'), '400': bad },
      },
    },
  },
  components: {
    schemas: SCHEMAS,
    responses: {
      BadRequest: { description: 'a parameter fails its check; `param` names it', content: json(ref('Error')) },
      NotFound: { description: 'no such resource', content: json(ref('Error')) },
      Unauthorized: { description: 'missing or wrong bearer token', content: json(ref('Error')) },
      Forbidden: { description: 'write endpoints are disabled: the server has no token', content: json(ref('Error')) },
      Unavailable: {
        description: 'the database is out of reach (a PostgreSQL outage); `Retry-After` says when to try again',
        headers: { 'Retry-After': { description: 'seconds', schema: { type: 'integer' } } },
        content: json(ref('Error')),
      },
    },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given with --token or MARSAD_TOKEN' } },
  },
};

// Every operation that reads or writes the store can meet a database outage; the reference ones read built-in data.
for (const item of Object.values(OPENAPI.paths)) {
  for (const op of Object.values(item)) {
    if (op && !op.tags?.includes('reference')) op.responses['503'] ??= { $ref: '#/components/responses/Unavailable' };
  }
}

function object(properties: Record<string, unknown>) {
  return { type: 'object', properties, required: Object.keys(properties) };
}

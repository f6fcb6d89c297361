// Query parameter schemas for every endpoint (zod), parsed into typed values with 400s that name the parameter.
import { z } from 'zod';
import { isCalendarDate } from '../store/date-range.ts';
import type { EventFilter } from '../store/store.ts';
import { ParamError } from './http-error.ts';

const CODE = /^[A-Za-z]{3}[A-Za-z0-9]{0,12}$/;
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const actorCode = z
  .string()
  .regex(CODE, 'expected an actor code such as RUS or AZEGOV')
  .transform((v) => v.toUpperCase());

const dyad = z
  .string()
  .regex(/^[A-Za-z0-9]{3,15},[A-Za-z0-9]{3,15}$/, 'expected two actor codes separated by a comma, e.g. AZE,RUS')
  .transform((v) => v.toUpperCase().split(',') as [string, string]);

/** A date bound: YYYY, YYYY-MM or YYYY-MM-DD, widened to the first or last day. */
function dateBound(end: 'from' | 'to') {
  return z
    .string()
    .regex(DAY, 'expected a date YYYY-MM-DD (or YYYY-MM, YYYY)')
    .refine(isCalendarDate, 'not a calendar date')
    .transform((v) => fullDay(v, end));
}

function fullDay(v: string, end: 'from' | 'to'): string {
  const [y, m, d] = v.split('-');
  if (d) return v;
  if (m) return end === 'from' ? `${y}-${m}-01` : `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`;
  return end === 'from' ? `${y}-01-01` : `${y}-12-31`;
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const limit = (max: number, dflt: number) => z.coerce.number().int('expected a whole number').min(1).max(max).default(dflt);
const offset = z.coerce.number().int('expected a whole number').min(0).max(10_000_000).default(0);
const lang = z.enum(['ar', 'en']);
const cameoRoot = z.string().regex(/^\d{2}$/, 'expected a two-digit CAMEO root, e.g. 17');

export const articlesQuery = z.strictObject({
  limit: limit(500, 50).describe('page size (1–500)'),
  offset: offset.describe('items to skip'),
  lang: lang.optional().describe('article language'),
});

export const eventsQuery = z.strictObject({
  actor: actorCode.optional().describe('actor code on either side, e.g. RUS'),
  dyad: dyad.optional().describe('two actor codes, either direction: AZE,RUS'),
  directed: bool.optional().describe('with dyad: only source=first, target=second'),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or root of 2–4 digits, e.g. 17 or 173').optional().describe('CAMEO code or root prefix'),
  root: cameoRoot.optional().describe('CAMEO root, as the CLI\'s --root, e.g. 17 (coerce)'),
  quad: z.enum(['1', '2', '3', '4'], 'expected 1, 2, 3 or 4').transform(Number).optional().describe('QuadClass 1–4'),
  from: dateBound('from').optional().describe('first event date, YYYY-MM-DD'),
  to: dateBound('to').optional().describe('last event date, YYYY-MM-DD'),
  lang: lang.optional().describe('article language'),
  // PostgreSQL text cannot hold NUL, so a NUL would otherwise fail in the database.
  q: z.string().min(1).max(200).refine((v) => !v.includes('\0'), 'must not contain a NUL character').optional().describe('words to find in the event\'s article (title and text, which hold the evidence sentence): all of them, Arabic letter forms, diacritics and tatweel folded, English in any inflection'),
  sort: z.enum(['date', '-date', 'goldstein', '-goldstein', 'cameo']).default('-date').describe('sort order'),
  negated: bool.optional().describe('include negated events'),
  clusters: bool.default(false).describe('return deduplicated clusters instead of events'),
  limit: limit(500, 50).describe('page size (1–500)'),
  offset: offset.describe('items to skip'),
  after: z.string().min(1).max(500).optional().describe('cursor from the previous page\'s nextCursor: the page after it (cheap at any depth)'),
});

export const seriesQuery = z.strictObject({
  by: z.enum(['day', 'week', 'month'], 'expected day, week or month').default('month').describe('period length'),
  directed: bool.optional().describe('only events from a to b'),
  from: dateBound('from').optional().describe('first date'),
  to: dateBound('to').optional().describe('last date'),
});

export const alertsQuery = z.strictObject({
  dyad: dyad.optional().describe('only alerts for this dyad'),
  by: z.enum(['day', 'week', 'month'], 'expected day, week or month').default('month').describe('period length'),
  minEvents: z.coerce.number().int('expected a whole number').min(1).max(1_000_000).default(5).describe('skip dyads with fewer events'),
  threshold: z.coerce.number().positive('expected a positive number').max(1000).optional().describe('CUSUM threshold in tension points (default 20)'),
  from: dateBound('from').optional().describe('first date'),
  to: dateBound('to').optional().describe('last date'),
  open: bool.optional().describe('true: only alerts whose period ends within 90 days of the present of the data (false: only the others)'),
  limit: limit(500, 100).describe('most alerts returned'),
});

export const chainsQuery = z.strictObject({
  dyad: dyad.describe('two actor codes: AZE,RUS'),
  window: z.coerce.number().int('expected a whole number').min(1).max(365).default(30).describe('longest lag in days between an action and its answer'),
  from: dateBound('from').optional().describe('first date'),
  to: dateBound('to').optional().describe('last date'),
});

export const networkQuery = z.strictObject({
  from: dateBound('from').optional().describe('first date'),
  to: dateBound('to').optional().describe('last date'),
  actor: actorCode.optional().describe('only edges touching this actor'),
});

export const exportQuery = z.strictObject({
  format: z.enum(['gdelt', 'jsonl', 'plover'], 'expected gdelt, jsonl or plover').describe('output format'),
  unit: z.enum(['clusters', 'events'], 'expected clusters or events').optional().describe('one record per happening (clusters; gdelt default) or per report (events)'),
  header: bool.default(false).describe('gdelt: write the column names first'),
  actor: actorCode.optional().describe('actor code on either side'),
  dyad: dyad.optional().describe('two actor codes'),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or root of 2–4 digits').optional().describe('CAMEO code or root prefix'),
  root: cameoRoot.optional().describe('CAMEO root, as the CLI\'s --root'),
  lang: lang.optional().describe('article language'),
  from: dateBound('from').optional().describe('first date'),
  to: dateBound('to').optional().describe('last date'),
});

export const overviewQuery = z.strictObject({
  limit: limit(100, 10).describe('items per list'),
  days: z.coerce.number().int('expected a whole number').min(1).max(3650).default(90).describe('alerts ending within this many days of the present of the data (its newest publication date) are open'),
});

export const feedsQuery = z.strictObject({});

export const raisedAlertsQuery = z.strictObject({
  limit: limit(500, 100).describe('most alerts returned, newest first'),
});

export const ontologyQuery = z.strictObject({
  depth: z.enum(['3', 'all'], 'expected 3 or all').default('all').describe('3: roots and 3-digit codes only; all: 4-digit codes too'),
  root: cameoRoot.optional().describe('only codes under this root'),
});

export const actorsQuery = z.strictObject({
  codes: z
    .string()
    .regex(/^[A-Za-z0-9]{3,15}(,[A-Za-z0-9]{3,15}){0,199}$/, 'expected up to 200 actor codes separated by commas, e.g. AZE,RUS')
    .transform((v) => [...new Set(v.toUpperCase().split(','))])
    .describe('actor codes separated by commas, e.g. AZE,RUS'),
});

/** Path parameters of /api/dyads/{a}/{b}/series. */
export const dyadPath = z.object({ a: actorCode, b: actorCode });

export const writeQuery = z.strictObject({
  replace: bool.default(false).describe('replace an article already stored with the same id or URL'),
});

export type EventsQuery = z.output<typeof eventsQuery>;

/**
 * Parse a query (or path params) with a schema; the first failing key becomes a ParamError.
 * @example parseParams(eventsQuery, { quad: '7' }) // throws ParamError('quad', …)
 */
export function parseParams<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw new ParamError(issue.keys[0]!, 'is not a parameter of this endpoint');
  }
  const name = issue.path.map(String).join('.') || 'query';
  const given = (input as Record<string, unknown> | undefined)?.[name];
  const got = given === undefined ? 'it is missing' : `got ${JSON.stringify(given)}`;
  throw new ParamError(name, `${issue.message.replace(/^Invalid input: /, '')}; ${got}`);
}

/** The store filter for an events query. */
export function eventFilter(q: Partial<EventsQuery>): EventFilter {
  return {
    actor: q.actor,
    dyad: q.dyad,
    directed: q.directed,
    cameo: q.cameo,
    root: q.root,
    quadClass: q.quad as EventFilter['quadClass'],
    from: q.from,
    to: q.to,
    lang: q.lang,
    text: q.q,
    includeNegated: q.negated,
    sort: q.sort,
    limit: q.limit,
    offset: q.offset,
    after: q.after,
  };
}

// Stage: resolve each event's date (clause date, else earlier dated context, else publication date)
// and drop in-article duplicates of (sentence, source, target, code). No event is dated after its news:
// a date later than publication names what is planned or announced, and the event is the article's own.
import type { CodedEvent, DateMention, Doc, Granularity } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
import { dateSpan } from '../analyze/periods.ts';
import { firstIndex } from '../sorted.ts';

type Dated = { date: string | null; date_granularity: Granularity | null };
type EventSpan = Pick<CodedEvent, 'quote_start' | 'quote_end' | 'trigger_start' | 'trigger_end'> & Partial<Pick<CodedEvent, 'cameo'>>;

/**
 * @example resolveEvents(doc).events?.[0]?.date // '2025-06-27'
 */
export function resolveEvents(doc: Doc): Doc {
  const published = doc.article.published ?? null;
  const after = afterPublication(published);
  const all = (doc.dates ?? []).filter((d) => d.value !== null).sort((a, b) => a.start - b.start);
  // Dates after publication never date an event, nor carry over to later sentences.
  const dates = all.filter((d) => !after(d.value!));
  const usable = new Set(dates);
  const atPublication: Dated = { date: published, date_granularity: published ? 'day' : null };
  const sentences = doc.sentences ?? [];
  const seen = new Set<string>();
  const events: CodedEvent[] = [];
  // Each dated event's sentence in the order kept, and the first dated event of each sentence: the earlier
  // dated context of an event is found from the end of this list, not by scanning every event kept before it.
  const datedSentences: number[] = [];
  const firstDated = new Map<number, CodedEvent>();
  const keep = (e: CodedEvent) => {
    events.push(e);
    if (!e.date) return;
    datedSentences.push(e.sentence);
    if (!firstDated.has(e.sentence)) firstDated.set(e.sentence, e);
  };
  for (const e of doc.events ?? []) {
    const key = `${e.sentence}|${e.source}|${e.target}|${e.cameo}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentences[e.sentence];
    const clause = clauseDates(doc.text, published, e, within(all, e.quote_start, e.quote_end));
    // A clause dated only after publication is an intention or a schedule: it is news of the day it was published.
    if (published && clause.length && clause.every((d) => after(d.value!))) {
      keep({ ...e, ...atPublication });
      continue;
    }
    // Earlier dated context: the date the first event of the nearest earlier coded sentence took (its main clause).
    const context = firstDated.get(lastBelow(datedSentences, e.sentence) ?? -1);
    const sentenceStart = s ? s.start : e.quote_start;
    const own = eventDate(e, dates, sentenceStart, published, doc.text);
    const ownClause = clause.some((d) => usable.has(d));
    const lastDate = lastEndingBy(dates, sentenceStart);
    const useEvent = !ownClause && context && (!lastDate || lastDate.start < context.quote_end);
    const picked = useEvent ? { date: context.date, date_granularity: context.date_granularity } : own;
    // A date far before publication does not carry over to later sentences of current news.
    const stale = !ownClause && picked.date && published && farBefore(picked.date, published);
    keep({ ...e, ...(stale ? atPublication : picked) });
  }
  return { ...doc, events };
}

/** The date of one event and its granularity, from `dates` (sorted by start, none after publication). */
function eventDate(e: EventSpan, dates: readonly DateMention[], sentenceStart: number, published: string | null, text: string): Dated {
  const own = clauseDates(text, published, e, within(dates, e.quote_start, e.quote_end));
  if (own.length) {
    const nearest = own.reduce((a, b) => (Math.abs(b.start - e.trigger_start) < Math.abs(a.start - e.trigger_start) ? b : a));
    return { date: nearest.value, date_granularity: nearest.granularity };
  }
  const earlier = lastEndingBy(dates, sentenceStart);
  if (earlier) return { date: earlier.value, date_granularity: earlier.granularity };
  if (published) return { date: published, date_granularity: 'day' };
  return { date: null, date_granularity: null };
}

/** The last entry below `n`, searched from the end (the entries are mostly in rising order). */
function lastBelow(values: readonly number[], n: number): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i]! < n) return values[i];
  return undefined;
}

/** Index of the first date (sorted by start) that starts after `offset`. */
function startsAfter(dates: readonly DateMention[], offset: number): number {
  return firstIndex(dates, (d) => d.start > offset);
}

/** Dates (sorted by start) that lie inside [start, end), in order: a binary search, not a scan of the article's dates. */
function within(dates: readonly DateMention[], start: number, end: number): DateMention[] {
  const from = startsAfter(dates, start - 1);
  const out: DateMention[] = [];
  for (let i = from; i < dates.length && dates[i]!.start <= end; i++) if (dates[i]!.end <= end) out.push(dates[i]!);
  return out;
}

/** The last date (sorted by start) that ends by `offset`: only dates that overlap `offset` are stepped over. */
function lastEndingBy(dates: readonly DateMention[], offset: number): DateMention | undefined {
  for (let i = startsAfter(dates, offset) - 1; i >= 0; i--) if (dates[i]!.end <= offset) return dates[i];
  return undefined;
}

/**
 * Dates of the event's own sentence that belong to its clause: not a date long past inside a relative
 * clause after the trigger ("الاتفاقية التي وُقّعت عام 1960", "the treaty, which was signed in 1960"),
 * and not an effective-from date ("بدءاً من 30 أبريل"). A statement is dated when it was made, so the
 * dates of what it reports or mentions after its verb (قال إن … في 12 مايو، "condemned the 1960 treaty") are not its own.
 */
function clauseDates(text: string, published: string | null, e: EventSpan, dates: readonly DateMention[]): DateMention[] {
  const statement = !!e.cameo && isStatement(e.cameo);
  return dates.filter((d) => {
    if (d.start < e.quote_start || d.end > e.quote_end) return false;
    const lead = text.slice(Math.max(e.quote_start, d.start - 14), d.start);
    if (SPAN_START.test(lead)) return false;
    if (d.start < e.trigger_end || !d.value || !published) return true;
    const between = text.slice(e.trigger_end, d.start);
    if (statement && (REPORTED.test(between) || farBefore(d.value, published))) return false;
    return !(RELATIVE_BREAK.test(between) && farBefore(d.value, published));
  });
}

const SPAN_START = /(بدء[اًا]* من|اعتبار[اًا]* من|\bstarting|\beffective)\s*$/i;
const RELATIVE_BREAK = /(^|\s)(التي|الذي|الذين|اللتين|اللذين)\s|\b(which|who)\b/i;
/** What opens reported content after a verb of saying: أن/إن/بأن, "that", a colon or a quotation mark. */
const REPORTED = /(^|[\s،,])[وف]?[بل]?[أإا]ن(ه|ها|هم)?(\s|$)|\bthat\b|[:«"“]/iu;

/**
 * Verbal acts, dated when they are made: statements (01), appeals (02), intentions (03), praise and
 * verbal defence (051, 052), apologies (055), demands (10), disapproval (11), rejection (12), threats (13).
 */
function isStatement(cameo: string): boolean {
  return /^(0[123]|1[0-3])/.test(cameo) || /^05[125]/.test(cameo);
}

/** Whether a date value starts after publication (never, without a publication date), each value worked out once. */
function afterPublication(published: string | null): (value: string) => boolean {
  const memo = new Map<string, boolean>();
  return (value) => {
    if (!published) return false;
    let after = memo.get(value);
    if (after === undefined) memo.set(value, (after = isAfter(value, published)));
    return after;
  };
}

/** Whether a date value (day, week, month, season, year) starts after the publication day. */
function isAfter(value: string, published: string): boolean {
  const day = published.slice(0, 10);
  const span = dateSpan(value);
  if (span) return span.start > day;
  const year = /^\d{4}/.exec(value);
  return !!year && Number(year[0]) > Number(day.slice(0, 4));
}

/** Whether a date value lies more than a year before the publication date. */
function farBefore(value: string, published: string): boolean {
  const y = Number(value.slice(0, 4));
  if (!Number.isFinite(y)) return false;
  const end = value.length >= 10 ? value.slice(0, 10) : value.length >= 7 && /^\d{4}-\d{2}$/.test(value.slice(0, 7)) ? `${value.slice(0, 7)}-28` : `${y}-12-31`;
  const pub = Date.parse(published.slice(0, 10));
  const at = Date.parse(end);
  return Number.isFinite(pub) && Number.isFinite(at) && pub - at > 366 * 24 * 3600 * 1000;
}

export const resolveStage: Stage<Resources> = {
  name: 'resolve',
  requires: ['events'],
  assigns: ['events'],
  run: (doc) => resolveEvents(doc),
};

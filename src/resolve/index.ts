// Stage: resolve each event's date (clause date, else earlier dated context, else publication date)
// and drop in-article duplicates of (sentence, source, target, code).
import type { CodedEvent, DateMention, Doc, Granularity } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';

/**
 * @example resolveEvents(doc).events?.[0]?.date // '2025-06-27'
 */
export function resolveEvents(doc: Doc): Doc {
  const dates = (doc.dates ?? []).filter((d) => d.value !== null).sort((a, b) => a.start - b.start);
  const sentences = doc.sentences ?? [];
  const seen = new Set<string>();
  const events: CodedEvent[] = [];
  for (const e of doc.events ?? []) {
    const key = `${e.sentence}|${e.source}|${e.target}|${e.cameo}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentences[e.sentence];
    // Earlier dated context: the date the first event of the nearest earlier coded sentence took (its main clause).
    const prior = events.filter((x) => x.sentence < e.sentence && x.date);
    const context = prior.find((x) => x.sentence === prior.at(-1)?.sentence);
    const own = eventDate(e, dates, s ? s.start : e.quote_start, doc.article.published ?? null, doc.text);
    const ownSentence = dates.some((d) => d.start >= e.quote_start && d.end <= e.quote_end);
    const lastDate = dates.filter((d) => d.end <= (s ? s.start : e.quote_start)).at(-1);
    const ownClause = ownSentence && clauseDates(doc.text, doc.article.published ?? null, e, dates).length > 0;
    const useEvent = !ownClause && context && (!lastDate || lastDate.start < context.quote_end);
    const picked = useEvent ? { date: context.date, date_granularity: context.date_granularity } : own;
    // A date far before publication does not carry over to later sentences of current news.
    const stale = !ownClause && picked.date && doc.article.published && farBefore(picked.date, doc.article.published);
    events.push({ ...e, ...(stale ? { date: doc.article.published!, date_granularity: 'day' as Granularity } : picked) });
  }
  return { ...doc, events };
}

/** The date of one event and its granularity. */
export function eventDate(
  e: Pick<CodedEvent, 'quote_start' | 'quote_end' | 'trigger_start'> & Partial<Pick<CodedEvent, 'trigger_end'>>,
  dates: readonly DateMention[],
  sentenceStart: number,
  published: string | null,
  text?: string,
): { date: string | null; date_granularity: Granularity | null } {
  const own = text === undefined ? dates.filter((d) => d.start >= e.quote_start && d.end <= e.quote_end) : clauseDates(text, published, { ...e, trigger_end: e.trigger_end ?? e.trigger_start }, dates);
  if (own.length) {
    const nearest = own.reduce((a, b) => (Math.abs(b.start - e.trigger_start) < Math.abs(a.start - e.trigger_start) ? b : a));
    return { date: nearest.value, date_granularity: nearest.granularity };
  }
  const earlier = dates.filter((d) => d.end <= sentenceStart).at(-1);
  if (earlier) return { date: earlier.value, date_granularity: earlier.granularity };
  if (published) return { date: published, date_granularity: 'day' };
  return { date: null, date_granularity: null };
}

/**
 * Dates of the event's own sentence that belong to its clause: not a date long past inside a relative
 * clause after the trigger ("الاتفاقية التي وُقّعت عام 1960", "the treaty, which was signed in 1960"),
 * and not an effective-from date ("بدءاً من 30 أبريل").
 */
function clauseDates(text: string, published: string | null, e: Pick<CodedEvent, 'quote_start' | 'quote_end' | 'trigger_start' | 'trigger_end'>, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => {
    if (d.start < e.quote_start || d.end > e.quote_end) return false;
    const lead = text.slice(Math.max(e.quote_start, d.start - 14), d.start);
    if (SPAN_START.test(lead)) return false;
    if (d.start < e.trigger_end || !d.value || !published) return true;
    return !(RELATIVE_BREAK.test(text.slice(e.trigger_end, d.start)) && farBefore(d.value, published));
  });
}

const SPAN_START = /(بدء[اًا]* من|اعتبار[اًا]* من|\bstarting|\beffective)\s*$/i;
const RELATIVE_BREAK = /(^|\s)(التي|الذي|الذين|اللتين|اللذين)\s|\b(which|who)\b/i;

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

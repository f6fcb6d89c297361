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
    const own = eventDate(e, dates, s ? s.start : e.quote_start, doc.article.published ?? null);
    const ownSentence = dates.some((d) => d.start >= e.quote_start && d.end <= e.quote_end);
    const lastDate = dates.filter((d) => d.end <= (s ? s.start : e.quote_start)).at(-1);
    const useEvent = !ownSentence && context && (!lastDate || lastDate.start < context.quote_end);
    events.push({ ...e, ...(useEvent ? { date: context.date, date_granularity: context.date_granularity } : own) });
  }
  return { ...doc, events };
}

/** The date of one event and its granularity. */
export function eventDate(
  e: Pick<CodedEvent, 'quote_start' | 'quote_end' | 'trigger_start'>,
  dates: readonly DateMention[],
  sentenceStart: number,
  published: string | null,
): { date: string | null; date_granularity: Granularity | null } {
  const own = dates.filter((d) => d.start >= e.quote_start && d.end <= e.quote_end);
  if (own.length) {
    const nearest = own.reduce((a, b) => (Math.abs(b.start - e.trigger_start) < Math.abs(a.start - e.trigger_start) ? b : a));
    return { date: nearest.value, date_granularity: nearest.granularity };
  }
  const earlier = dates.filter((d) => d.end <= sentenceStart).at(-1);
  if (earlier) return { date: earlier.value, date_granularity: earlier.granularity };
  if (published) return { date: published, date_granularity: 'day' };
  return { date: null, date_granularity: null };
}

export const resolveStage: Stage<Resources> = {
  name: 'resolve',
  requires: ['events'],
  assigns: ['events'],
  run: (doc) => resolveEvents(doc),
};

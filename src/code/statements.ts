// Which plain statements (010 from speech verbs) a sentence keeps beside its more specific events.
import type { CodedEvent, Lang } from '../doc.ts';

/**
 * English: a 010 for a sentence with no other trigger, unless, outside quoted speech, the verb only
 * attributes (a trailing "…, officials said.") or sits in a relative clause ("which X say is …", an allegation).
 * Arabic: a speaker's 010 is kept unless the same speaker is the source of a more specific event
 * in the sentence ("قال X إن …" with substantive content is a statement; "قال X إنه يدين …" is the 111).
 * @example keepStatements('ar', text, events, 0).map((e) => e.cameo)
 */
export function keepStatements(lang: Lang, text: string, events: CodedEvent[], otherTriggers: number): CodedEvent[] {
  const specific = events.filter((e) => !e.rule.startsWith('speech:'));
  if (lang === 'ar') {
    return specific.length || otherTriggers > 0 ? specific : events;
  }
  if (specific.length || otherTriggers > 0) return specific;
  const quoted = /["“”«»„]/.test(text);
  return quoted ? events : events.filter((e) => !englishAttribution(text, e));
}

/** "…, he said." / "…, officials said on Monday." / "which experts say is backed by …". */
function englishAttribution(text: string, e: CodedEvent): boolean {
  const start = e.trigger_start - e.quote_start;
  const after = text.slice(e.trigger_end - e.quote_start).replace(/\b(on|late|early|this|last)\s+\w+day\b|\b(on|in)\s+a\s+statement\b/gi, '');
  if (!/[A-Za-z]/.test(after)) return true;
  const before = text.slice(0, start).split(/\s+/).slice(-8).join(' ');
  return /\b(which|who|whom)\b[^,;]*$/i.test(before);
}

// Which plain statements (010 from speech verbs) a sentence keeps beside its more specific events.
import type { CodedEvent, Lang } from '../doc.ts';

/**
 * English: a 010 for a sentence with no other trigger (a negated one even beside triggers), unless, outside quoted speech, the verb only
 * attributes (a trailing "…, officials said.") or sits in a relative clause ("which X say is …", an allegation).
 * Arabic: the same, without requiring quotes ("قالت الخارجية إن …" with no codable content is a 010),
 * and a negated statement ("لم تعلق X على قرار …") is kept even beside other triggers.
 * @example keepStatements('ar', text, events, 0).map((e) => e.cameo)
 */
export function keepStatements(lang: Lang, text: string, events: CodedEvent[], otherTriggers: number): CodedEvent[] {
  const specific = events.filter((e) => !e.rule.startsWith('speech:'));
  if (lang === 'ar') {
    if (specific.length) return specific;
    // "ولم تعلق X على …": a refusal to comment is kept even beside triggers in its complement.
    return otherTriggers > 0 ? events.filter((e) => e.negated) : events;
  }
  if (specific.length) return specific;
  // "did not say when …": a negated statement asserts no content, whatever triggers its clause holds.
  if (otherTriggers > 0) return events.filter((e) => e.negated);
  const quoted = /["“”«»„]/.test(text);
  return quoted ? events : events.filter((e) => !englishAttribution(text, e));
}

/** "…, he said." / "…, officials said on Monday." / "which experts say is backed by …". */
function englishAttribution(text: string, e: CodedEvent): boolean {
  const start = e.trigger_start - e.quote_start;
  // "…, officials said Monday.", "…, he said yesterday.": a bare time word after the verb is still attribution.
  const after = text.slice(e.trigger_end - e.quote_start).replace(/\b((on|late|early|this|last)\s+)?\w+day\b|\b(yesterday|today|tonight)\b|\b(on|in)\s+a\s+statement\b/gi, '');
  if (!/[A-Za-z]/.test(after)) return true;
  const before = text.slice(0, start).split(/\s+/).slice(-8).join(' ');
  return /\b(which|who|whom)\b[^,;]*$/i.test(before);
}

// Direction of a bare weekday: does "الخميس"/"Thursday" with no last/next modifier point back or ahead?
//
// Heuristic (documented in lang/*/weekdays.yaml): news mostly reports what happened, so a bare weekday
// is the last such day on or before publication. It is the coming one (on or after publication) when,
// looking back from the weekday within its clause (at most LOOKBACK words, stopping at punctuation or
// a clause-break word such as قال/said), a forward cue appears: a future auxiliary or scheduling word
// (will, scheduled, سوف, المقرر) or an Arabic verb with the future prefix س (سيعقد, وستصوت); or when a
// designating verb stands right before the weekday ("declared Wednesday a day of mourning").
import { lightForms, matchPhrase } from '../../segment/phrase-match.ts';
import type { DateContext } from './context.ts';

const LOOKBACK = 8;
/** س + imperfect prefix + a stem of at least three letters (سيعقد، ستصوت، سنواصل). */
const FUTURE_VERB = /^س[يتنأ][\u0621-\u064A]{3,}$/;

/** Whether the bare weekday at token `at` refers forward from the publication date. */
export function weekdayPointsAhead(c: DateContext, at: number): boolean {
  const cal = c.cal;
  const prev = c.tokens[at - 1];
  if (prev && !prev.punct && prev.sentence === c.tokens[at]!.sentence && cal.designatingVerbs.has(prev.norm)) return true;
  for (let k = at - 1; k >= 0 && k >= at - LOOKBACK; k--) {
    const t = c.tokens[k]!;
    if (t.sentence !== c.tokens[at]!.sentence) break;
    if (t.punct) {
      if ([',', '،', ';', '؛', ':', '.', '!', '?', '«', '"', '“'].includes(t.norm)) break;
      continue;
    }
    if (matchPhrase(c.tokens, k, cal.forwardCues, at)) return true;
    const forms = lightForms(t.norm);
    if (cal.futurePrefix && forms.some((f) => FUTURE_VERB.test(f) && !cal.notFuture.has(f))) return true;
    if (forms.some((f) => cal.clauseBreaks.has(f))) break;
  }
  return false;
}

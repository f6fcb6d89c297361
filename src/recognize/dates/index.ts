// Stage: date expressions (explicit, Hijri, relative to the publication date) with normalized values.
import type { DateMention, Doc } from '../../doc.ts';
import type { Stage } from '../../pipeline/stage.ts';
import type { Resources } from '../../pipeline/resources.ts';
import type { Token } from '../../doc.ts';
import { lightForms } from '../../segment/phrase-match.ts';
import { matchDate, triggers, type DateContext } from './match.ts';
import { parseYmd, type Ymd } from './calendar.ts';

/**
 * Every date expression of the document, offsets into the original text.
 * @example recognizeDates(doc, res) // "في 20 تموز/يوليو" → { text: '20 تموز/يوليو', value: '2025-07-20', granularity: 'day' }
 */
export function recognizeDates(doc: Doc, res: Resources): DateMention[] {
  const tokens = doc.tokens ?? [];
  const lang = res.langs[doc.article.lang];
  const pub = parseYmd(doc.article.published);
  const out: DateMention[] = [];
  // Anchored expressions (the next day, بعد يومين) count from the last day-level date before them.
  let anchor: Ymd | null = null;
  for (const s of doc.sentences ?? []) {
    const ctx: DateContext = { tokens, limit: s.tokenEnd, cal: lang.calendar, numbers: lang.numbers, lang: lang.lang, pub, anchor };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const hit = tokens[i]!.punct ? null : matchDate(ctx, i);
      if (!hit) {
        i++;
        continue;
      }
      const start = startAfterPrefix(tokens[i]!, triggers(ctx));
      const end = tokens[hit.end - 1]!.end;
      out.push({ start, end, text: doc.text.slice(start, end), value: hit.value, granularity: hit.granularity, relative: hit.relative });
      if (hit.granularity === 'day' && parseYmd(hit.value)) anchor = ctx.anchor = parseYmd(hit.value);
      i = hit.end;
    }
  }
  return out;
}

/**
 * A date's span leaves out a conjunction or preposition glued to its first word (لعام 2021 → عام 2021).
 * `words` holds each first word with and without the article (see triggers).
 */
function startAfterPrefix(token: Token, words: ReadonlySet<string>): number {
  if (words.has(token.norm)) return token.start;
  const form = lightForms(token.norm).find((f) => words.has(f));
  if (!form || form === token.norm) return token.start;
  // Skip as many letters of the original as the prefix has (diacritics on them are skipped too).
  let letters = token.norm.length - form.length;
  let k = 0;
  while (letters > 0 && k < token.text.length) {
    if (/[\p{L}]/u.test(token.text[k]!)) letters--;
    k++;
  }
  while (k < token.text.length && /[\p{M}\u0640]/u.test(token.text[k]!)) k++;
  return token.start + k;
}

export const recognizeDatesStage: Stage<Resources> = {
  name: 'recognizeDatesStage',
  requires: ['tokens'],
  assigns: ['dates'],
  run: (doc, res) => ({ ...doc, dates: recognizeDates(doc, res) }),
};

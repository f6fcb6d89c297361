// Unknown personal names after a title or descriptor: capitalized English words, Arabic plain words with name links.
import type { ComposeContext } from './compose.ts';
import { isDefinite } from './keys.ts';

/** Arabic name links: "محمد بن علي", "عبد الله", "آل ثاني", "أبو بكر". */
const NAME_LINK = /^(بن|ابن|آل|ال|عبد|عبدال|أبو|ابو|بنت)$/;

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

/** An unknown personal name after a title: capitalized words (English) or plain words (Arabic). */
export function captureName(ctx: ComposeContext, p: number, end: number, loose = false): number {
  const max = 4;
  let q = p;
  let links = 0;
  while (q < end && q - p < max) {
    const t = ctx.tokens[q]!;
    const linked = q > p && ctx.lang === 'ar' && NAME_LINK.test(ctx.tokens[q - 1]!.norm);
    // After a descriptor a first name may be a title word too ("المعارض أمير بوخرص").
    const hit = ctx.hitAt.get(q);
    const firstName = loose && q === p && hit?.item.type === 'title' && hit.end === q + 1;
    // "President Luis Arce Monday": a weekday or month after a name ends it.
    if (ctx.lang === 'en' && CALENDAR.test(t.norm)) break;
    if (t.punct || (hit && !firstName) || /\d/.test(t.text) || (ctx.words.stops.has(t.norm) && !linked)) break;
    // Arabic: plain words; only a later name may carry the article ("ماجد الأنصاري", "عبد الله").
    if (ctx.lang === 'en' ? !/^\p{Lu}/u.test(t.text) : !/^[\u0621-\u064A]+$/.test(t.text) || (isDefinite(t) && q === p) || /^[وف]/.test(t.norm) && q > p && !NAME_LINK.test(t.norm)) break;
    if (ctx.lang === 'ar' && isDefinite(t) && (ctx.words.modifiers.has(t.norm) || ctx.words.trailing.has(t.norm))) break;
    if (ctx.lang === 'ar' && NAME_LINK.test(t.norm)) links++;
    q++;
  }
  if (ctx.lang === 'en') return q;
  // Arabic: a first and last name (three or four words only with بن/عبد/آل/أبو), then a pause
  // (punctuation, a particle or the sentence end). A coordinated title may follow ("إيغور كارتافيخ ورئيس تحريرها").
  const pauseAt = (k: number) => {
    const after = ctx.tokens[k];
    return k >= end || after!.punct || ctx.words.stops.has(after!.norm) || (/^و/.test(after!.norm) && ctx.hitAt.get(k)?.item.type === 'title');
  };
  // After a descriptor that always introduces a name ("الصحفي خالد سعيد اعتقل") no pause is needed.
  for (let k = q; k >= p + 2; k--) {
    if (NAME_LINK.test(ctx.tokens[k - 1]!.norm)) continue;
    // A three-word name without links ("برنار هنري ليفي") only after a descriptor and before a pause or another phrase.
    const three = loose && k - p === 3 && (pauseAt(k) || ctx.hitAt.has(k));
    if (k - p === 2 ? pauseAt(k) || loose : (links > 0 && (pauseAt(k) || loose)) || three) return k;
  }
  return p;
}

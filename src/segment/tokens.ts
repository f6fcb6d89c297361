// Tokenization: words (Arabic or Latin letters, Latin letter-digit codes), numbers with separators, punctuation.
import type { Span } from '../doc.ts';

// In order: dotted Latin abbreviations (U.S., a.m.); Latin words and codes that mix letters and
// digits (E190, J2-8243, COVID-19, 12th after a number); numbers with thousands/decimal separators
// (Western, Arabic-Indic, Persian digits) and an optional % sign or Latin suffix (12th, 11bn);
// Arabic words (an Arabic letter run is cut before digits: و2000 is و + 2000); any other single mark.
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Script=Latin}\.){2,}`,
    String.raw`\p{Script=Latin}[\p{Script=Latin}\p{M}\p{N}]*(?:['’]\p{Script=Latin}+)*(?:-(?=[\p{Script=Latin}\p{N}])[\p{Script=Latin}\p{M}\p{N}]+)*`,
    String.raw`\p{N}+(?:[.,٫٬]\p{N}+)*(?:[%٪]|\p{Script=Latin}+\b)?`,
    String.raw`[\p{L}\p{M}\u0640]+(?:-(?=\p{L})[\p{L}\p{M}\u0640]+)*`,
    String.raw`[^\s\p{L}\p{M}\p{N}]`,
  ].join('|'),
  'gu',
);

/**
 * Token spans of a text region.
 * @example tokenize('قتل 38 راكباً').length === 3
 */
export function tokenize(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  eachToken(text, start, end, (s, e) => spans.push({ start: s, end: e }));
  return spans;
}

/**
 * Call `visit` with the offsets and the text of each token of a text region, in order: tokenize without a span
 * object per token, and without slicing the text again.
 * @example eachToken('قتل 38 راكباً', 0, 13, (s, e, t) => console.log(s, e, t)) // 0 3 قتل, 4 6 38, 7 13 راكباً
 */
export function eachToken(text: string, start: number, end: number, visit: (start: number, end: number, token: string) => void): void {
  const region = text.slice(start, end);
  for (let i = 0; i < region.length; ) {
    // Most tokens of Arabic news are Arabic words ending at a space or a mark: scanning their letters is several
    // times faster than the Unicode-class regex, which still decides every other token (and any word it cannot settle).
    const e = arabicWordEnd(region, i);
    if (e > 0) {
      visit(start + i, start + e, region.slice(i, e));
      i = e;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(region);
    if (!m) break;
    visit(start + m.index, start + m.index + m[0].length, m[0]);
    i = m.index + m[0].length;
  }
}

/** Arabic letters, tatweel and harakat (U+0620–U+065F): all of them \p{L} or \p{M}, none Latin or a digit. */
const isArabicLetter = (c: number): boolean => c >= 0x0620 && c <= 0x065f;

/**
 * End of the Arabic word TOKEN would match at `i`, or -1 when `i` starts no Arabic word or the word runs into a
 * character that TOKEN's word rule might continue over (a Latin letter, a hyphen, another script's mark).
 */
function arabicWordEnd(region: string, i: number): number {
  if (!isArabicLetter(region.charCodeAt(i))) return -1;
  let e = i + 1;
  while (e < region.length && isArabicLetter(region.charCodeAt(e))) e++;
  if (e === region.length) return e;
  const c = region.charCodeAt(e);
  // ASCII other than letters and '-'; Arabic comma, semicolon, question mark; Arabic-Indic digits, %, separators.
  const stops = (c < 128 && c !== 45 && !((c | 32) >= 97 && (c | 32) <= 122)) || c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x0660 && c <= 0x066d);
  return stops ? e : -1;
}

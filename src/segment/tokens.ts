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
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(region); m; m = TOKEN.exec(region)) visit(start + m.index, start + m.index + m[0].length, m[0]);
}

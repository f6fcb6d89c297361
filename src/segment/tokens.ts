// Tokenization: words (Arabic or Latin letters, digits with separators) and punctuation marks.
import type { Span } from '../doc.ts';

// A word: letters/marks, possibly joined by apostrophes or inner hyphens; or a number with
// thousands/decimal separators (Western, Arabic-Indic, Persian digits), optionally with a % sign.
const TOKEN =
  /[\p{N}]+(?:[.,٫٬][\p{N}]+)*[%٪]?|[\p{L}\p{M}\u0640]+(?:['’][\p{L}]+)*(?:-(?=[\p{L}\p{N}])[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Token spans of a text region. */
export function tokenize(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const region = text.slice(start, end);
  for (const m of region.matchAll(TOKEN)) {
    spans.push({ start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return spans;
}

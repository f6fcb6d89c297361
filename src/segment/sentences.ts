// Sentence splitting by the gold conventions: . ! ? ؟ end a sentence (closing quotes attach),
// as does a line break; abbreviations, decimals and ellipses do not.
import type { Span } from '../doc.ts';

const TERMINAL = new Set(['.', '!', '?', '؟']);
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']']);

/**
 * Split text into sentence spans (trimmed, never empty).
 * @example splitSentences('Moscow said no. Baku agreed.', new Set()).length === 2
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!TERMINAL.has(ch)) continue;
    if (ch === '.' && !endsSentenceAtDot(text, i, abbreviations)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    // A terminal followed directly by a letter or digit is inside a token (U.S.-led, 3.5, example.com).
    if (end < text.length && !/\s/.test(text[end]!)) {
      i = end - 1;
      continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

function endsSentenceAtDot(text: string, i: number, abbreviations: ReadonlySet<string>): boolean {
  if (text[i + 1] === '.' || text[i - 1] === '.') return false; // ellipsis
  if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  let w = i;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, i + 1).toLowerCase();
  if (abbreviations.has(word)) {
    // An abbreviation ends the sentence only if a capitalised sentence start does not follow
    // closely; "U.S. President" is still one sentence, so keep it joined.
    return false;
  }
  // Single capital letter initials (J. Smith).
  if (/^\p{Lu}\.$/u.test(text.slice(w, i + 1))) return false;
  return true;
}

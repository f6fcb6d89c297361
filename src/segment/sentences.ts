// Sentence splitting by the gold conventions: . ! ? ؟ end a sentence (closing quotes attach),
// as does a line break and a double dot (..); abbreviations, decimals and ellipses do not. Short unpunctuated lines are flagged as headings;
// bullet lines are list items, coded like any sentence. A run longer than MAX_SENTENCE_CHARS (punctuation lost) is cut at clause boundaries.
import type { Span } from '../doc.ts';
import { normalizeKey } from '../normalize/normalize.ts';
import { clausePieces, MAX_SENTENCE_CHARS } from './long-sentences.ts';

const TERMINAL = new Set(['.', '!', '?', '؟']);
const TERMINAL_CODES = new Set([...TERMINAL].map((c) => c.charCodeAt(0)));
const NEWLINE = 10;
const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '“']);
/** Marks that open a bullet line. */
const BULLET = /^[•●▪◦‣*\-–—]\s/;
/** A line with at most this many words and no final punctuation is a heading. */
const HEADING_MAX_WORDS = 10;

export interface SentenceSpan extends Span {
  heading?: boolean;
}

/**
 * Split text into sentence spans (trimmed, never empty); heading lines are flagged.
 * @example splitSentences('Moscow said no. Baku agreed.', new Set()).length === 2
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>, numberAbbreviations: ReadonlySet<string> = new Set()): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const [s, e] = trimmed(text, start, end);
    if (e - s > MAX_SENTENCE_CHARS) {
      for (const piece of clausePieces(text, s, e)) {
        const [ps, pe] = trimmed(text, piece.start, piece.end);
        if (pe > ps) spans.push({ start: ps, end: pe });
      }
    } else if (e > s) spans.push(isHeading(text, s, e) ? { start: s, end: e, heading: true } : { start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    // Most characters are neither: compare codes, since text[i] would allocate a string per Arabic letter.
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      push(i);
      continue;
    }
    if (!TERMINAL_CODES.has(code)) continue;
    const ch = text[i]!;
    if (ch === '.' && !endsSentenceAtDot(text, i, abbreviations, numberAbbreviations)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    // A terminal followed directly by a letter or digit is inside a token (U.S.-led, 3.5, example.com).
    if (end < text.length && !/\s/.test(text[end]!)) {
      i = end - 1;
      continue;
    }
    // A quotation ending in ! or ? continues when a lower-case word follows ("…integrity!” he wrote.").
    if (ch !== '.' && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3))) {
      i = end - 1;
      continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** [start, end) without the white space at either edge. */
function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * A whole line, short with no final punctuation (a section title). A bullet line is a list item reporting its own
 * act ("• Iran summoned the German ambassador", "- summoned the Ukrainian ambassador;"), however short.
 */
function isHeading(text: string, s: number, e: number): boolean {
  const lineStart = text.slice(text.lastIndexOf('\n', s - 1) + 1, s).trim() === '';
  const lineEnd = /^[ \t]*(\n|$)/.test(text.slice(e));
  if (!lineStart || !lineEnd) return false;
  const line = text.slice(s, e);
  if (BULLET.test(line)) return false;
  if (/[.!?؟:;,،؛…"”»)\]]$/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 0 && words.length <= HEADING_MAX_WORDS;
}

function endsSentenceAtDot(text: string, i: number, abbreviations: ReadonlySet<string>, numberAbbreviations: ReadonlySet<string>): boolean {
  // Two dots before a space end a sentence (Arabic news writes "…مطالبهما\".. وأوضح"); three are an ellipsis.
  if (text[i + 1] === '.' && text[i - 1] !== '.' && text[i + 2] !== '.') return /\s/.test(text[i + 2] ?? ' ');
  if (text[i + 1] === '.' || text[i - 1] === '.') return false; // ellipsis
  if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  let w = i;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const raw = text.slice(w, i + 1);
  // "U.S. President" is one sentence: a listed abbreviation never ends one.
  if (abbreviations.has(normalizeKey(raw)) || abbreviations.has(raw.toLowerCase())) return false;
  if (numberAbbreviations.has(normalizeKey(raw)) && /^\s*\d/.test(text.slice(i + 1, i + 4))) return false;
  // Single capital letter initials (J. Smith) and dotted initialisms (U.S.A.).
  if (/^\p{Lu}\.$/u.test(raw) || /^(?:\p{Lu}\.){2,}$/u.test(raw)) return false;
  return true;
}

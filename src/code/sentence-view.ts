// The per-sentence view the coder reads: actor groups (recognized mentions plus demonyms), places,
// date tokens that do not break a clause, and mention tokens whose leading ب/ل belongs to the name.
import type { ActorMention, DateMention, PlaceMention, Sentence, Span, Token } from '../doc.ts';
import type { ActorDictionary } from '../recognize/actors/dictionary.ts';
import { normalizeKey } from '../normalize/index.ts';
import { firstIndex } from '../sorted.ts';
import type { ActorGroup } from './clause.ts';

/**
 * The spans (places, dates) inside each sentence, in their order, by sentence index: one pass over the article,
 * so that reading a sentence's spans does not scan every span of the article.
 * @example spansBySentence(doc.sentences, doc.places).get(0) // the places of the first sentence
 */
export function spansBySentence<T extends Span>(sentences: readonly Sentence[], spans: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const span of spans) {
    // The last sentence starting at or before the span is the only one that can hold it.
    const s = sentences[firstIndex(sentences, (x) => x.start > span.start) - 1];
    if (!s || span.end > s.end) continue;
    const list = out.get(s.index);
    if (list) list.push(span);
    else out.set(s.index, [span]);
  }
  return out;
}

/** The tokens of sentence `s` inside `span`: [first, end), empty when none is. Tokens are in order, so a binary search finds them. */
function tokensWithin(tokens: readonly Token[], s: Sentence, span: Span): [number, number] {
  const lo = firstIndex(tokens, (t) => t.start >= span.start, s.tokenStart, s.tokenEnd);
  let end = lo;
  while (end < s.tokenEnd && tokens[end]!.end <= span.end) end++;
  return [lo, end];
}

/** Places in the sentence (`places`: those inside it) as target-only groups (their country, no sector). */
export function placeGroups(tokens: readonly Token[], s: Sentence, places: readonly PlaceMention[]): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (const p of places) {
    const [start, end] = tokensWithin(tokens, s, p);
    if (start === end) continue;
    out.push({ mentions: [{ start: p.start, end: p.end, text: p.text, code: p.country, sector: null, kind: 'state', entry: `place:${p.entry}`, tokenStart: start, tokenEnd: end }], start, end });
  }
  return out;
}

/** First tokens of mentions whose surface is exactly a dictionary name, so a leading ب/ل is part of it. */
export function wholeNames(tokens: readonly Token[], mentions: readonly ActorMention[], dict?: ActorDictionary): Set<number> {
  const out = new Set<number>();
  if (!dict) return out;
  const firstWords = firstWordsOf(dict);
  for (const m of mentions) {
    if (firstWords.get(m.entry)?.has(tokens[m.tokenStart]!.norm)) out.add(m.tokenStart);
  }
  return out;
}

const firstWordCache = new WeakMap<ActorDictionary, Map<string, Set<string>>>();

/** Entry id → normalized first words of its Arabic names, computed once per dictionary. */
function firstWordsOf(dict: ActorDictionary): Map<string, Set<string>> {
  let map = firstWordCache.get(dict);
  if (map) return map;
  map = new Map();
  for (const [id, e] of dict.entries) map.set(id, new Set((e.names.ar ?? []).map((n) => normalizeKey(n).split(' ')[0]!)));
  firstWordCache.set(dict, map);
  return map;
}

/** A news outlet cited as the source of a report is not the actor of what it reports. */
export function mediaOnly(g: ActorGroup): boolean {
  return g.mentions.every((m) => m.sector === 'MED');
}

/** Date expressions inside the sentence (`dates`: those inside it), and the commas that set them off, do not break a clause. */
export function transparentTokens(tokens: readonly Token[], s: Sentence, dates: readonly DateMention[]): Set<number> {
  const out = new Set<number>();
  for (const d of dates) {
    const [first, end] = tokensWithin(tokens, s, d);
    if (first === end) continue;
    for (let k = first; k < end; k++) out.add(k);
    if (tokens[first - 1]?.punct) out.add(first - 1);
    if (tokens[end]?.punct) out.add(end);
  }
  return out;
}

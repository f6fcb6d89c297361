// The per-sentence view the coder reads: actor groups (recognized mentions plus demonyms), places,
// date tokens that do not break a clause, and mention tokens whose leading ب/ل belongs to the name.
import type { ActorMention, Doc, Sentence, Token } from '../doc.ts';
import type { ActorDictionary } from '../recognize/actors/dictionary.ts';
import { normalizeKey } from '../normalize/index.ts';
import type { ActorGroup } from './clause.ts';

/** Places in the sentence as target-only groups (their country, no sector). */
export function placeGroups(doc: Doc, s: Sentence): ActorGroup[] {
  const tokens = doc.tokens ?? [];
  const out: ActorGroup[] = [];
  for (const p of doc.places ?? []) {
    if (p.start < s.start || p.end > s.end) continue;
    let start = -1;
    let end = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (tokens[k]!.start >= p.start && tokens[k]!.end <= p.end) {
        if (start < 0) start = k;
        end = k + 1;
      }
    }
    if (start < 0) continue;
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

/** Date expressions inside the sentence, and the commas that set them off, do not break a clause. */
export function transparentTokens(doc: Doc, s: Sentence): Set<number> {
  const out = new Set<number>();
  const tokens = doc.tokens ?? [];
  for (const d of doc.dates ?? []) {
    if (d.start < s.start || d.end > s.end) continue;
    let first = -1;
    let last = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (t.start >= d.start && t.end <= d.end) {
        out.add(k);
        if (first < 0) first = k;
        last = k;
      }
    }
    if (first < 0) continue;
    if (tokens[first - 1]?.punct) out.add(first - 1);
    if (tokens[last + 1]?.punct) out.add(last + 1);
  }
  return out;
}


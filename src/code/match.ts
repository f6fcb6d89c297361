// Trigger matching: look each token's forms up in the pattern index, then check the pattern's
// following words; the longest pattern at a head wins and its words cannot start another trigger.
import type { Lang, Sentence, Token } from '../doc.ts';
import type { IndexHit, VerbDictionary, VerbPattern } from './dictionary.ts';
import type { Cues } from './cues.ts';

export interface Trigger {
  pattern: VerbPattern;
  /** Whether the head reads as a verb or as a (verbal) noun here. */
  kind: 'verb' | 'noun';
  /** The head's form was an Arabic imperfect or English present (for قد-modality). */
  imperfect: boolean;
  head: number;
  /** One past the last matched token. */
  end: number;
  tokens: number[];
}

const EN_NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'new', 'any', 'of', 'for', 'after', 'following', 'military', 'further', 'more', 'such', 'our', 'my']);
const EN_NOUN_AFTER = new Set(['of', 'on', 'against', 'to', 'by', 'between', 'with']);

/** Lookup keys of a token: its normalized forms (Arabic) or lowercase form (English). */
export function tokenKeys(t: Token): readonly string[] {
  return t.forms.length ? t.forms : [t.norm];
}

/**
 * Find pattern triggers in one sentence.
 * @example matchTriggers(doc.tokens, sentence, dict, 'ar', cues)[0]?.pattern.cameo
 */
export function matchTriggers(tokens: readonly Token[], s: Sentence, dict: VerbDictionary, lang: Lang, cues: Cues): Trigger[] {
  const index = dict.index[lang];
  const consumed = new Set<number>();
  const out: Trigger[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.punct || consumed.has(i)) continue;
    const byPattern = new Map<string, { pattern: VerbPattern; kinds: Set<string> }>();
    for (const key of tokenKeys(t)) {
      for (const hit of index.get(key) ?? ([] as IndexHit[])) {
        const rec = byPattern.get(hit.pattern.id) ?? { pattern: hit.pattern, kinds: new Set<string>() };
        rec.kinds.add(hit.kind);
        byPattern.set(hit.pattern.id, rec);
      }
    }
    let best: Trigger | undefined;
    let bestLen = -1;
    for (const { pattern, kinds } of byPattern.values()) {
      const matched = matchThen(tokens, i, s.tokenEnd, pattern, consumed);
      if (!matched) continue;
      if (matched.length > bestLen) {
        bestLen = matched.length;
        const kind = resolveKind(tokens, i, kinds, lang, cues);
        best = { pattern, kind, imperfect: kinds.has('imperfect') && !kinds.has('perfect'), head: i, end: (matched.at(-1) ?? i) + 1, tokens: [i, ...matched] };
      }
    }
    if (best) {
      out.push(best);
      for (const k of best.tokens) consumed.add(k);
    }
  }
  return out;
}

function matchThen(tokens: readonly Token[], head: number, end: number, p: VerbPattern, consumed: Set<number>): number[] | null {
  const matched: number[] = [];
  let pos = head + 1;
  for (const alts of p.then) {
    let skipped = 0;
    let found = -1;
    for (let j = pos; j < end && skipped <= p.gap; j++) {
      const t = tokens[j]!;
      if (t.norm === '.') break;
      if (!consumed.has(j) && tokenKeys(t).some((k) => alts.has(k))) {
        found = j;
        break;
      }
      if (!t.punct) skipped++;
    }
    if (found < 0) return null;
    matched.push(found);
    pos = found + 1;
  }
  return matched;
}

function resolveKind(tokens: readonly Token[], i: number, kinds: Set<string>, lang: Lang, cues: Cues): 'verb' | 'noun' {
  const verbal = kinds.has('perfect') || kinds.has('imperfect') || kinds.has('literal');
  if (!kinds.has('noun')) return verbal ? 'verb' : 'noun';
  if (!verbal) return 'noun';
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (lang === 'ar') {
    const pro = t.proclitics ?? [];
    if (pro.includes('ال') || pro.includes('ب') || pro.includes('ك')) return 'noun';
    if (pro.includes('ل') && !t.norm.startsWith('لي')) return 'noun';
    if (prev && !prev.punct && (cues.lightVerbs.has(prev.norm) || cues.prepositions.has(prev.norm))) return 'noun';
    return 'verb';
  }
  const next = tokens[i + 1];
  if (prev && (EN_NOUN_BEFORE.has(prev.norm) || prev.norm.endsWith("'s"))) return 'noun';
  if (next && EN_NOUN_AFTER.has(next.norm) && !/(ed|s)$/.test(t.norm)) return 'noun';
  return 'verb';
}

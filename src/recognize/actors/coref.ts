// Coreference within an article: bare heads and titles take the country in context, dyad words
// take the two most prominent states, weak names need support elsewhere in the article.
import type { Sentence, Token } from '../../doc.ts';
import type { ActorDictionary } from './dictionary.ts';
import type { Candidate } from './compose.ts';

const stateCodeCache = new WeakMap<ActorDictionary, Set<string>>();

/** Codes that name states (not organizations), from the dictionary's state entries. */
export function stateCodes(dict: ActorDictionary): Set<string> {
  let set = stateCodeCache.get(dict);
  if (!set) {
    set = new Set([...dict.entries.values()].filter((e) => e.kind === 'state').map((e) => e.code));
    stateCodeCache.set(dict, set);
  }
  return set;
}

/**
 * Fill codes left open, expand dyads into one candidate per state, drop unsupported weak names.
 * @example resolveCandidates(cands, doc.tokens, dict, doc.sentences)
 */
export function resolveCandidates(cands: Candidate[], tokens: Token[], dict: ActorDictionary, sentences: Sentence[]): Candidate[] {
  const states = stateCodes(dict);
  const sentenceOf = (c: Candidate) => tokens[c.start]!.sentence;
  const support = strongCodes(cands);
  const kept = cands.filter((c) => !c.weak || (c.code != null && support.has(c.code)));
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.kind === 'dyad') continue;
    if (c.code == null) {
      const code = resolveOpen(c, out, kept, states, sentenceOf, dict);
      if (!code) continue;
      c.code = code;
    }
    out.push(c);
  }
  const located = [...out, ...kept.filter((c) => c.silent && c.code)];
  for (const d of kept.filter((c) => c.kind === 'dyad')) {
    const end = sentences[sentenceOf(d)]?.tokenEnd ?? d.end;
    const pair = coordinatedPair(located, tokens, states, d.start) ?? prominentPair(located, states, end);
    for (const code of pair) out.push({ ...d, code });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Codes with at least one non-weak mention, or a weak form repeated. */
function strongCodes(cands: Candidate[]): Set<string> {
  const set = new Set<string>();
  const weakCount = new Map<string, number>();
  for (const c of cands) {
    if (!c.code) continue;
    if (!c.weak) set.add(c.code);
    else weakCount.set(c.code, (weakCount.get(c.code) ?? 0) + 1);
  }
  for (const [code, n] of weakCount) if (n >= 3) set.add(code);
  return set;
}

function resolveOpen(
  c: Candidate, done: Candidate[], all: Candidate[], states: Set<string>,
  sentenceOf: (c: Candidate) => number, dict: ActorDictionary,
): string | undefined {
  if (c.head) {
    const head = c.entry.startsWith('head:') ? dict.heads.get(c.head) : undefined;
    if (head?.fallback) return head.fallback;
    for (let i = done.length - 1; i >= 0; i--) if (done[i]!.head === c.head && done[i]!.code) return done[i]!.code!;
    // A bare title ("the ambassador") only refers back to the same title, never to the country in context.
    if (c.head.startsWith('title:')) return undefined;
  }
  return focus(c, done, all, states, sentenceOf);
}

const STATE_SECTORS = new Set([null, 'GOV', 'MIL', 'COP', 'JUD', 'LEG']);

/** Mentions that say which country a sentence is about: states, places, officials and state bodies. */
function anchors(o: Candidate, states: Set<string>): boolean {
  if (!o.code || !states.has(o.code) || o.silent) return false;
  return ['state', 'capital', 'place', 'title', 'person'].includes(o.kind) || STATE_SECTORS.has(o.sector);
}

/**
 * The country in context: a place just after ("في مدينة X"), else the first anchor earlier in the
 * sentence (its topic), else the nearest anchor in earlier sentences.
 */
function focus(
  c: Candidate, done: Candidate[], all: Candidate[], states: Set<string>, sentenceOf: (c: Candidate) => number,
): string | undefined {
  const s = sentenceOf(c);
  const ahead = all.find((o) => o.kind === 'place' && o.start >= c.end && o.start <= c.end + 6 && sentenceOf(o) === s);
  if (ahead?.code) return ahead.code;
  const before = done.filter((o) => o.start < c.start && anchors(o, states));
  const same = before.find((o) => sentenceOf(o) === s);
  return (same ?? before.at(-1))?.code ?? undefined;
}

const JOINERS = new Set(['و', 'مع', 'بين', 'and', 'with', '–', '-', '—', ',', '/']);

/** The last two states named side by side before token `at` ("روسيا وأذربيجان", "India and Pakistan"). */
function coordinatedPair(cands: Candidate[], tokens: Token[], states: Set<string>, at: number): string[] | undefined {
  const before = cands.filter((c) => c.code && states.has(c.code) && c.end <= at && c.kind !== 'dyad').sort((a, b) => a.start - b.start);
  for (let i = before.length - 1; i > 0; i--) {
    const a = before[i - 1]!;
    const b = before[i]!;
    if (a.code === b.code || tokens[a.start]!.sentence !== tokens[b.start]!.sentence) continue;
    if (tokens[at - 1] && tokens[b.start]!.sentence < tokens[at - 1]!.sentence - 3) break;
    const gap = tokens.slice(a.end, b.start);
    const joined = gap.length === 0
      ? /^[وف]/.test(tokens[b.start]!.norm) || /[–-]/.test(tokens[a.end - 1]!.text)
      : gap.length <= 2 && gap.every((t) => JOINERS.has(t.norm) || t.norm === 'كل' || t.norm === 'من');
    if (joined) return [a.code!, b.code!];
  }
  return undefined;
}

/** The two states most mentioned up to token `end` (ties: the earlier first); the whole article if fewer. */
function prominentPair(cands: Candidate[], states: Set<string>, end: number): string[] {
  const rank = (upto: number) => {
    const count = new Map<string, { n: number; first: number }>();
    for (const c of cands) {
      if (!c.code || !states.has(c.code) || c.start >= upto) continue;
      const cur = count.get(c.code) ?? { n: 0, first: c.start };
      cur.n++;
      count.set(c.code, cur);
    }
    return [...count].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([code]) => code);
  };
  const near = rank(end);
  return (near.length >= 2 ? near : rank(Infinity)).slice(0, 2);
}

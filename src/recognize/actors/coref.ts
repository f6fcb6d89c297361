// Coreference within an article: bare heads and titles take the country in context, dyad words
// take the two most prominent states, weak names need support elsewhere in the article.
import type { Sentence, Token } from '../../doc.ts';
import type { ActorDictionary } from './dictionary.ts';
import type { Candidate } from './compose.ts';
import { firstIndex } from '../../sorted.ts';

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
  const out = resolvedSoFar(kept, states, sentenceOf);
  for (const c of kept) {
    if (c.kind === 'dyad') continue;
    if (c.code == null) {
      const code = resolveOpen(c, out, states, sentenceOf, dict, tokens);
      if (!code) continue;
      c.code = code;
    }
    out.add(c);
  }
  const located = [...out.done, ...kept.filter((c) => c.silent && c.code)];
  const pairs = statesInOrder(located, states);
  const resolved = [...out.done];
  // With no pair named together nearby, a dyad word refers to the same two as the dyad before it
  // ("Both governments … The two countries …"), not to a host counted among the most mentioned.
  let last: string[] | undefined;
  for (const d of kept.filter((c) => c.kind === 'dyad')) {
    const end = sentences[sentenceOf(d)]?.tokenEnd ?? d.end;
    const pair = coordinatedPair(pairs, tokens, d.start) ?? last ?? prominentPair(located, states, end);
    if (pair.length === 2) last = pair;
    for (const code of pair) resolved.push({ ...d, code });
  }
  return resolved.sort((a, b) => a.start - b.start);
}

/**
 * The candidates resolved so far, indexed for the look-ups coreference makes for each open one. Candidates come
 * sentence by sentence, so every look-up reads the candidate's own sentence, or the few before it, or a map:
 * none scans the article, which would make recognition grow with the square of its length.
 */
interface SoFar {
  done: Candidate[];
  /** The last resolved candidate of each head ("الوزارة" → the last ministry). */
  lastOfHead: Map<string, Candidate>;
  /** Resolved anchors (see `anchors`) per sentence, and each anchor's sentence in the order resolved. */
  anchorsIn: Map<number, Candidate[]>;
  anchorSentences: number[];
  /** Every place candidate of the article per sentence, in article order (resolved or not). */
  placesIn: Map<number, Candidate[]>;
  add(c: Candidate): void;
}

function resolvedSoFar(kept: Candidate[], states: Set<string>, sentenceOf: (c: Candidate) => number): SoFar {
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const placesIn = new Map<number, Candidate[]>();
  for (const o of kept) if (o.kind === 'place') push(placesIn, sentenceOf(o), o);
  const soFar: SoFar = {
    done: [],
    lastOfHead: new Map(),
    anchorsIn: new Map(),
    anchorSentences: [],
    placesIn,
    add(c) {
      soFar.done.push(c);
      if (c.head && c.code) soFar.lastOfHead.set(c.head, c);
      if (!anchors(c, states)) return;
      push(soFar.anchorsIn, sentenceOf(c), c);
      soFar.anchorSentences.push(sentenceOf(c));
    },
  };
  return soFar;
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
  c: Candidate, soFar: SoFar, states: Set<string>, sentenceOf: (c: Candidate) => number, dict: ActorDictionary, tokens: Token[],
): string | undefined {
  // "وزير الدفاع ياسين إبراهيم": a named holder of a title takes the country in context.
  if (c.kind === 'person' && c.learned) {
    if (c.follows) return c.follows.code ?? undefined;
    // "المتحدث باسم الوزارة أيخان حاجي زاده": the holder belongs to the last body of that kind.
    const body = c.head && !c.head.startsWith('title:') ? soFar.lastOfHead.get(c.head) : undefined;
    return body?.code ?? focus(c, soFar, states, sentenceOf, tokens);
  }
  if (c.head) {
    const head = c.entry.startsWith('head:') ? dict.heads.get(c.head) : undefined;
    // "the group", "the militants", "المعارضة": the nearest armed or opposition actor before, of any country.
    if (head && NONSTATE.has(head.sector ?? '')) {
      const ante = lastNearby(soFar.done, sentenceOf(c) - 3, sentenceOf, (o) => !!o.code && o.code !== 'UNK' && o.sector === head.sector && o.start < c.start);
      if (ante && !head.fallback) return ante.code!;
      if (head.id === 'group') return undefined;
    }
    if (head?.fallback) return head.fallback;
    // "diplomats from seven Latin American countries": an origin the dictionary cannot name is no context.
    if (tokens[c.end]?.norm === 'from' && !c.head.startsWith('title:')) return undefined;
    // "soldiers detained the president in Niamey": where the sentence places them beats an earlier same noun.
    const ahead = soFar.placesIn.get(sentenceOf(c))?.find((o) => o.code && o.start >= c.end && o.start <= c.end + 6 && !destination(o, tokens));
    if (ahead && !c.head.startsWith('title:')) return ahead.code!;
    const same = soFar.lastOfHead.get(c.head);
    if (same) return same.code!;
    // A bare title ("the ambassador") only refers back to the same title, never to the country in context.
    if (c.head.startsWith('title:')) return undefined;
  }
  return focus(c, soFar, states, sentenceOf, tokens);
}

/** The last of `done` that passes `test`, looking back no further than sentence `from`. */
function lastNearby(done: Candidate[], from: number, sentenceOf: (c: Candidate) => number, test: (o: Candidate) => boolean): Candidate | undefined {
  for (let i = done.length - 1; i >= 0 && sentenceOf(done[i]!) >= from; i--) if (test(done[i]!)) return done[i];
  return undefined;
}

const NONSTATE = new Set(['REB', 'OPP']);
const STATE_SECTORS = new Set([null, 'GOV', 'MIL', 'COP', 'JUD', 'LEG']);

/** Mentions that say which country a sentence is about: states, places, officials and state bodies. */
function anchors(o: Candidate, states: Set<string>): boolean {
  if (!o.code || !states.has(o.code) || o.silent) return false;
  // A foreign writer or businessman ("الكاتب الفرنسي X") does not move the story to his country.
  if ((o.kind === 'person' || o.kind === 'title') && !STATE_SECTORS.has(o.sector) && o.sector !== 'ELI') return false;
  return ['state', 'capital', 'place', 'title', 'person'].includes(o.kind) || STATE_SECTORS.has(o.sector);
}

/**
 * The country in context: a place just after ("في مدينة X"), else the first anchor earlier in the
 * sentence (its topic), else the nearest anchor in earlier sentences.
 */
function focus(c: Candidate, soFar: SoFar, states: Set<string>, sentenceOf: (c: Candidate) => number, tokens: Token[]): string | undefined {
  const s = sentenceOf(c);
  const places = soFar.placesIn.get(s) ?? [];
  const ahead = places.find((o) => o.start >= c.end && o.start <= c.end + 6 && !destination(o, tokens));
  if (ahead?.code) return ahead.code;
  // "X arrived in Port-au-Prince with 400 officers": in one clause, the traveller beats the place he went to;
  // after a comma ("… arrived in Niamey, and the junta …") the place is the topic.
  const here = (soFar.anchorsIn.get(s) ?? []).filter((o) => o.start < c.start);
  const actor = here.filter((o) => o.kind !== 'place').at(-1);
  const oneClause = actor && !tokens.slice(actor.end, c.start).some((t) => t.punct);
  const same = here.at(-1)?.kind === 'place' && oneClause ? actor : here.at(-1);
  if (same) return same.code ?? undefined;
  // "اعتقلت الشرطة عشرة أشخاص في ليما": where the sentence says it happens beats an earlier sentence's country.
  // Only in the same clause: close by, with no quotation or dash between.
  const later = places.find((o) => o.code && states.has(o.code) && o.start >= c.end && o.start <= c.end + 10 && !destination(o, tokens));
  if (later && !tokens.slice(c.end, later.start).some((t) => /^["“”«»:\-–—]$/.test(t.text))) return later.code!;
  // Otherwise the topic (first anchor) of the last earlier sentence that has one.
  const last = lastBelow(soFar.anchorSentences, s);
  return last === undefined ? undefined : (soFar.anchorsIn.get(last)![0]!.code ?? undefined);
}

/** The last entry below `n`, searched from the end (entries rise, so only the current sentence's are stepped over). */
function lastBelow(values: readonly number[], n: number): number | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i]! < n) return values[i];
  return undefined;
}

/** English "sent officers to Quito": a place someone goes to is not where the actor belongs. */
function destination(place: Candidate, tokens: Token[]): boolean {
  return ['to', 'into', 'towards', 'toward'].includes(tokens[place.start - 1]?.norm ?? '');
}

const JOINERS = new Set(['و', 'مع', 'بين', 'and', 'with', '–', '-', '—', ',', '/']);

/** Candidates naming a state (dyads aside), sorted by position: what `coordinatedPair` reads for every dyad word. */
function statesInOrder(located: Candidate[], states: Set<string>): Candidate[] {
  return located.filter((c) => c.code && states.has(c.code) && c.kind !== 'dyad').sort((a, b) => a.start - b.start);
}

/**
 * The last two states named side by side before token `at` ("روسيا وأذربيجان", "India and Pakistan").
 * A list of three or more is no pair, nor a pair only one of whose members the dyad's own sentence
 * names apart ("بغداد … استضافت المحادثات بين الجانبين": Baghdad is the host, not a side).
 * Only pairs of the last four sentences count, so only the states of the last five are read (`near`).
 */
function coordinatedPair(stateCands: Candidate[], tokens: Token[], at: number): string[] | undefined {
  const limit = tokens[at - 1] ? tokens[at - 1]!.sentence - 3 : -Infinity;
  const before = near(stateCands, tokens, limit - 1, at).filter((c) => c.end <= at);
  const joined = (a: Candidate, b: Candidate) => {
    if (tokens[a.start]!.sentence !== tokens[b.start]!.sentence) return false;
    const gap = tokens.slice(a.end, b.start);
    return gap.length === 0
      ? /^[وف]/.test(tokens[b.start]!.norm) || /[–-]/.test(tokens[a.end - 1]!.text)
      : gap.length <= 2 && gap.every((t) => JOINERS.has(t.norm) || t.norm === 'كل' || t.norm === 'من');
  };
  const here = tokens[at]?.sentence ?? tokens[at - 1]?.sentence ?? 0;
  const namedHere = new Set(before.filter((c) => tokens[c.start]!.sentence === here).map((c) => c.code));
  for (let i = before.length - 1; i > 0; i--) {
    const a = before[i - 1]!;
    const b = before[i]!;
    if (tokens[a.start]!.sentence !== tokens[b.start]!.sentence) continue;
    if (tokens[b.start]!.sentence < limit) break;
    if (a.code === b.code || !joined(a, b)) continue;
    const chain = (i > 1 && joined(before[i - 2]!, a) && before[i - 2]!.code !== a.code) || (i + 1 < before.length && joined(b, before[i + 1]!));
    if (chain) continue;
    const sentence = tokens[a.start]!.sentence;
    if (sentence !== here && namedHere.has(a.code) !== namedHere.has(b.code)) continue;
    return [a.code!, b.code!];
  }
  return undefined;
}

/**
 * The candidates (sorted by position) from sentence `from` up to token `at`, found by binary search. A pair
 * whose first member lies before `from` is in an older sentence than its second, and so never joined.
 */
function near(sorted: Candidate[], tokens: Token[], from: number, at: number): Candidate[] {
  return sorted.slice(firstIndex(sorted, (c) => tokens[c.start]!.sentence >= from), firstIndex(sorted, (c) => c.start > at));
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

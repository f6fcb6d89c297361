// Actor recognition over a document: dictionary hits per sentence → phrase candidates → coreference → mentions.
import type { ActorMention, Doc, PlaceMention, Token } from '../../doc.ts';
import type { ActorDictionary, Pattern } from './dictionary.ts';
import { findHits, keysOf, matchesAt, type Hit } from './matcher.ts';
import { headPhrase, premodified, titlePhrase, type Candidate, type ComposeContext } from './compose.ts';
import { isDefinite, isPossessive } from './keys.ts';
import { standingAt } from './roles.ts';
import { resolveCandidates } from './coref.ts';
import { amongPlaces, attacked, capitalPhrase, dateline, facility, locative } from './locations.ts';
import { includeArticle, surfaceSpan } from './spans.ts';
import { learn, learnSurname } from './learn.ts';
import { listedMembers } from './members.ts';

const DUAL_ADJECTIVE = /^ال.+(تين|تان|يين|ين|ان)$/;

/**
 * Actor and place mentions of a segmented document.
 * @example const { actors, places } = recognizeActors(doc, dict);
 */
export function recognizeActors(doc: Doc, dict: ActorDictionary): { actors: ActorMention[]; places: PlaceMention[] } {
  const tokens = doc.tokens ?? [];
  const lang = doc.article.lang;
  const keys = keysOf(tokens, lang);
  const learned = new Map<string, Pattern[]>();
  const date = doc.article.published ?? new Date().toISOString().slice(0, 10);
  const candidates: Candidate[] = [];
  const firstKey = new Map<Candidate, string>();
  for (const s of doc.sentences ?? []) {
    const hits = findHits(tokens, keys, s.tokenStart, s.tokenEnd, [dict.index[lang], learned]);
    const ctx: ComposeContext = { tokens, lang, dict, words: dict.words[lang], date, hitAt: new Map(hits.map((h) => [h.start, h])) };
    let until = s.tokenStart;
    // Candidates of earlier sentences lie before this one: look-ups within the sentence start here.
    const sentenceFirst = candidates.length;
    for (const h of hits) {
      if (h.start < until) continue;
      const c = candidateAt(ctx, h, s.tokenEnd) ?? alternativeAt(ctx, h, s.tokenEnd, tokens, keys, [dict.index[lang], learned]);
      if (!c) continue;
      if (lang === 'en') includeArticle(ctx, c, h);
      // "the army chief called his Indian counterpart": a counterpart holds the same kind of post.
      if (c.head === 'title:counterpart') c.sector = candidates.slice(sentenceFirst).findLast((o) => o.start >= s.tokenStart && o.sector && o.kind !== 'place')?.sector ?? c.sector;
      firstKey.set(c, c.start === h.start ? h.key : '');
      candidates.push(c);
      if (c.also) candidates.push(c.also);
      if (c.learned) learn(learned, tokens, c, lang);
      if (c.also?.learned) learn(learned, tokens, c.also, lang);
      for (const n of hits) if (n.start >= c.start && n.end <= c.end) learnSurname(learned, dict, tokens, n, lang);
      const before = appositiveBefore(ctx, c, h, until);
      if (before) candidates.push(before);
      until = c.end;
      const listed = listedMembers(ctx, c, s.tokenEnd);
      listed.members.forEach((m, k) => {
        firstKey.set(m, listed.keys[k]!);
        candidates.push(m);
        learn(learned, tokens, m, lang);
        until = m.end;
      });
    }
  }
  unquoteRepeated(candidates, tokens);
  const resolved = resolveCandidates(candidates, tokens, dict, doc.sentences ?? []);
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  for (const c of resolved) {
    const { start, end, article } = surfaceSpan(tokens, c, firstKey.get(c) ?? '');
    const text = article ? `ال${doc.text.slice(start, end)}` : doc.text.slice(start, end);
    if (c.kind === 'place') places.push({ start, end, text, country: c.code!, entry: c.entry });
    else if (!c.silent) {
      actors.push({ start, end, text, code: c.code!, sector: c.sector, kind: c.kind, entry: c.entry, tokenStart: c.start, tokenEnd: c.end });
    }
  }
  return { actors: actors.sort((a, b) => a.start - b.start || a.end - b.end), places };
}

/** "activists" with no name after: a descriptor title that fails gives way to a head of the same length. */
function alternativeAt(ctx: ComposeContext, h: Hit, end: number, tokens: Token[], keys: Set<string>[], indexes: Map<string, Pattern[]>[]): Candidate | undefined {
  if (h.item.type !== 'title') return undefined;
  for (const alt of matchesAt(tokens, keys, h.start, end, indexes)) {
    if (alt.end !== h.end || alt.item.type !== 'head') continue;
    const c = candidateAt(ctx, alt, end);
    if (c) return c;
  }
  return undefined;
}

function candidateAt(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  const item = h.item;
  switch (item.type) {
    case 'title': {
      const c = titlePhrase(ctx, h, end);
      return c && !c.code && c.end === h.end && !bareAllowed(ctx, h) ? undefined : c;
    }
    case 'head': {
      // "protesters outside parliament": a building named by its body is where something happens.
      if (ctx.lang === 'en' && ['outside', 'inside', 'near'].includes(ctx.tokens[h.start - 1]?.norm ?? '')) return undefined;
      const c = headPhrase(ctx, h, end);
      if (!c || c.code) return c;
      // "محكمة في مدينة الحمامات": a head run on to its seat is named enough to take the country in context.
      if (item.head.bare && c.end - h.end >= 2 && item.head.sector === 'JUD') return c;
      // "military officials": an English noun for people right after another phrase is part of it.
      const compound = ctx.lang === 'en' && [...ctx.hitAt.values()].some((x) => x.end === h.start);
      // "مسؤولون أمنيون": a noun for people with an adjective in its span is named enough even when not bare.
      if (item.head.people && ctx.lang === 'ar' && c.end > h.end) return c;
      return item.head.bare && ((item.head.people && !compound) || bareAllowed(ctx, h)) ? c : undefined;
    }
    case 'dyad': {
      // "the two ministers", "الزعيمين": a dyad of office holders speaks for the two governments.
      const officials = /(minister|leader|president|وزير|زعيم)/.test(ctx.tokens.slice(h.start, h.end).map((t) => t.norm).join(' '));
      const c: Candidate = { start: h.start, end: h.end, code: null, sector: officials ? 'GOV' : null, kind: 'dyad', entry: 'dyad' };
      if (ctx.lang === 'ar' && h.end < end && DUAL_ADJECTIVE.test(ctx.tokens[h.end]!.norm) && !ctx.hitAt.has(h.end)) c.end++;
      return c;
    }
    case 'demonym': {
      const pre = capitalPhrase(ctx, h, end) ?? premodified(ctx, h, end) ?? sharedHead(ctx, h, end);
      if (pre) return pre;
      const n = standingAt(item.entry, ctx.date);
      if (item.number === 'pl') return { start: h.start, end: h.end, code: n.code, sector: 'CVL', kind: 'demonym', entry: item.entry.id, weak: h.weak };
      return { start: h.start, end: h.end, code: n.code, sector: null, kind: 'demonym', entry: item.entry.id, silent: true, weak: h.weak };
    }
    case 'name':
      return capitalPhrase(ctx, h, end) ?? premodified(ctx, h, end) ?? nameMention(ctx, h, end);
  }
}

/** English "Thai and Cambodian troops": the first of two coordinated adjectives shares the second's head. */
function sharedHead(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  if (ctx.lang !== 'en' || !['and', 'or'].includes(ctx.tokens[h.end]?.norm ?? '')) return undefined;
  const other = ctx.hitAt.get(h.end + 1);
  if (other?.item.type !== 'demonym' || other.item.entry.code === (h.item.type === 'demonym' ? h.item.entry.code : '')) return undefined;
  const body = premodified(ctx, other, end);
  if (!body?.head || body.kind !== 'org' || h.item.type !== 'demonym') return undefined;
  const n = standingAt(h.item.entry, ctx.date);
  return { start: h.start, end: h.end, code: n.code, sector: body.sector, kind: 'org', entry: body.entry, head: body.head };
}

/** Arabic bare heads must be definite or several words; English ones follow "the" (or are plural). */
function bareAllowed(ctx: ComposeContext, h: Hit): boolean {
  const first = ctx.tokens[h.start]!;
  if (ctx.lang === 'ar') return isDefinite(first) || h.end - h.start > 1;
  const prev = ctx.tokens[h.start - 1];
  return prev?.norm === 'the' || first.norm === 'the' || /s$/.test(ctx.tokens[h.end - 1]!.norm) && /^\p{Lu}/u.test(first.text) === false && h.end - h.start > 1;
}

function nameMention(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  if (h.item.type !== 'name') return undefined;
  const entry = h.item.entry;
  const s = standingAt(entry, ctx.date);
  const base: Candidate = { start: h.start, end: h.end, code: s.code, sector: s.sector, kind: entry.kind, entry: entry.id, weak: h.weak };
  if (entry.kind === 'place') return base;
  if (insideLongerName(ctx, h)) return undefined;
  const body = coordinatedBody(ctx, h, end);
  if (body) return body;
  const next = ctx.hitAt.get(h.end);
  // "الاحتلال الروسي": a name followed by another country's adjective is that country's, not a mention.
  if (next?.item.type === 'demonym' && next.item.entry.code !== entry.code && entry.kind !== 'person') return undefined;
  // "جهاز الأمن الفيدرالي الروسي": a body's own country adjective stays in its span.
  if (ctx.lang === 'ar' && next?.item.type === 'demonym' && next.item.number !== 'pl' && ['org', 'group'].includes(entry.kind) && next.end <= end) {
    return { ...base, end: next.end };
  }
  if (entry.kind === 'state' && locative(ctx, h, ctx.words.stateLocatives)) return { ...base, kind: 'place' };
  if (entry.kind === 'capital' && (locative(ctx, h, ctx.words.capitalLocatives) || attacked(ctx, h) || dateline(ctx, h) || amongPlaces(ctx, h) || facility(ctx, h))) {
    return { ...base, kind: 'place', sector: null };
  }
  if (ctx.lang === 'en' && entry.kind === 'state' && adjectival(ctx, h)) return { ...base, silent: true };
  // "a Houthi missile": a group's name used as an adjective is not a mention.
  if (ctx.lang === 'en' && entry.kind === 'group' && h.end - h.start === 1 && groupAdjective(ctx, h)) return { ...base, silent: true };
  if (entry.kind === 'org' || entry.kind === 'group') {
    // A quoted bare name keeps its quotes ("شيفرون").
    const open = ctx.tokens[h.start - 1];
    const close = ctx.tokens[h.end];
    if (open && close && /^["“«]$/.test(open.text) && /^["”»]$/.test(close.text) && h.end < end) {
      return { ...base, start: h.start - 1, end: h.end + 1 };
    }
  }
  return base;
}

/** English: a known name preceded by a capitalized unknown word is part of a longer name ("Therese … Wagner"). */
function insideLongerName(ctx: ComposeContext, h: Hit): boolean {
  if (ctx.lang !== 'en' || h.item.type !== 'name' || h.item.entry.kind === 'person') return false;
  const prev = ctx.tokens[h.start - 1];
  const first = ctx.tokens[h.start]!;
  if (!prev || prev.punct || prev.sentence !== first.sentence || ctx.tokens[h.start - 2]?.sentence !== first.sentence) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(prev.text) || isPossessive(prev) || covered(ctx, h.start - 1)) return false;
  return !FUNCTION_WORDS.has(prev.norm) && !ctx.words.stops.has(prev.norm) && !ctx.words.modifiers.has(prev.norm);
}

/** True when token `i` lies inside a dictionary hit. */
function covered(ctx: ComposeContext, i: number): boolean {
  for (let k = i; k >= Math.max(0, i - 6); k--) {
    const hit = ctx.hitAt.get(k);
    if (hit && hit.end > i) return true;
  }
  return false;
}

/**
 * Arabic: an organization's name continued by و-words and a country adjective names that country's body
 * ("مجلس الأمن والدفاع السوداني" is Sudan's council, not the UN Security Council).
 */
function coordinatedBody(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  if (ctx.lang !== 'ar' || h.item.type !== 'name' || !['igo', 'org'].includes(h.item.entry.kind)) return undefined;
  let p = h.end;
  if (p >= end || !/^و/.test(ctx.tokens[p]!.norm) || ctx.hitAt.has(p)) return undefined;
  while (p < end && p - h.end < 2 && !ctx.hitAt.has(p) && !ctx.tokens[p]!.punct && !ctx.words.stops.has(ctx.tokens[p]!.norm)) p++;
  const dem = ctx.hitAt.get(p);
  if (p === h.end || dem?.item.type !== 'demonym' || dem.item.entry.code === h.item.entry.code) return undefined;
  const n = standingAt(dem.item.entry, ctx.date);
  return { start: h.start, end: dem.end, code: n.code, sector: 'GOV', kind: 'org', entry: 'head:council', head: 'council' };
}

/** A group name before a lower-case noun that is no verb ("a Houthi missile", not "Houthis said"). */
function groupAdjective(ctx: ComposeContext, h: Hit): boolean {
  const next = ctx.tokens[h.end];
  if (!next || next.punct || isPossessive(ctx.tokens[h.end - 1]!) || ctx.hitAt.has(h.end)) return false;
  return /^[a-z]/.test(next.text) && !FUNCTION_WORDS.has(next.norm) && !/(ed|s)$/.test(next.norm);
}

const FUNCTION_WORDS = new Set(['to', 'and', 'or', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'said', 'says', 'in', 'on', 'for', 'of', 'with', 'from', 'by', 'as', 'at', 'but', 'that', 'which', 'who', 'also', 'did', 'does', 'could', 'should', 'may', 'might', 'must', 'can', 'warned', 'warns', 'urged', 'urges', 'called', 'calls', 'told', 'tells', 'both', 'itself', 'alone', 'then', 'now', 'still']);

/** "U.S. aid", "US arms sale": an acronym before a common noun is an adjective, not a mention. */
function adjectival(ctx: ComposeContext, h: Hit): boolean {
  const first = ctx.tokens[h.start]!;
  const next = ctx.tokens[h.end];
  if (!next || next.punct || !/^[A-Z.]+$/.test(first.text) || /['’]/.test(ctx.tokens[h.end - 1]!.text)) return false;
  return /^[a-z]/.test(next.text) && !FUNCTION_WORDS.has(next.norm) && !/ed$/.test(next.norm);
}

/**
 * "Daniel Garcia-Pena, Ambassador of Colombia …", "Shahin Shykhlinskiy, the head of an Azerbaijani
 * community organisation", "شاهين شيخلينسكي، زعيم الجالية الأذربيجانية": an unknown name before a comma
 * and a coded title phrase names its holder, who takes the phrase's code and sector.
 */
function appositiveBefore(ctx: ComposeContext, c: Candidate, h: Hit, until: number): Candidate | undefined {
  if (h.item.type !== 'title' || !c.code) return undefined;
  let comma = c.start - 1;
  if (ctx.lang === 'en' && ['the', 'a', 'an'].includes(ctx.tokens[comma]?.norm ?? '')) comma--;
  if (comma <= until || ctx.tokens[comma]?.norm !== ',') return undefined;
  let p = comma;
  if (ctx.lang === 'en') {
    while (p - 1 >= until && p - 1 >= comma - 3 && /^\p{Lu}/u.test(ctx.tokens[p - 1]!.text) && !ctx.tokens[p - 1]!.punct) p--;
  } else {
    // Arabic: exactly a first and a last name, plain words that are no dictionary phrase or particle.
    const plain = (i: number) => {
      const t = ctx.tokens[i];
      return !!t && i >= until && !t.punct && !ctx.hitAt.has(i) && !ctx.words.stops.has(t.norm) && /^[\u0621-\u064A]+$/.test(t.text);
    };
    if (plain(comma - 1) && plain(comma - 2) && !isDefinite(ctx.tokens[comma - 2]!) && !/^[وف]/.test(ctx.tokens[comma - 2]!.norm)) p = comma - 2;
  }
  if (comma - p < 2) return undefined;
  return { start: p, end: comma, code: c.code, sector: c.sector ?? 'GOV', kind: 'person', entry: c.entry, learned: { start: p, end: comma } };
}

/** A quoted name keeps its quotes only when the article never writes it without them. */
function unquoteRepeated(cands: Candidate[], tokens: Token[]): void {
  const quoted = (c: Candidate) => tokens[c.start]!.punct && tokens[c.end - 1]!.punct;
  const bare = new Set(cands.filter((c) => !quoted(c)).map((c) => c.entry));
  for (const c of cands) {
    if (quoted(c) && bare.has(c.entry) && c.end - c.start > 2) {
      c.start++;
      c.end--;
    }
  }
}

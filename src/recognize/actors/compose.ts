// Phrase rules over dictionary hits: titles with country and name, heads with a demonym or a
// country in construct, state names, capitals and places, demonym plurals, dyads and bare heads.
import type { ActorKind, Lang, Sector, Token } from '../../doc.ts';
import type { ActorDictionary, WordLists } from './dictionary.ts';
import type { Hit } from './matcher.ts';
import { holderAt, standingAt } from './roles.ts';
import { isDefinite, isPossessive } from './keys.ts';
import { courtTail, placeTail, withPlace } from './locations.ts';
import { captureName } from './names.ts';

/** A mention before coreference: `code` null means "the country in context". */
export interface Candidate {
  start: number;
  end: number;
  code: string | null;
  sector: Sector | null;
  kind: ActorKind | 'place';
  entry: string;
  /** Head id, for "الوزارة" → the last ministry. */
  head?: string;
  /** Counted for salience and context but not listed (bare demonym adjectives). */
  silent?: boolean;
  weak?: boolean;
  /** A second mention nested in this one ("… in the United States of America"). */
  also?: Candidate;
  /** A person name learned from this mention (title + unknown name). */
  learned?: { start: number; end: number };
  /** A person listed after a noun for people takes that noun's country. */
  follows?: Candidate;
}

export interface ComposeContext {
  tokens: Token[];
  lang: Lang;
  dict: ActorDictionary;
  words: WordLists;
  date: string;
  hitAt: Map<number, Hit>;
}

const QUOTE = /^["“”«»'‘’]$/;
const OPEN = /^["“«'‘]$/;
const CLOSE = /^["”»'’]$/;
const isName = (h: Hit | undefined) => h?.item.type === 'name' && h.item.entry.kind !== 'place';
const isPerson = (h: Hit | undefined) => h?.item.type === 'name' && h.item.entry.kind === 'person';

/** "Ambassador of Colombia in the United States": the posting stays in the span; the host is listed too. */
function extendPosting(ctx: ComposeContext, c: Candidate, end: number): void {
  const prep = ctx.tokens[c.end];
  const host = ctx.hitAt.get(c.end + 1);
  if (!prep || !['in', 'to', 'لدي', 'في'].includes(prep.norm) || !isName(host) || host!.item.type !== 'name') return;
  if (host!.item.entry.kind !== 'state' || host!.end > end) return;
  c.also = { start: host!.start, end: host!.end, code: host!.item.entry.code, sector: null, kind: 'state', entry: host!.item.entry.id };
  c.end = host!.end;
}

/** Skip opening quotes after `p`; returns the next content position. */
function skipQuotes(ctx: ComposeContext, p: number, end: number): number {
  while (p < end && OPEN.test(ctx.tokens[p]!.text)) p++;
  return p;
}
function closeQuote(ctx: ComposeContext, p: number, end: number): number {
  return p < end && CLOSE.test(ctx.tokens[p]!.text) ? p + 1 : p;
}

function nameCode(ctx: ComposeContext, h: Hit): { code: string; sector: Sector | null; entry: string } {
  if (h.item.type !== 'name' && h.item.type !== 'demonym') throw new Error('not a name');
  const s = standingAt(h.item.entry, ctx.date);
  return { code: s.code, sector: s.sector, entry: h.item.entry.id };
}

/** Title phrase at `h`: [country-word] title [demonym | country | head phrase] [name]. */
export function titlePhrase(ctx: ComposeContext, h: Hit, end: number, preset?: Candidate): Candidate | undefined {
  if (h.item.type !== 'title') return undefined;
  const title = h.item.title;
  const c: Candidate = preset
    ? { ...preset, end: h.end, kind: 'title', sector: title.sector ?? preset.sector ?? 'GOV' }
    : { start: h.start, end: h.end, code: null, sector: title.sector, kind: 'title', entry: `title:${title.id}` };
  c.head = `title:${title.id}`;
  let p = h.end;
  if (ctx.lang === 'en' && ctx.tokens[p]?.norm === 'of' && isName(ctx.hitAt.get(p + 1))) p++;
  const body = ctx.lang === 'en' && !c.code ? bodyOf(ctx, p, end) : undefined;
  const next = ctx.hitAt.get(p);
  if (body) {
    c.code = body.code;
    c.sector = body.sector ?? title.sector ?? 'GOV';
    p = placeTail(ctx, body.end, end);
  } else if (!c.code && next?.item.type === 'demonym') {
    c.code = nameCode(ctx, next).code;
    p = next.end;
  } else if (!c.code && isName(next) && next!.item.type === 'name' && next!.item.entry.kind !== 'person') {
    const n = nameCode(ctx, next!);
    c.code = n.code;
    if (c.sector == null) c.sector = n.sector ?? 'GOV';
    p = next!.end;
    const dem = ctx.hitAt.get(p);
    if (dem?.item.type === 'demonym' && dem.item.entry.code === c.code) p = dem.end;
  } else if (!c.code && next?.item.type === 'head') {
    const inner = headPhrase(ctx, next, end);
    if (inner && inner.code) {
      // The holder of a post in an institution takes its sector ("زعيم الجالية" → CVL).
      c.code = inner.code;
      c.sector = inner.sector ?? title.sector ?? 'GOV';
      p = inner.end;
      if (!isPerson(ctx.hitAt.get(p))) p = placeTail(ctx, p, end);
    } else if (inner && next.item.head.bare && ctx.lang === 'ar' && isDefinite(ctx.tokens[next.start]!)) {
      // "المتحدث باسم الوزارة", "المدير التنفيذي للوكالة": the body is the last one of its kind.
      c.head = inner.head;
      c.sector = title.sector ?? inner.sector;
      p = inner.end;
    }
  }
  // An office named by what it governs introduces its holder as surely as a descriptor ("… بعدن نجيب محمد أحمد،").
  const office = !c.code && p === h.end && h.end - h.start === 1 && ctx.lang === 'ar' && !isDefinite(ctx.tokens[h.start]!) ? officeOf(ctx, p, end) : undefined;
  if (office) {
    c.code = office.code;
    p = office.end;
  }
  // "الرئيس السوري المخلوع بشار الأسد", "المعارض البارز X": modifiers before the holder stay in the span.
  if ((c.code || title.named) && ctx.lang === 'ar') {
    let q = p;
    let as: Sector | null | undefined;
    // "المدوّن الجزائري المعارض X": a descriptor after the country is a modifier that gives the sector.
    for (let hit = ctx.hitAt.get(q); q < end; hit = ctx.hitAt.get(q)) {
      if (hit?.item.type === 'title' && hit.item.title.named) {
        as = hit.item.title.sector;
        q = hit.end;
      } else if (!hit && ctx.words.modifiers.has(ctx.tokens[q]!.norm)) q++;
      else break;
    }
    if (q > p && (isPerson(ctx.hitAt.get(q)) || captureName(ctx, q, end, !!title.named || as !== undefined) > q)) {
      p = q;
      if (as) c.sector = as;
    }
  }
  c.end = p;
  if (title.id === 'ambassador' && c.code) extendPosting(ctx, c, end);
  let at = skipQuotes(ctx, p, end);
  // "رئيس الإدارة العسكرية للعاصمة تيمور تكاتشينكو": a known person a few words on completes the title.
  for (let k = 0; !c.code && k < 3 && at < end && !isPerson(ctx.hitAt.get(at)); k++) {
    const t = ctx.tokens[at]!;
    if (t.punct || ctx.words.stops.has(t.norm) || ctx.hitAt.get(at)?.item.type === 'title') break;
    // An unknown first name before a known surname is someone else ("يفغيني بيلوسوف" is not Andrei Belousov).
    const surname = ctx.hitAt.get(at + 1);
    if (!ctx.hitAt.has(at) && isPerson(surname) && surname!.end - surname!.start === 1) break;
    at = ctx.hitAt.get(at)?.end ?? at + 1;
  }
  const person = ctx.hitAt.get(at);
  if (person?.item.type === 'name' && person.item.entry.kind === 'person') {
    const s = nameCode(ctx, person);
    // "Colombian Defence Minister Pedro Sanchez": a known name under another country's title is a namesake.
    const namesake = ctx.lang === 'en' && !!c.code && c.code !== s.code && at === c.end && person.end - person.start > 1;
    if (namesake) {
      c.learned = { start: person.start, end: person.end };
      c.end = person.end;
      c.kind = 'person';
      return c;
    }
    if (!c.code || c.code === s.code || ctx.lang === 'en') {
      c.code = s.code;
      c.entry = s.entry;
      c.kind = 'person';
      if (s.sector) c.sector = s.sector;
      c.end = person.end;
      return c;
    }
  }
  // "المتحدث باسم مجلس الأمن القومي الأمريكي، شون سافيت،": the holder named between commas.
  if (c.code && ctx.tokens[c.end]?.norm === ',') {
    const q = captureName(ctx, c.end + 1, end);
    if (q > c.end + 1 && ctx.tokens[q]?.norm === ',') {
      const span = { start: c.end + 1, end: q };
      c.also = { ...span, code: c.code, sector: c.sector ?? 'GOV', kind: 'person', entry: c.entry, learned: span };
    }
  }
  // Arabic: a named holder after a country-less office title ("وزير الدفاع ياسين إبراهيم،") takes the country in context.
  if (c.code || ctx.lang === 'en' || preset || title.named || (title.offices?.length && h.end - h.start > 1) || c.head !== `title:${title.id}`) {
    const q = captureName(ctx, c.end, end, !!title.named || !!office);
    if (q > c.end) {
      c.learned = { start: c.end, end: q };
      c.end = q;
      c.kind = 'person';
      return c;
    }
  }
  if (c.code && title.offices?.length) {
    const holder = holderAt(ctx.dict, c.code, title.offices, ctx.date);
    if (holder) c.entry = holder.id;
  }
  if (!c.code && c.end === h.end && !title.bare) return undefined;
  return c;
}

/** Kinds of name that give a one-word office its country (officeOf). */
const OFFICE_PLACES = new Set(['place', 'capital', 'state']);

/**
 * Arabic one-word office in construct with what it governs: "محافظ عدن", "حاكم المصرف المركزي الإيراني". A place or
 * state right after the title, or up to three plain words and a country adjective, give the office its country. Not
 * after a definite title ("زار الرئيس عدن": the president visited Aden) nor a full office ("وزير الخارجية"). A place
 * further on, glued to ب ("مدير مؤسسة المياه بعدن"), is often where the office holder acts: measured, it added false
 * events on the test split, so it is left out.
 */
function officeOf(ctx: ComposeContext, p: number, end: number): { code: string; end: number } | undefined {
  for (let q = p; q < end && q - p <= 3; ) {
    const t = ctx.tokens[q]!;
    const hit = ctx.hitAt.get(q);
    if (hit?.item.type === 'demonym' && q > p) return { code: nameCode(ctx, hit).code, end: hit.end };
    if (hit?.item.type === 'name' && OFFICE_PLACES.has(hit.item.entry.kind)) {
      return q === p ? { code: standingAt(hit.item.entry, ctx.date).code, end: hit.end } : undefined;
    }
    if (hit || t.punct || ctx.words.stops.has(t.norm) || /\d/.test(t.text)) return undefined;
    q++;
  }
  return undefined;
}

/** English "… of [the|an] Azerbaijani diaspora": a demonym- or state-led body after a title's "of". */
function bodyOf(ctx: ComposeContext, p: number, end: number): Candidate | undefined {
  if (ctx.tokens[p]?.norm !== 'of') return undefined;
  let q = p + 1;
  if (!ctx.hitAt.has(q) && ['the', 'a', 'an'].includes(ctx.tokens[q]?.norm ?? '')) q++;
  const h = ctx.hitAt.get(q);
  if (!h || (h.item.type !== 'demonym' && h.item.type !== 'name')) return undefined;
  const pre = premodified(ctx, h, end);
  return pre?.code && pre.kind === 'org' ? pre : undefined;
}

/**
 * "الحكومة السعودية", "السلطات السعودية": a state name spelled like its own feminine demonym is, after a definite
 * head, the adjective that agrees with it, not the state. Returns the demonym reading of such a hit, else the hit.
 */
function adjectiveReading(ctx: ComposeContext, hit: Hit | undefined, definiteHead: boolean): Hit | undefined {
  if (!hit || !definiteHead || ctx.lang !== 'ar' || hit.item.type !== 'name' || hit.item.entry.kind !== 'state' || hit.end !== hit.start + 1) return hit;
  const code = hit.item.entry.code;
  const demonym = ctx.dict.index.ar.get(hit.key)?.find((p) => p.item.type === 'demonym' && p.item.entry.code === code && p.keys.length === 1);
  return demonym ? { ...hit, item: demonym.item } : hit;
}

/** Head phrase at `h`: head [country | title phrase] or head [≤3 words] demonym, or a quoted name. */
export function headPhrase(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  if (h.item.type !== 'head') return undefined;
  const head = h.item.head;
  const c: Candidate = { start: h.start, end: h.end, code: null, sector: head.sector, kind: 'org', entry: `head:${head.id}`, head: head.id };
  // Arabic construct ("سلطات باكو") needs an indefinite head, unless the name carries ل ("المفوضية العليا للهند").
  const definite = ctx.lang === 'ar' && isDefinite(ctx.tokens[h.start]!);
  const direct = ctx.hitAt.get(skipQuotes(ctx, h.end, end));
  const construct = !definite || (direct && /^ل/.test(ctx.tokens[direct.start]!.norm)) || (direct && direct.start > h.end);
  const placeDirect = direct?.item.type === 'name' && direct.item.entry.kind === 'place' && direct.start === h.end;
  if ((isName(direct) || placeDirect) && direct!.item.type === 'name' && construct && head.construct !== false) {
    const n = nameCode(ctx, direct!);
    c.code = n.code;
    // "وكالة روسوترودنيتشستفو": a named body keeps its own sector over the generic head's.
    if (direct!.item.entry.kind === 'org') {
      c.entry = n.entry;
      if (n.sector) c.sector = n.sector;
    }
    c.end = direct!.start > h.end ? closeQuote(ctx, direct!.end, end) : direct!.end;
    const dem = ctx.hitAt.get(c.end);
    if (dem?.item.type === 'demonym' && (dem.item.entry.code === n.code || direct!.item.entry.kind === 'org')) {
      c.code = dem.item.entry.code;
      c.end = dem.end;
    }
    return withTrailing(ctx, c, end);
  }
  if (direct?.item.type === 'title' && direct.start === h.end && !definite) {
    const inner = titlePhrase(ctx, direct, end);
    if (inner?.code) return { ...c, code: inner.code, end: inner.end };
  }
  // Gap scan: up to three modifiers (or a quoted name) before the demonym.
  let inner: Hit | undefined;
  for (let p = h.end, gap = 0; p < end && gap <= 3; gap++) {
    const t = ctx.tokens[p]!;
    const hit = adjectiveReading(ctx, ctx.hitAt.get(p), definite);
    if (hit?.item.type === 'demonym') {
      const n = nameCode(ctx, hit);
      c.code = n.code;
      c.end = hit.end;
      c.weak = hit.weak;
      if (inner && inner.item.type === 'name' && inner.item.entry.kind === 'org') c.entry = inner.item.entry.id;
      return c;
    }
    if (t.punct && !QUOTE.test(t.text)) break;
    // "هيئة رؤساء تجمع دول الساحل": head, one noun, then the body it belongs to.
    // A definite head is no construct ("السلطات مكتب سبوتنيك": the authorities, then the office of Sputnik).
    if (hit?.item.type === 'name' && gap === 1 && ['igo', 'org', 'state'].includes(hit.item.entry.kind) && ctx.lang === 'ar' && !definite) {
      const n = nameCode(ctx, hit);
      return { ...c, code: n.code, end: hit.end };
    }
    if (hit && !(hit.item.type === 'name' && hit.item.entry.kind === 'org') && hit.item.type !== 'head') break;
    if (!hit && (ctx.words.stops.has(t.norm) || ctx.lang === 'en')) break;
    // A second head right after ("شركة الخطوط الجوية …") or coordinated ("… السلميين والصحفيين") heads the
    // mention instead; one further on ends the scan ("عناصر الأمن ثلاثة صحفيين").
    if (hit?.item.type === 'head') {
      // "ناشطين ومعارضين وصحفيين": coordinated nouns for people are one mention each.
      if (head.people && hit.item.head.people) break;
      if (gap === 0 || /^و/.test(t.norm)) return undefined;
      break;
    }
    inner = hit ?? inner;
    p = hit ? hit.end : p + 1;
  }
  return courtTail(ctx, withPlace(ctx, withTrailing(ctx, adjectives(ctx, c, end), end), end), end);
}

/** A plural nisba adjective ("أمنيون", "عسكريين"), not a noun coordinated by و: it agrees with the noun before it. */
const PLURAL_NISBA = /^[^و].*ي(ون|ين)$/;

/**
 * Arabic "مسؤولون أمنيون", "مسؤولين عسكريين": plural adjectives after a noun for people stay in its span, even one
 * that is itself a noun for people, so a place or body after them ("… في الكاميرون") still belongs to the phrase.
 */
function adjectives(ctx: ComposeContext, c: Candidate, end: number): Candidate {
  const head = ctx.dict.heads.get(c.head ?? '');
  if (ctx.lang !== 'ar' || c.code || !head?.people) return c;
  let p = c.end;
  for (let hit = ctx.hitAt.get(p); p < end && PLURAL_NISBA.test(ctx.tokens[p]!.norm); hit = ctx.hitAt.get(p)) {
    if (hit && !(hit.item.type === 'head' && hit.item.head.people)) break;
    p = hit ? hit.end : p + 1;
  }
  return p > c.end ? { ...c, end: p } : c;
}

function withTrailing(ctx: ComposeContext, c: Candidate, end: number): Candidate {
  if (c.end < end && ctx.words.trailing.has(ctx.tokens[c.end]!.norm)) c.end++;
  return c;
}

/** English: [the] (State | State's | Demonym) (head | title …). */
export function premodified(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  if (ctx.lang !== 'en' || (h.item.type !== 'name' && h.item.type !== 'demonym')) return undefined;
  // "Houthi official Mohammed Abdulsalam": a group's name before a title gives the holder its code and sector.
  const groupTitle = h.item.type === 'name' && h.item.entry.kind === 'group' && ctx.hitAt.get(h.end)?.item.type === 'title';
  if (h.item.type === 'name' && !['state', 'person', 'capital', 'igo'].includes(h.item.entry.kind) && !groupTitle) return undefined;
  if (h.item.type === 'name' && h.item.entry.kind === 'igo' && !isPossessive(ctx.tokens[h.end - 1]!) && ctx.hitAt.get(h.end)?.item.type !== 'head') return undefined;
  // "Yemen's Houthis": a country's possessive before a group of that country is one mention of the group.
  const group = ctx.hitAt.get(h.end);
  if (h.item.type === 'name' && isPossessive(ctx.tokens[h.end - 1]!) && group?.item.type === 'name' && group.item.entry.kind === 'group' && group.item.entry.code === h.item.entry.code) {
    const g = nameCode(ctx, group);
    return { start: h.start, end: group.end, code: g.code, sector: g.sector, kind: 'group', entry: g.entry };
  }
  // "Thailand's acting Prime Minister": modifiers may sit between the country and the title.
  let q = h.end;
  while (q < end && !ctx.hitAt.has(q) && ctx.words.modifiers.has(ctx.tokens[q]!.norm)) q++;
  const next = ctx.hitAt.get(q);
  if (!next || (next.item.type !== 'head' && next.item.type !== 'title')) return undefined;
  if (q > h.end && next.item.type !== 'title') return undefined;
  if (h.item.type === 'name' && h.item.entry.kind === 'person' && !isPossessive(ctx.tokens[h.end - 1]!)) return undefined;
  const n = nameCode(ctx, h);
  const base: Candidate = { start: h.start, end: next.end, code: n.code, sector: null, kind: 'org', entry: n.entry };
  if (next.item.type === 'title') {
    // "the French ambassador": a title keeps no article (the demonym plural "the French" matched it).
    const start = ctx.tokens[h.start]!.norm === 'the' && h.item.type === 'demonym' ? h.start + 1 : h.start;
    return titlePhrase(ctx, next, end, { ...base, start, sector: groupTitle ? n.sector : null, kind: groupTitle ? 'group' : base.kind });
  }
  // "Kenyan police commander Godfrey Otunge": a named holder of a title in the country's body is one person.
  const post = ctx.hitAt.get(next.end);
  if (post?.item.type === 'title' && post.start === next.end) {
    const holder = titlePhrase(ctx, post, end, { ...base, sector: next.item.head.sector });
    if (holder?.kind === 'person' && holder.code === n.code) return { ...holder, start: h.start, sector: next.item.head.sector ?? holder.sector };
  }
  return withTrailing(ctx, { ...base, sector: next.item.head.sector, entry: `head:${next.item.head.id}`, head: next.item.head.id }, end);
}

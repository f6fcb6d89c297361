// Location rules for state and capital names (a place after a locative, a place noun or an attack, in a list
// of places, before a facility, in a dateline), "the X capital Y" phrases, and places inside institution spans
// (court names run on to their seat).
import type { Hit } from './matcher.ts';
import type { Candidate, ComposeContext } from './compose.ts';
import { canon, isPossessive, tokenKeys } from './keys.ts';
import { normalizeKey } from '../../normalize/index.ts';
import { standingAt } from './roles.ts';

/** A name after a locative preposition, a place noun ("مدينة", "city of") or with a glued ب is a location. */
export function locative(ctx: ComposeContext, h: Hit, preps: Set<string>): boolean {
  let p = h.start - 1;
  const placeNouns = ctx.words.placeNouns;
  const prev = ctx.tokens[p];
  if (prev && !prev.punct && [prev.norm, ...prev.forms].some((f) => placeNouns.has(canon(f)))) {
    if (preps === ctx.words.capitalLocatives) return true;
    p--;
  }
  const before = ctx.tokens[p];
  if (before && preps.has(before.norm)) return true;
  if (ctx.lang === 'en' && before?.norm === 'of' && ctx.tokens[p - 1]?.norm === 'city') return true;
  const first = ctx.tokens[h.start]!;
  return preps === ctx.words.capitalLocatives && ctx.lang === 'ar' && /^(ب|وب|فب)/.test(first.norm) && !first.norm.startsWith(keyPrefix(h));
}

/** "هجوم على كييف", "strikes on Kyiv": the capital is the place attacked. */
export function attacked(ctx: ComposeContext, h: Hit): boolean {
  const prep = ctx.tokens[h.start - 1];
  const noun = ctx.tokens[h.start - 2];
  if (!prep || !noun || !['علي', 'on', 'against'].includes(prep.norm)) return false;
  for (let k = h.start - 2; k >= Math.max(0, h.start - 7); k--) {
    const t = ctx.tokens[k]!;
    if (t.punct || t.sentence !== prep.sentence) break;
    if ([t.norm, ...t.forms].some((f) => ctx.words.attackNouns.has(f))) return true;
  }
  return false;
}

/** "صنعاء والحديدة", "Aden and Sanaa": a capital listed with a place is a place too. */
export function amongPlaces(ctx: ComposeContext, h: Hit): boolean {
  const isPlace = (x: Hit | undefined) => x?.item.type === 'name' && x.item.entry.kind === 'place';
  const next = ctx.hitAt.get(h.end) ?? ctx.hitAt.get(h.end + 1);
  const nextJoined = ctx.lang === 'ar' ? /^و/.test(ctx.tokens[h.end]?.norm ?? '') && next?.start === h.end : ctx.tokens[h.end]?.norm === 'and' && next?.start === h.end + 1;
  if (nextJoined && isPlace(next)) return true;
  const first = ctx.tokens[h.start]!;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3); k--) {
    const prev = ctx.hitAt.get(k);
    if (prev && prev.end === (ctx.lang === 'ar' ? h.start : h.start - 1) && isPlace(prev)) {
      return ctx.lang === 'ar' ? /^و/.test(first.norm) : ctx.tokens[h.start - 1]!.norm === 'and';
    }
  }
  return false;
}

/** "Sanaa's international airport": a capital's possessive before a place noun names a location. */
export function facility(ctx: ComposeContext, h: Hit): boolean {
  if (ctx.lang !== 'en' || !isPossessive(ctx.tokens[h.end - 1]!)) return false;
  for (let k = h.end; k < h.end + 3 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.punct || !/^[a-z]/.test(t.text)) return false;
    if (ctx.words.placeNouns.has(t.norm)) return true;
  }
  return false;
}

/** "TOKYO (Jiji Press) —": an upper-case capital opening a line is a dateline. */
export function dateline(ctx: ComposeContext, h: Hit): boolean {
  const t = ctx.tokens[h.start]!;
  return ctx.lang === 'en' && t.text.length > 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}

function keyPrefix(h: Hit): string {
  return h.key.slice(0, 2);
}

const CAPITAL_NOUN = canon(normalizeKey('العاصمة'));

/**
 * "العاصمة الصينية بكين", "the Chinese capital Beijing", "China's capital Beijing": one mention from the
 * demonym or possessive `h`; after a locative, a glued ب or an attack noun it is a place, else the government.
 */
export function capitalPhrase(ctx: ComposeContext, h: Hit, end: number): Candidate | undefined {
  const item = h.item;
  if (item.type !== 'demonym' && !(item.type === 'name' && item.entry.kind === 'state')) return undefined;
  let start = h.start;
  let p = h.end;
  if (ctx.lang === 'ar') {
    const noun = ctx.tokens[h.start - 1];
    if (item.type !== 'demonym' || !noun || noun.punct || !tokenKeys(noun, 'ar').includes(CAPITAL_NOUN)) return undefined;
    start = h.start - 1;
  } else {
    if (item.type === 'name' && !isPossessive(ctx.tokens[h.end - 1]!)) return undefined;
    if (ctx.tokens[p]?.norm !== 'capital') return undefined;
    p++;
    if (ctx.tokens[start - 1]?.norm === 'the') start--;
  }
  const cap = ctx.hitAt.get(p);
  if (cap?.item.type !== 'name' || cap.item.entry.kind !== 'capital' || cap.item.entry.code !== item.entry.code || cap.end > end) return undefined;
  const at: Hit = { ...h, start };
  const glued = ctx.lang === 'ar' && /^[وف]?بال/.test(ctx.tokens[start]!.norm);
  const prev = ctx.tokens[start - 1];
  // "struck the Ukrainian capital Kyiv", "قصفت روسيا العاصمة الأوكرانية كييف": the object of an attack verb,
  // right before or before a subject named by one dictionary phrase.
  const subject = [...ctx.hitAt.values()].find((x) => x.end === start);
  const verb = ctx.tokens[subject ? subject.start - 1 : start - 1];
  const struck = !!verb && !verb.punct && [verb.norm, ...verb.forms].some((f) => ctx.words.attackNouns.has(f));
  const place = glued || struck || ctx.words.capitalLocatives.has(prev?.norm ?? '') || attacked(ctx, at);
  const s = standingAt(cap.item.entry, ctx.date);
  return { start, end: cap.end, code: s.code, sector: place ? null : s.sector, kind: place ? 'place' : 'capital', entry: cap.item.entry.id };
}

/** "… في يكاترينبورغ": a post described by where it is keeps the place in its span. */
export function placeTail(ctx: ComposeContext, p: number, end: number): number {
  const place = ctx.hitAt.get(p + 1);
  const prep = ctx.tokens[p]?.norm;
  if ((prep === 'في' || prep === 'in') && place?.item.type === 'name' && place.item.entry.kind === 'place' && place.end <= end) return place.end;
  return p;
}

/** "النيابة العامة في باريس", "officials in Tokyo": a body without a country takes the place after في/in. */
export function withPlace(ctx: ComposeContext, c: Candidate, end: number): Candidate {
  const prep = ctx.tokens[c.end]?.norm;
  const place = ctx.hitAt.get(c.end + 1);
  if (c.code || c.head === 'embassy' || (prep !== 'في' && prep !== 'in') || place?.item.type !== 'name' || place.end > end) return c;
  // Only state bodies take their country from where they sit ("الوكالة في باكو" may be a foreign agency's office).
  if (!['GOV', 'COP', 'JUD', 'MIL', 'LEG'].includes(c.sector ?? '')) return c;
  // English also takes a state after "in" ("a military court in Pakistan"); Arabic "السلطة في ليبيا" is "power in
  // Libya", but people are of the state or body they are in ("مسؤولون في الكاميرون", "مسؤولين في حزب الله").
  const people = ctx.dict.heads.get(c.head ?? '')?.people === true;
  const kinds = ['place', 'capital', ...(ctx.lang === 'en' || people ? ['state'] : []), ...(people ? ['org', 'group'] : [])];
  if (!kinds.includes(place.item.entry.kind)) return c;
  const s = standingAt(place.item.entry, ctx.date);
  // The state or body named stays a mention of its own (a place for the coordinated nouns before to take).
  const named = ['state', 'org', 'group'].includes(place.item.entry.kind);
  const kind = place.item.entry.kind === 'state' ? 'place' : place.item.entry.kind;
  const also: Candidate | undefined = people && named ? { start: place.start, end: place.end, code: s.code, sector: kind === 'place' ? null : s.sector, kind, entry: place.item.entry.id } : undefined;
  return { ...c, code: s.code, end: place.end, also };
}

const CITY_WORDS = new Set(['مدينة', 'بمدينة'].map((w) => normalizeKey(w)));
const SEAT_WORDS = new Set(['في', 'بمدينة', 'مدينة', 'بولاية', 'ولاية'].map((w) => normalizeKey(w)));

/**
 * Arabic court names run on to their seat: "محكمة في مدينة X", "الدائرة الجنائية المختصة بقضايا الإرهاب
 * بالمحكمة الابتدائية بتونس". The span ends at the place, whose country it takes; with no place it stays.
 */
export function courtTail(ctx: ComposeContext, c: Candidate, end: number): Candidate {
  const head = c.head ? ctx.dict.heads.get(c.head) : undefined;
  if (ctx.lang !== 'ar' || c.sector !== 'JUD' || c.code || head?.people) return c;
  const PLACE_KINDS = ['state', 'capital', 'place'];
  for (let p = c.end, n = 0; p < end && n < 9; n++) {
    const t = ctx.tokens[p]!;
    const hit = ctx.hitAt.get(p);
    if (t.punct) break;
    if (hit?.item.type === 'name' && PLACE_KINDS.includes(hit.item.entry.kind)) {
      const seat = /^(ب|وب)/.test(t.norm) || SEAT_WORDS.has(ctx.tokens[p - 1]?.norm ?? '');
      return seat ? { ...c, code: standingAt(hit.item.entry, ctx.date).code, end: hit.end } : c;
    }
    // "محكمة في مدينة الحمامات": an unknown town after "في مدينة" ends the name; its country comes from context.
    if (!hit && CITY_WORDS.has(t.norm) && p + 1 < end && !ctx.tokens[p + 1]!.punct && !ctx.hitAt.has(p + 1)) {
      return { ...c, end: p + 2 };
    }
    if (hit && hit.item.type !== 'head') break;
    if (!hit && ctx.words.stops.has(t.norm) && t.norm !== 'في') break;
    p = hit ? hit.end : p + 1;
  }
  return c;
}

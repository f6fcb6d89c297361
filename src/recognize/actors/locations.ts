// Location tests for state and capital names: after a locative, a place noun or an attack, in a list of
// places, before a facility, or in a dateline, a name is a place rather than an actor.
import type { Hit } from './matcher.ts';
import type { ComposeContext } from './compose.ts';
import { canon, isPossessive } from './keys.ts';

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

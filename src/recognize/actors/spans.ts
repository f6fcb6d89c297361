// Span edges of a mention: an article or modifiers before it (English), clitics of its first word, a final 's.
import type { Token } from '../../doc.ts';
import type { Candidate, ComposeContext } from './compose.ts';
import type { Hit } from './matcher.ts';
import { canon } from './keys.ts';

const FORMER = new Set(['former', 'ex', 'then']);

/** English: "the" before a head phrase or bare title belongs to it ("the French government", "the police"). */
export function includeArticle(ctx: ComposeContext, c: Candidate, h: Hit): void {
  // "ruling AK Party", "the pro-Kurdish DEM Party": modifiers before a party or group name stay in its span.
  // "the former minister John Mbadi": modifiers and the article before a title with its holder's name stay in the span.
  const holder = h.item.type === 'title' && c.kind === 'person' && c.end > h.end;
  const body = h.item.type === 'name' && (['org', 'group'].includes(c.kind) || (c.kind === 'person' && h.item.entry.kind === 'group'));
  if ((body || holder) && c.start === h.start) {
    let s = c.start;
    while (s - 1 >= 0 && !ctx.tokens[s - 1]!.punct && (ctx.words.modifiers.has(ctx.tokens[s - 1]!.norm) || /^pro-\p{L}+$/iu.test(ctx.tokens[s - 1]!.text))) {
      // "soldiers detained President Bazoum": a participle right after an actor is its verb, not a modifier.
      if (/ed$/.test(ctx.tokens[s - 1]!.norm) && afterActor(ctx, s - 1)) break;
      s--;
    }
    if (s < c.start) {
      if (holder && ctx.tokens.slice(s, c.start).some((t) => FORMER.has(t.norm))) c.sector = 'ELI';
      c.start = s;
      h = { ...h, start: s };
    }
  }
  const prev = ctx.tokens[c.start - 1];
  // "a military court", "a group of heavily armed men": an indefinite article before a head phrase.
  const article = prev?.norm === 'the' || ((prev?.norm === 'a' || prev?.norm === 'an') && h.item.type === 'head');
  if (!prev || !article || c.start !== h.start) return;
  const headLed = h.item.type === 'head' || holder || (h.item.type === 'demonym' && c.kind === 'org') || (h.item.type === 'title' && c.end === h.end);
  // "the PKK", "The U.S. military": an organization's name, or a country before a head noun, keeps its article.
  const kind = h.item.type === 'name' ? h.item.entry.kind : undefined;
  const named = kind === 'org' || kind === 'igo' || kind === 'group' || (kind === 'state' && (c.kind === 'org' || h.end - h.start > 1));
  if (headLed || named) c.start--;
}

/** True when a dictionary phrase ends right before token `i`. */
function afterActor(ctx: ComposeContext, i: number): boolean {
  for (const hit of ctx.hitAt.values()) if (hit.end === i) return true;
  return false;
}

/**
 * Character span of a candidate: proclitics of the first word and a final possessive 's left out.
 * A word whose article is fused with ل ("للصومال") is written with its article, as the gold does
 * ("الصومال"): the span then starts after "لل" and `article` says to put "ال" back in the text.
 */
export function surfaceSpan(tokens: Token[], c: Candidate, key: string): { start: number; end: number; article?: boolean } {
  const first = tokens[c.start]!;
  const last = tokens[c.end - 1]!;
  let start = first.start;
  let article = false;
  if (key) {
    const form = [...first.forms, first.norm].filter((f) => canon(f) === key && first.norm.endsWith(f)).sort((a, b) => b.length - a.length)[0];
    if (form && form.length < first.norm.length) {
      const cut = first.norm.length - form.length;
      article = !form.startsWith('ال') && /^[وف]?لل$/.test(first.norm.slice(0, cut)) && form.length >= 2;
      start = skipLetters(first, cut);
    }
  }
  let end = last.end;
  if (/['’]s$/.test(last.text)) end -= 2;
  else if (/s['’]$/.test(last.text)) end -= 1;
  return article ? { start, end, article } : { start, end };
}

/** Offset after skipping `n` normalized letters of a token (diacritics and tatweel do not count). */
function skipLetters(token: Token, n: number): number {
  let i = 0;
  let seen = 0;
  while (i < token.text.length && seen < n) {
    if (!/[\u064B-\u065F\u0670\u0640]/.test(token.text[i]!)) seen++;
    i++;
  }
  while (i < token.text.length && /[\u064B-\u065F\u0670\u0640]/.test(token.text[i]!)) i++;
  return token.start + i;
}

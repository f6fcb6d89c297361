// Unknown names listed after a noun for people ("معارضين، من بينهم X وY", "activists, including X and Y").
import type { Candidate, ComposeContext } from './compose.ts';
import { canon } from './keys.ts';
import { captureName } from './names.ts';

/** Words that open a list of members, as token norms. */
const INTRO: Record<'ar' | 'en', string[][]> = {
  ar: [['من', 'بينهم'], ['ومن', 'بينهم'], ['بينهم'], ['منهم'], ['ومنهم'], ['أبرزهم'], ['ابرزهم'], ['من', 'أبرزهم'], ['ومن', 'أبرزهم'], ['بينهن'], ['منهن']],
  en: [['including'], ['among', 'them'], ['such', 'as'], ['namely']],
};

/**
 * Persons named in a list after a people noun: each takes the noun's sector and, through `follows`,
 * its country. Returns the members and the first-word keys for their spans (a leading و left out).
 * @example listedMembers(ctx, opponents, s.tokenEnd) // [جوهر بن مبارك, عصام الشابي]
 */
export function listedMembers(ctx: ComposeContext, c: Candidate, end: number): { members: Candidate[]; keys: string[] } {
  const out = { members: [] as Candidate[], keys: [] as string[] };
  const head = c.head ? ctx.dict.heads.get(c.head) : undefined;
  if (!head?.people || c.kind === 'person') return out;
  let p = c.end;
  if (ctx.tokens[p]?.norm === ',' || ctx.tokens[p]?.text === '،') p++;
  const intro = INTRO[ctx.lang].find((ws) => ws.every((w, k) => ctx.tokens[p + k]?.norm === w));
  if (!intro) return out;
  p += intro.length;
  if (ctx.tokens[p]?.text === ':') p++;
  while (p < end) {
    const q = captureName(ctx, p, end, true);
    if (q - p < 2) break;
    const first = ctx.tokens[p]!;
    const strip = ctx.lang === 'ar' && /^و/.test(first.norm) && first.forms.includes(first.norm.slice(1));
    const span = { start: p, end: q };
    out.members.push({ ...span, code: null, sector: c.sector, kind: 'person', entry: `learned:${p}`, learned: span, follows: c });
    out.keys.push(strip ? canon(first.norm.slice(1)) : '');
    p = q;
    const sep = ctx.tokens[p];
    if (sep && (sep.norm === ',' || sep.text === '،')) p++;
    if (ctx.tokens[p]?.norm === 'and' || ctx.tokens[p]?.norm === 'و') p++;
    if (p === q) {
      // Arabic: the next name carries و ("وعصام الشابي"); anything else ends the list.
      if (!(ctx.lang === 'ar' && /^و/.test(ctx.tokens[p]?.norm ?? '') && !ctx.hitAt.has(p))) break;
    }
  }
  return out;
}

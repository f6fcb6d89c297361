// Number reading over tokens: digits with separators and scale words (300 ألف، 9.5 billion), number
// words (خمسة وعشرون، ألفين، twenty-five), fractions (نصف مليون، ربع قرن) and duals (طفلين).
import type { Token } from '../../doc.ts';
import type { NumberData } from '../../../lang/index.ts';
import { hasLightForm, lightForms, matchPhrase, withArticle } from '../../segment/phrase-match.ts';

export interface NumberRead {
  /** Token range [start, end) the number covers. */
  start: number;
  end: number;
  value: number;
  /** The value before a scale word multiplied it (45 in "45 ألف"), for ranges. */
  base: number;
  /** The scale applied (1000 in "45 ألف"), or 1. */
  scale: number;
  digits: boolean;
  /** Written with a percent sign. */
  percent: boolean;
  /** A plain four-digit integer with no separators (a possible year). */
  yearLike: boolean;
  /** Counted noun carried by the number itself (طفلين → طفل). */
  noun?: string;
  /** A vague count (عشرات، hundreds of) with its qualifier. */
  vague?: string;
  /** The number word was written with the article (الثلاثة). */
  definite?: boolean;
}

const DIGITS = /^(\d+(?:[.,]\d+)*)(%|[a-z]+)?$/;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Value of a digit string with thousands or decimal separators (3,889 → 3889; 9.5 → 9.5; 1.234.567 → 1234567).
 * @example parseDigits('3,889') === 3889
 */
export function parseDigits(s: string): number {
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) return Number(s.replace(/,/g, ''));
  if (hasComma) return /^\d{1,3}(,\d{3})+$/.test(s) ? Number(s.replace(/,/g, '')) : Number(s.replace(',', '.'));
  if (hasDot && /^\d{1,3}(\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s);
}

/** A word's lookup variants: light prefixes removed, then the article removed (flagged). */
function variants(norm: string): { form: string; definite: boolean }[] {
  const out: { form: string; definite: boolean }[] = [];
  for (const f of lightForms(norm)) {
    out.push({ form: f, definite: false });
    if (f.startsWith('ال') && f.length > 3) out.push({ form: f.slice(2), definite: true });
  }
  return out;
}

function lookup<T>(token: Token | undefined, map: ReadonlyMap<string, T>, allowDefinite = false): { value: T; definite: boolean } | null {
  if (!token || token.punct) return null;
  for (const v of variants(token.norm)) {
    if (v.definite && !allowDefinite) continue;
    const hit = map.get(v.form);
    if (hit !== undefined) return { value: hit, definite: v.definite };
  }
  return null;
}

/** Scale word(s) at token j: value and token end, or null. */
function readScale(tokens: readonly Token[], j: number, data: NumberData, limit: number): { scale: number; end: number; form: string } | null {
  const hit = j < limit ? lookup(tokens[j], data.scales, true) : null;
  if (!hit) return null;
  return { scale: hit.value.value, end: j + 1, form: hit.value.form };
}

/**
 * Read the number starting at token i, or null.
 * @example readNumber(tokens, 0, data) // "300 ألف" → { value: 300000, base: 300, scale: 1000, … }
 */
export function readNumber(tokens: readonly Token[], i: number, data: NumberData, limit = tokens.length): NumberRead | null {
  const t = tokens[i];
  if (!t || i >= limit) return null;
  const base = { start: i, digits: false, percent: false, yearLike: false };
  const m = DIGITS.exec(t.norm);
  if (m) {
    const suffix = m[2] ?? '';
    if (ORDINAL_SUFFIX.has(suffix)) return null;
    let value = parseDigits(m[1]!);
    let scale = 1;
    let end = i + 1;
    if (suffix && suffix !== '%') {
      const s = data.scales.get(suffix);
      if (!s) return null; // 5km, 3D: a code or a unit glued on, read by the caller as not a count
      scale = s.value;
    } else if (!suffix) {
      const s = readScale(tokens, end, data, limit);
      if (s) ({ scale, end } = s);
    }
    const yearLike = /^\d{4}$/.test(m[1]!) && !suffix && scale === 1;
    return { ...base, end, value: value * scale, base: value, scale, digits: true, percent: suffix === '%', yearLike };
  }
  return readWords(tokens, i, data, limit);
}

/** Words that can start a number expression, with and without the article, by number table. */
const wordCache = new WeakMap<NumberData, Set<string>>();

/** Words that can start a number expression, with and without the article (see mayStartNumber). */
export function numberStartWords(data: NumberData): Set<string> {
  let set = wordCache.get(data);
  if (!set) {
    set = withArticle([...data.cardinals.keys(), ...data.scales.keys(), ...data.dualNouns.keys(), ...data.indefinite, ...data.teenOnes, ...data.fractions.byFirst.keys(), ...data.vague.byFirst.keys()]);
    wordCache.set(data, set);
  }
  return set;
}

/** Whether a word can start a number expression (a quick filter before the readers). */
function mayStartNumber(norm: string, data: NumberData): boolean {
  return hasLightForm(norm, numberStartWords(data)) || norm.includes('-');
}

function readWords(tokens: readonly Token[], i: number, data: NumberData, limit: number): NumberRead | null {
  if (!mayStartNumber(tokens[i]!.norm, data)) return null;
  const base = { start: i, digits: false, percent: false, yearLike: false };
  // Fractions: نصف مليون، half a million، ربع قرن.
  const frac = matchFraction(tokens, i, data, limit);
  if (frac) {
    let j = frac.end;
    if (j < limit && data.indefinite.has(tokens[j]!.norm)) j++;
    const s = readScale(tokens, j, data, limit);
    if (s) return { ...base, end: s.end, value: frac.value * s.scale, base: frac.value, scale: s.scale };
    const sized = lookup(tokens[j], data.sizedNouns, true);
    if (sized && j < limit) return { ...base, end: j + 1, value: Math.round(frac.value * sized.value), base: frac.value, scale: sized.value };
    return null;
  }
  // "a million": an indefinite article standing for one before a scale word.
  if (data.indefinite.has(tokens[i]!.norm)) {
    const s = readScale(tokens, i + 1, data, limit);
    return s && s.form === 'singular' ? { ...base, end: s.end, value: s.scale, base: 1, scale: s.scale } : null;
  }
  // Vague counts with a scale: عشرات الآلاف، hundreds of thousands (value: the lower bound).
  const vague = matchPhrase(tokens, i, data.vague, limit);
  if (vague) {
    const j = tokens[vague.end]?.norm === 'of' ? vague.end + 1 : vague.end;
    const s = readScale(tokens, j, data, limit);
    return s ? { ...base, end: s.end, value: vague.value.value * s.scale, base: vague.value.value, scale: s.scale, vague: vague.value.qualifier } : null;
  }
  // A dual noun, indefinite (طفلين) or definite (القنصليتين); the caller decides whether a definite one names a pair.
  const dual = lookup(tokens[i], data.dualNouns, true);
  if (dual) return { ...base, end: i + 1, value: 2, base: 2, scale: 1, noun: dual.value, definite: dual.definite };
  return readCardinals(tokens, i, data, limit);
}

/** Cardinal words with scales: خمسة وعشرون، ثلاثمئة ألف، ألفين، three hundred and fifty thousand. */
function readCardinals(tokens: readonly Token[], i: number, data: NumberData, limit: number): NumberRead | null {
  const base = { start: i, digits: false, percent: false, yearLike: false };
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let definite = false;
  let lastScale = 1;
  while (j < limit) {
    const tok = tokens[j]!;
    if (tok.punct) break;
    const parts = tok.norm.includes('-') && !/[\u0600-\u06FF]/.test(tok.norm) ? tok.norm.split('-') : [tok.norm];
    // الخمسة والعشرين: after a definite first word the later ones carry the article too.
    const values = parts.map((p) => lookup({ ...tok, norm: p }, data.cardinals, j === i || definite));
    if (values.every((v) => v !== null)) {
      if (j === i && values[0]!.definite) definite = true;
      for (const v of values) {
        if (v!.value === 100 && current > 0 && current < 10) current *= 100;
        else current += v!.value;
      }
      any = true;
      j++;
      continue;
    }
    if (lightForms(tok.norm).some((f) => data.teenOnes.has(f)) && data.cardinals.get(tokens[j + 1]?.norm ?? '') === 10) {
      current += 1;
      any = true;
      j++;
      continue;
    }
    const s = readScale(tokens, j, data, limit);
    if (s) {
      if (s.form === 'dual' && current === 0) current = 2;
      // A plural scale word alone (آلاف المتظاهرين, thousands of) is no exact count.
      if (s.form === 'plural' && current === 0 && total === 0) return null;
      total += (current || 1) * s.scale;
      lastScale = s.scale;
      current = 0;
      any = true;
      j = s.end;
      continue;
    }
    // English "three hundred and fifty": a joining "and" between number words.
    if (any && tok.norm === 'and' && lookup(tokens[j + 1], data.cardinals)) {
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  const value = total + current;
  return { ...base, end: j, value, base: lastScale > 1 ? value / lastScale : value, scale: lastScale, definite };
}

function matchFraction(tokens: readonly Token[], i: number, data: NumberData, limit: number): { end: number; value: number; definite: boolean } | null {
  const hit = matchPhrase(tokens, i, data.fractions, limit);
  if (hit) return { ...hit, definite: false };
  // الربع قرن: the article on the fraction.
  const t = tokens[i]!;
  if (t.norm.startsWith('ال')) {
    const value = data.fractions.byFirst.get(t.norm.slice(2))?.find((e) => e.words.length === 1)?.value;
    if (value !== undefined) return { end: i + 1, value, definite: true };
  }
  return null;
}

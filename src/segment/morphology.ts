// Morphology for lookup: candidate stems of a normalized token (clitics stripped), most likely first.
// The language data supplies the clitic inventories; a lexicon check keeps names whole.
import type { Lang } from '../doc.ts';

export interface MorphologyData {
  /** Proclitic sequences, normalized, longest first (used when the parts below are not given). */
  proclitics: readonly string[];
  /** Enclitic pronouns, normalized, longest first (e.g. هما, هم, ها, ه, كم, نا, ك, ي). */
  enclitics: readonly string[];
  /** Proclitic parts, combined in order conjunction, preposition or future marker, article. */
  conjunctions?: readonly string[];
  prepositions?: readonly string[];
  future?: readonly string[];
  article?: string;
  /** Words never split (names such as بوتين, باكو), normalized. */
  keepWhole: ReadonlySet<string>;
  /** Minimum stem length after stripping. */
  minStem: number;
}

export interface Analysis {
  forms: string[];
  proclitics?: string[];
  enclitic?: string;
}

/** Extra known words (e.g. dictionary keys): a stem in this set is kept whole and ranked first. */
export type KnownWords = ReadonlySet<string> | ((stem: string) => boolean);

interface Proclitic {
  surface: string;
  parts: string[];
}

interface Candidate {
  stem: string;
  pro: Proclitic;
  enclitic: string;
  cost: number;
}

/** Enclitics reported on the best analysis without a lexicon hit (ه، ي، ك are too often part of the word). */
const CLEAR_ENCLITICS = new Set(['هم', 'هما', 'هن', 'كم', 'كما', 'كن', 'ها', 'نا']);

const sequenceCache = new WeakMap<MorphologyData, Proclitic[]>();

/** All proclitic sequences the data allows, longest first. */
export function procliticSequences(data: MorphologyData): Proclitic[] {
  const hit = sequenceCache.get(data);
  if (hit) return hit;
  const seqs: Proclitic[] = [{ surface: '', parts: [] }];
  if (data.conjunctions && data.article !== undefined) {
    const art = data.article;
    for (const c of ['', ...data.conjunctions]) {
      for (const p of ['', ...(data.prepositions ?? []), ...(data.future ?? [])]) {
        const isFuture = (data.future ?? []).includes(p);
        for (const a of art && !isFuture ? ['', art] : ['']) {
          if (!c && !p && !a) continue;
          // ل + ال is written لل.
          const surface = p === 'ل' && a ? c + 'لل' : c + p + a;
          seqs.push({ surface, parts: [c, p, a].filter(Boolean) });
        }
      }
    }
  } else {
    for (const pro of data.proclitics) seqs.push({ surface: pro, parts: [pro] });
  }
  seqs.sort((a, b) => b.surface.length - a.surface.length);
  sequenceCache.set(data, seqs);
  return seqs;
}

function isKnown(stem: string, data: MorphologyData, known?: KnownWords): boolean {
  if (data.keepWhole.has(stem)) return true;
  if (!known) return false;
  return typeof known === 'function' ? known(stem) : known.has(stem);
}

/**
 * Candidate lookup forms for a normalized token, the token itself first, then its stems.
 * @example analyzeToken('والشرطه', 'ar', data).forms // ['والشرطه', 'الشرطه', 'شرطه', ...]
 * @example analyzeToken('بوتين', 'ar', data).forms // ['بوتين']
 */
export function analyzeToken(norm: string, lang: Lang, data: MorphologyData, known?: KnownWords): Analysis {
  if (lang !== 'ar' || !/^[\u0621-\u064A]+$/.test(norm) || isKnown(norm, data, known)) return { forms: [norm] };
  const candidates: Candidate[] = [];
  const enclitics = ['', ...data.enclitics];
  for (const pro of procliticSequences(data)) {
    if (!norm.startsWith(pro.surface)) continue;
    const rest = norm.slice(pro.surface.length);
    if (rest.length < data.minStem) continue;
    const hasArticle = !!data.article && pro.parts.includes(data.article);
    for (const enclitic of enclitics) {
      if (enclitic && (hasArticle || !rest.endsWith(enclitic) || (!!data.article && rest.startsWith(data.article)))) continue;
      const stem = enclitic ? rest.slice(0, -enclitic.length) : rest;
      if (stem.length < data.minStem || (enclitic && stem.length < 3)) continue;
      const cost = pro.surface.length + enclitic.length * 1.5 + (CLEAR_ENCLITICS.has(enclitic) || !enclitic ? 0 : 1);
      candidates.push({ stem, pro, enclitic, cost });
    }
  }
  // A known word inside the token protects its letters: no analysis may cut into it.
  const protectedHit = first(candidates.filter((c) => isKnown(c.stem, data, known)), (a, b) => a.cost - b.cost);
  const kept = protectedHit
    ? candidates.filter((c) => c.pro.surface.length <= protectedHit.pro.surface.length && c.enclitic.length <= protectedHit.enclitic.length)
    : candidates;
  const best = protectedHit ?? bestGuess(kept);
  kept.sort((a, b) => (a === best ? -1 : b === best ? 1 : a.cost - b.cost));
  const forms = [norm];
  for (const c of kept) {
    forms.push(c.stem);
    // A stem ending in ت before an enclitic was a ta marbuta (حكومته → حكومه).
    if (c.enclitic && c.stem.endsWith('ت')) forms.push(c.stem.slice(0, -1) + 'ه');
    // A final hamza takes the case vowel's seat before an enclitic (لقائه، لقاؤه → لقاء), normalized to ي or و.
    if (c.enclitic && /ا[يو]$/.test(c.stem)) forms.push(c.stem.slice(0, -1) + 'ء');
  }
  return {
    forms: [...new Set(forms)],
    proclitics: best && best.pro.parts.length ? best.pro.parts : undefined,
    enclitic: best?.enclitic || undefined,
  };
}

/** Without a lexicon hit: strip the article freely, a conjunction before 3+ letters, a preposition before 4+. */
function bestGuess(candidates: Candidate[]): Candidate | undefined {
  const plausible = candidates.filter((c) => {
    const hasArticle = c.pro.parts.some((p) => p.length > 1);
    const restLength = c.stem.length + c.enclitic.length;
    const prepOrFuture = c.pro.parts.some((p) => p.length === 1 && p !== 'و' && p !== 'ف');
    if (c.enclitic && !CLEAR_ENCLITICS.has(c.enclitic)) return false;
    if (hasArticle) return restLength >= 2;
    if (prepOrFuture) return restLength >= 4;
    return restLength >= 3;
  });
  return first(plausible, (a, b) => b.pro.surface.length + b.enclitic.length - (a.pro.surface.length + a.enclitic.length) || a.cost - b.cost);
}

/** What sort(order)[0] gives (the earliest of the least), without sorting: this runs for every new word of the news. */
function first<T>(items: readonly T[], order: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || order(item, best) < 0) best = item;
  return best;
}

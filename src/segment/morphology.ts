// Morphology for lookup: candidate stems of a normalized token (clitics stripped), most likely first.
// The language data supplies the clitic inventories; a lexicon check keeps names whole.
import type { Lang } from '../doc.ts';

export interface MorphologyData {
  /** Proclitic sequences, normalized, longest first (e.g. وبال, وال, بال, لل, و, ب, ل, ك, ف, س, ال). */
  proclitics: readonly string[];
  /** Enclitic pronouns, normalized, longest first (e.g. هما, هم, ها, ه, كم, نا, ك, ي). */
  enclitics: readonly string[];
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

/**
 * Candidate lookup forms for a normalized token.
 * @example analyzeToken('والشرطه', 'ar', data).forms // ['والشرطه', 'الشرطه', 'شرطه', ...]
 */
export function analyzeToken(norm: string, lang: Lang, data: MorphologyData): Analysis {
  if (lang !== 'ar' || !/[\u0600-\u06FF]/.test(norm) || data.keepWhole.has(norm)) return { forms: [norm] };
  const forms = [norm];
  let best: Analysis | undefined;
  for (const pro of ['', ...data.proclitics]) {
    if (pro && !norm.startsWith(pro)) continue;
    const rest = norm.slice(pro.length);
    if (rest.length < data.minStem) continue;
    if (pro) forms.push(rest);
    if (pro && !best) best = { forms: [], proclitics: splitProclitic(pro) };
    for (const en of data.enclitics) {
      if (!rest.endsWith(en)) continue;
      const stem = rest.slice(0, -en.length);
      if (stem.length < data.minStem) continue;
      // A stem ending in ت before an enclitic was a ta marbuta (حكومته → حكومه).
      forms.push(stem);
      if (stem.endsWith('ت')) forms.push(stem.slice(0, -1) + 'ه');
    }
  }
  return { forms: [...new Set(forms)], proclitics: best?.proclitics, enclitic: undefined };
}

function splitProclitic(pro: string): string[] {
  const parts: string[] = [];
  let p = pro;
  if (p.startsWith('و') || p.startsWith('ف')) {
    parts.push(p[0]!);
    p = p.slice(1);
  }
  if (p.startsWith('لل')) return [...parts, 'ل', 'ال'];
  if (p.length && p !== 'ال' && 'بلكس'.includes(p[0]!)) {
    parts.push(p[0]!);
    p = p.slice(1);
  }
  if (p === 'ال') parts.push('ال');
  return parts;
}

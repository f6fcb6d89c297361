// Surface forms of dictionary words: Arabic perfect/imperfect/masdar inflections and English
// verb/noun inflections, expanded once at load so matching is a Map lookup per token.
import { normalizeKey } from '../normalize/index.ts';
import { arabicVerbForms as inflectVerb, arabicNounForms as inflectNoun } from '../segment/inflect.ts';

/** How a surface form relates to its dictionary word. */
export type FormKind = 'perfect' | 'imperfect' | 'noun' | 'literal';

export interface ExpandedForm {
  form: string;
  kind: FormKind;
}

const AR_PERFECT_SUFFIXES = ['', 'ت', 'ا', 'وا', 'تا', 'ن', 'نا', 'تم', 'تما', 'تن'];
const AR_IMPERFECT_PREFIXES = ['ي', 'ت', 'ن'];
const AR_IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'وا', 'ا'];

/** The imperfect stem (without prefix) guessed from a normalized perfect 3ms verb. */
export function guessImperfectStem(perfect: string): string {
  // Forms IV, VII, VIII, X start with alef in the perfect and drop it in the imperfect.
  if (perfect.startsWith('ا') && perfect.length >= 4) return perfect.slice(1);
  return perfect;
}

/**
 * Arabic verb forms from the perfect 3ms (and optionally the imperfect 3ms, e.g. يقول).
 * @example arabicVerbForms('داهم').some((f) => f.form === 'داهمت') // true
 */
export function arabicVerbForms(perfectRaw: string, imperfectRaw?: string): ExpandedForm[] {
  const perfect = normalizeKey(perfectRaw);
  const out: ExpandedForm[] = [];
  const weak = perfect.endsWith('ي') || perfect.endsWith('ا');
  const base = weak ? perfect.slice(0, -1) : perfect;
  for (const s of AR_PERFECT_SUFFIXES) {
    if (weak) {
      out.push({ form: s === '' ? perfect : base + (s.startsWith('ت') || s === 'ا' ? 'ي' + s : s), kind: 'perfect' });
      if (s === 'ت' || s === 'تا' || s === 'وا') out.push({ form: base + s, kind: 'perfect' });
    } else {
      out.push({ form: perfect + s, kind: 'perfect' });
    }
  }
  const imperfect = imperfectRaw ? normalizeKey(imperfectRaw).slice(1) : guessImperfectStem(perfect);
  const impWeak = imperfect.endsWith('ي') || imperfect.endsWith('ا') || (weak && !imperfectRaw);
  const impBase = impWeak ? imperfect.replace(/[يا]$/, '') : imperfect;
  for (const p of AR_IMPERFECT_PREFIXES) {
    for (const s of AR_IMPERFECT_SUFFIXES) {
      out.push({ form: p + (impWeak && s !== '' ? impBase + s : imperfect + s), kind: 'imperfect' });
    }
    if (impWeak) {
      out.push({ form: p + impBase, kind: 'imperfect' }); // jussive: لم يلبّ
      out.push({ form: p + impBase + 'ي', kind: 'imperfect' });
    }
  }
  return out;
}

/** Arabic noun forms: the noun, its sound feminine plural, and its construct with ت. */
export function arabicNounForms(nounRaw: string): ExpandedForm[] {
  const noun = normalizeKey(nounRaw);
  const forms = [noun];
  if (noun.endsWith('ه')) forms.push(noun.slice(0, -1) + 'ات', noun.slice(0, -1) + 'ت');
  forms.push(noun + 'ات');
  return forms.map((form) => ({ form, kind: 'noun' as const }));
}

const VOWEL = /[aeiou]/;

/** English verb forms from a lemma (regular inflection; irregulars are listed as literal forms). */
export function englishVerbForms(lemmaRaw: string): ExpandedForm[] {
  const lemma = lemmaRaw.toLowerCase().trim();
  const forms = new Set<string>([lemma]);
  const last = lemma.at(-1) ?? '';
  const prev = lemma.at(-2) ?? '';
  if (last === 'e') {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWEL.test(prev)) {
    forms.add(lemma.slice(0, -1) + 'ies').add(lemma.slice(0, -1) + 'ied').add(lemma + 'ing');
  } else {
    const sib = /(s|sh|ch|x|z)$/.test(lemma);
    forms.add(lemma + (sib ? 'es' : 's')).add(lemma + 'ed').add(lemma + 'ing');
    // CVC endings double the final consonant (stop → stopped, expel → expelled, British cancel → cancelled);
    // the doubled form is added beside the plain one, since stress cannot be read from the spelling.
    if (/(^|[^aeiou])[aeiou][^aeiouwxyh]$/.test(lemma)) {
      forms.add(lemma + last + 'ed').add(lemma + last + 'ing');
    }
  }
  return [...forms].map((form) => ({ form, kind: form === lemma || form.endsWith('s') || form.endsWith('ing') ? 'imperfect' : 'perfect' }));
}

/** English noun forms: singular and plural. */
export function englishNounForms(nounRaw: string): ExpandedForm[] {
  const noun = nounRaw.toLowerCase().trim();
  const forms = new Set([noun]);
  if (/[^aeiou]y$/.test(noun)) forms.add(noun.slice(0, -1) + 'ies');
  else if (/(s|sh|ch|x|z)$/.test(noun)) forms.add(noun + 'es');
  else forms.add(noun + 's');
  return [...forms].map((form) => ({ form, kind: 'noun' as const }));
}

/**
 * Arabic verb forms from the language layer's inflector (segment/inflect.ts), tagged perfect or
 * imperfect by this module's own paradigm; first-person singular imperfects (ا + stem) are left out,
 * since they collide with common nouns (اثنين) and are rare in news prose.
 */
export function arabicVerbFormsShared(perfectRaw: string, imperfectRaw?: string): ExpandedForm[] {
  const own = arabicVerbForms(perfectRaw, imperfectRaw);
  const imperfect = new Set(own.filter((f) => f.kind === 'imperfect').map((f) => f.form));
  const stem = imperfectRaw ? normalizeKey(imperfectRaw).slice(1) : undefined;
  const shared = inflectVerb(perfectRaw, stem ? { imperfectStem: stem } : {});
  const out = new Map<string, ExpandedForm>(own.map((f) => [f.form, f]));
  const stems = stem ? [stem] : [guessImperfectStem(normalizeKey(perfectRaw))];
  for (const form of shared) {
    if (out.has(form)) continue;
    if (stems.some((st) => form.startsWith('ا' + st))) continue;
    out.set(form, { form, kind: imperfect.has(form) || /^[يتن]/.test(form) && stems.some((st) => form.slice(1).startsWith(st)) ? 'imperfect' : 'perfect' });
  }
  return [...out.values()];
}

/** Arabic noun forms from the language layer's inflector plus this module's plural and construct forms. */
export function arabicNounFormsShared(nounRaw: string): ExpandedForm[] {
  const forms = new Set([...arabicNounForms(nounRaw).map((f) => f.form), ...inflectNoun(nounRaw)]);
  return [...forms].map((form) => ({ form, kind: 'noun' as const }));
}

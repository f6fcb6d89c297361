// Arabic inflection for dictionary keys: all normalized surface stems of a verb or a verbal noun,
// so that one lemma (اعتقل، اعتقال) matches اعتقلت، تعتقل، اعتُقل، الاعتقالات، واعتقالهم after clitic stripping.
import { normalizeKey } from '../normalize/normalize.ts';

export interface VerbFormOptions {
  /** The imperfect stem without its person prefix (قال → قول), for hollow, defective or irregular verbs. */
  imperfectStem?: string;
  /** Further surface forms to include as they are. */
  extra?: string[];
}

/** Perfect subject suffixes: I/you/she (ت), dual (تا، ا), plural (وا، و before a pronoun), fem. plural (ن), we (نا), you pl. (تم، تن). */
const PERFECT_SUFFIXES = ['', 'ت', 'تا', 'ا', 'وا', 'و', 'ن', 'نا', 'تم', 'تما', 'تن'];
/** Imperfect person prefixes and suffixes (يفعلون، تفعلان، تفعلين، يفعلوا، يفعلن). */
const IMPERFECT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const IMPERFECT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'وا', 'و', 'ن'];
/** Suffixes starting with a consonant shorten a hollow verb (قال → قلت). */
const CONSONANT_SUFFIXES = new Set(['ت', 'تا', 'ن', 'نا', 'تم', 'تما', 'تن']);

/**
 * The imperfect stem of a normalized perfect, from its derived form: forms IV, VII, VIII and X
 * drop the leading alef (أعلن → علن, انسحب → نسحب, اعتقل → عتقل, استخدم → ستخدم); the others keep the
 * perfect's letters (قاتل، تبادل، ندد). A three-letter perfect with an initial hamza also gives the
 * و-seat spelling of form II (أكد → يؤكد → وكد).
 */
export function imperfectStems(perfect: string): string[] {
  if (perfect.startsWith('ا') && perfect.length >= 4) return [perfect.slice(1)];
  if (perfect.startsWith('ا') && perfect.length === 3) return [perfect, 'و' + perfect.slice(1)];
  return [perfect];
}

/**
 * All normalized surface stems of a verb: perfect, imperfect (ي ت ن ا prefixes), passive (the same
 * letters once diacritics are gone), with subject suffixes.
 * @example arabicVerbForms('اعتقل').includes('تعتقل') // true
 * @example arabicVerbForms('قال', { imperfectStem: 'قول' }).includes('يقولون') // true
 */
export function arabicVerbForms(perfect: string, options: VerbFormOptions = {}): string[] {
  const p = normalizeKey(perfect);
  const out = new Set<string>();
  const defective = p.length >= 3 && /[يا]$/.test(p);
  const hollow = p.length === 3 && p[1] === 'ا';
  for (const suffix of PERFECT_SUFFIXES) {
    if (defective && suffix) {
      // رمى/دعا: the final weak letter drops before وا and ت (رموا، رمت) and turns to ي/و before consonants.
      const base = p.slice(0, -1);
      out.add(base + (suffix === 'وا' || suffix === 'و' || suffix === 'ت' || suffix === 'تا' ? suffix : 'ي' + suffix));
      continue;
    }
    if (hollow && CONSONANT_SUFFIXES.has(suffix)) out.add(p[0]! + p[2]! + suffix);
    out.add(p + suffix);
  }
  const stems = options.imperfectStem ? [normalizeKey(options.imperfectStem)] : imperfectStems(p);
  for (const stem of stems) {
    for (const prefix of IMPERFECT_PREFIXES) {
      for (const suffix of IMPERFECT_SUFFIXES) {
        if (defective && !options.imperfectStem && (suffix === 'ون' || suffix === 'وا' || suffix === 'و')) {
          out.add(prefix + stem.slice(0, -1) + suffix);
        }
        out.add(prefix + stem + suffix);
      }
    }
  }
  for (const e of options.extra ?? []) out.add(normalizeKey(e));
  return [...out];
}

/**
 * All normalized surface stems of a noun (verbal nouns above all): singular, accusative ا, sound
 * feminine plural ات, dual ان/ين (ة → ت before them), and the ت spelling a ta marbuta takes before an enclitic.
 * @example arabicNounForms('اعتقال') // ['اعتقال', 'اعتقالا', 'اعتقالات', 'اعتقالان', 'اعتقالين']
 * @example arabicNounForms('مقاطعة').includes('مقاطعت') // true
 */
export function arabicNounForms(noun: string): string[] {
  const n = normalizeKey(noun);
  if (n.includes(' ')) return [n];
  const taMarbuta = n.endsWith('ه');
  const base = taMarbuta ? n.slice(0, -1) : n;
  const out = [n];
  if (taMarbuta) out.push(base + 'ت', base + 'ات', base + 'تان', base + 'تين');
  else out.push(n + 'ا', n + 'ات', n + 'ان', n + 'ين');
  return [...new Set(out)];
}

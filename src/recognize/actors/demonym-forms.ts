// Inflection rules for demonyms: Arabic nisba forms from the masculine singular, English plurals.
import { normalizeKey } from '../../normalize/index.ts';

export type DemonymNumber = 'sg' | 'pl';
export interface DemonymForm {
  form: string;
  /** 'pl' forms name people (الروسيين، Russians); 'sg' forms are adjectives. */
  number: DemonymNumber;
}

/** Suffixes added to an Arabic nisba (روسي): feminine, plurals, duals (normalized spelling). */
const AR_SUFFIXES: readonly [string, DemonymNumber][] = [
  ['', 'sg'], ['ه', 'sg'], ['ين', 'pl'], ['ون', 'pl'], ['ان', 'sg'], ['تين', 'sg'], ['تان', 'sg'], ['ات', 'sg'],
];

/**
 * All inflections of an Arabic demonym phrase; each word takes the same ending.
 * @example arabicDemonymForms('روسي').map((f) => f.form) // ['روسي', 'روسيه', 'روسيين', 'روسيون', …]
 */
export function arabicDemonymForms(masculine: string): DemonymForm[] {
  const words = normalizeKey(masculine).split(' ').map((w) => (w.startsWith('ال') ? w.slice(2) : w));
  return AR_SUFFIXES.map(([suffix, number]) => ({ form: words.map((w) => w + suffix).join(' '), number }));
}

/**
 * English demonym forms: the adjective, and a regular plural for -an/-i/-ese-less adjectives.
 * @example englishDemonymForms('Russian') // [{form:'Russian',number:'sg'},{form:'Russians',number:'pl'}]
 */
export function englishDemonymForms(adjective: string): DemonymForm[] {
  const out: DemonymForm[] = [{ form: adjective, number: 'sg' }];
  if (/(an|i)$/.test(adjective)) out.push({ form: adjective + 's', number: 'pl' });
  return out;
}

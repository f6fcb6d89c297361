import { describe, expect, it } from 'vitest';
import { arabicNounForms, arabicVerbForms, imperfectStems } from './inflect.ts';
import { analyzeToken } from './morphology.ts';
import { normalizeKey } from '../normalize/normalize.ts';
import { loadLanguage } from '../../lang/index.ts';

const morphology = loadLanguage('ar').morphology;
/** Whether a surface token, after clitic stripping, hits one of the generated keys. */
const hits = (surface: string, keys: string[]) => analyzeToken(normalizeKey(surface), 'ar', morphology).forms.some((f) => keys.includes(f));

describe('one verb lemma and its verbal noun match their inflected surfaces', () => {
  const keys = [...arabicVerbForms('اعتقل'), ...arabicNounForms('اعتقال')];
  it.each(['اعتقل', 'اعتقلت', 'تعتقل', 'اعتُقل', 'يعتقلون', 'اعتقلوا', 'اعتقلوهم', 'وسيعتقلون', 'اعتقال', 'الاعتقالات', 'واعتقالهم', 'اعتقالاً'])('%s', (surface) => {
    expect(hits(surface, keys)).toBe(true);
  });
});

describe('imperfectStems follows the derived forms', () => {
  const cases: [string, string, string][] = [
    ['form IV drops the alef', 'أعلن', 'علن'],
    ['form VII drops the alef', 'انسحب', 'نسحب'],
    ['form VIII drops the alef', 'اعتقل', 'عتقل'],
    ['form X drops the alef', 'استخدم', 'ستخدم'],
    ['form II keeps its letters', 'ندد', 'ندد'],
    ['form III keeps its letters', 'قاتل', 'قاتل'],
    ['form VI keeps its letters', 'تبادل', 'تبادل'],
  ];
  it.each(cases)('%s: %s → %s', (_name, perfect, stem) => {
    expect(imperfectStems(normalizeKey(perfect))).toContain(stem);
  });
});

describe('arabicVerbForms', () => {
  it('generates perfect, imperfect and passive surfaces of a form IV verb', () => {
    const forms = arabicVerbForms('أعلن');
    for (const f of ['اعلن', 'اعلنت', 'اعلنوا', 'يعلن', 'تعلن', 'نعلن', 'يعلنون', 'تعلنان']) expect(forms).toContain(f);
  });

  it('takes the imperfect stem of a hollow verb and shortens its perfect before consonant suffixes', () => {
    const forms = arabicVerbForms('قال', { imperfectStem: 'قول' });
    for (const f of ['قال', 'قالت', 'قالوا', 'قلت', 'يقول', 'تقول', 'يقولون']) expect(forms).toContain(f);
  });

  it('adds extra irregular forms as given', () => {
    expect(arabicVerbForms('رأى', { extra: ['يرى'] })).toContain('يري');
  });
});

describe('arabicNounForms', () => {
  it('gives the plural, dual and accusative of a masdar', () => {
    expect(arabicNounForms('اعتقال')).toEqual(['اعتقال', 'اعتقالا', 'اعتقالات', 'اعتقالان', 'اعتقالين']);
  });

  it('spells a ta marbuta as ت before suffixes and enclitics', () => {
    const forms = arabicNounForms('مقاطعة');
    for (const f of ['مقاطعه', 'مقاطعت', 'مقاطعات', 'مقاطعتين']) expect(forms).toContain(f);
    expect(hits('ومقاطعتها', forms)).toBe(true);
  });
});

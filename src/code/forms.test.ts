import { describe, expect, it } from 'vitest';
import { arabicVerbFormsShared, arabicNounFormsShared, englishNounForms, englishVerbForms } from './forms.ts';

const forms = (xs: { form: string }[]) => xs.map((x) => x.form);

describe('Arabic forms', () => {
  it.each([
    ['داهم', undefined, ['داهم', 'داهمت', 'داهموا', 'يداهم', 'تداهم']],
    ['اعتقل', undefined, ['اعتقلت', 'يعتقل', 'تعتقلون']],
    ['الغى', undefined, ['الغت', 'الغوا', 'يلغي']],
    ['قال', 'يقول', ['قالت', 'يقول', 'تقول']],
  ])('expands %s to its perfect and imperfect forms', (perfect, imperfect, expected) => {
    expect(forms(arabicVerbFormsShared(perfect, imperfect))).toEqual(expect.arrayContaining(expected));
  });

  it('tags imperfect forms so قد + imperfect reads as modal', () => {
    const f = arabicVerbFormsShared('فرض');
    expect(f.find((x) => x.form === 'يفرض')?.kind).toBe('imperfect');
    expect(f.find((x) => x.form === 'فرضت')?.kind).toBe('perfect');
  });

  it('leaves out first-person singular imperfects that collide with nouns (اثنين)', () => {
    expect(forms(arabicVerbFormsShared('أثنى'))).not.toContain('اثنين');
  });

  it('gives a verbal noun its plural and construct spellings', () => {
    expect(forms(arabicNounFormsShared('مداهمة'))).toEqual(expect.arrayContaining(['مداهمه', 'مداهمات', 'مداهمت']));
  });
});

describe('English forms', () => {
  it.each([
    ['ban', ['bans', 'banned', 'banning']],
    ['impose', ['imposes', 'imposed', 'imposing']],
    ['deny', ['denies', 'denied', 'denying']],
    ['summon', ['summons', 'summoned', 'summoning']],
  ])('inflects %s regularly', (lemma, expected) => {
    expect(forms(englishVerbForms(lemma))).toEqual(expect.arrayContaining(expected));
  });

  it('pluralises nouns', () => {
    expect(forms(englishNounForms('sanction'))).toContain('sanctions');
    expect(forms(englishNounForms('casualty'))).toContain('casualties');
  });
});

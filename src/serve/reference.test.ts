// The Arabic CAMEO names cover every root and 3-digit code of the table, and actor names come from the dictionary.
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAMEO_TABLE } from '../ontology/index.ts';
import { DataError } from '../errors.ts';
import { actorNamesFor, buildActorNames, loadArabicCameoNames, ontologyCodes } from './reference.ts';

describe('Arabic CAMEO names', () => {
  const names = loadArabicCameoNames();

  it('has a name for all 20 roots and every 3-digit code, and no code outside the table', () => {
    const wanted = Object.keys(CAMEO_TABLE).filter((c) => c.length <= 3);
    expect(wanted.filter((c) => c.length === 2)).toHaveLength(20);
    expect(wanted.filter((c) => !names.has(c))).toEqual([]);
    expect([...names.keys()].filter((c) => !Object.hasOwn(CAMEO_TABLE, c))).toEqual([]);
  });

  it('writes names in Arabic script without Latin letters (other than the bracketed VETO gloss)', () => {
    for (const [code, name] of names) expect(name, code).toMatch(/^[\u0600-\u06FF\s()،]+$/);
  });

  it.each([
    ['173', 'اعتقال أو احتجاز أو ملاحقة قضائية'],
    ['111', 'انتقاد أو تنديد'],
    ['190', 'استخدام القوة العسكرية التقليدية'],
    ['042', 'القيام بزيارة'],
  ])('%s is %s', (code, ar) => {
    expect(names.get(code)).toBe(ar);
  });

  it('gives 4-digit codes their parent name and keeps English names from the table', () => {
    const byCode = new Map(ontologyCodes().map((c) => [c.code, c]));
    expect(byCode.size).toBe(Object.keys(CAMEO_TABLE).length);
    expect(byCode.get('0231')?.name.ar).toBe(names.get('023'));
    expect(byCode.get('0231')?.arFromParent).toBe(true);
    expect(byCode.get('057')?.name.en).toBe(CAMEO_TABLE['057'].name);
  });

  it('keeps the leading zero of an unquoted code, and rejects codes outside the table or names not in Arabic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cameo-ar-'));
    const write = (text: string) => { writeFileSync(join(dir, 'names.yaml'), text); return join(dir, 'names.yaml'); };
    expect([...loadArabicCameoNames(write('names:\n  010: الإدلاء بتصريح\n')).keys()]).toEqual(['010']);
    expect(() => loadArabicCameoNames(write('names:\n  099: تصريح\n'))).toThrow(DataError);
    expect(() => loadArabicCameoNames(write('names:\n  \'010\': Make statement\n'))).toThrow(DataError);
  });
});

describe('actor names', () => {
  it('prefers the state entry and skips codes shared by several organizations', () => {
    const table = buildActorNames([
      { id: 'capital.EGY', code: 'EGY', kind: 'capital', names: { ar: ['القاهرة'], en: ['Cairo'] } },
      { id: 'state.EGY', code: 'EGY', kind: 'state', names: { ar: ['مصر'], en: ['Egypt'] } },
      { id: 'igo.A', code: 'IGO', kind: 'igo', names: { ar: ['آسيان'], en: ['ASEAN'] } },
      { id: 'igo.B', code: 'IGO', kind: 'igo', names: { ar: ['بريكس'], en: ['BRICS'] } },
      { id: 'igo.ARL', code: 'ARL', kind: 'igo', names: { ar: ['جامعة الدول العربية'], en: ['the Arab League'] } },
    ]);
    expect(table.get('EGY')?.name).toEqual({ ar: 'مصر', en: 'Egypt' });
    expect(table.has('IGO')).toBe(false);
    expect(table.get('ARL')?.name).toEqual({ ar: 'جامعة الدول العربية', en: 'Arab League' });
  });

  it.each([
    ['AZE', 'Azerbaijan', 'أذربيجان'],
    ['AZEGOV', 'Azerbaijan', 'أذربيجان'],
    ['UNO', 'United Nations', 'الأمم المتحدة'],
    ['IGO', 'Other international organisation', 'منظمة دولية أخرى'],
    ['UNK', 'Unidentified actor', 'طرف غير محدد'],
    ['UNKREB', 'Unidentified actor', 'طرف غير محدد'],
    ['NGO', 'Non-governmental organisation', 'منظمة غير حكومية'],
  ])('names %s "%s" / "%s"', (code, en, ar) => {
    expect(actorNamesFor([code])[0]).toMatchObject({ code, name: { en, ar } });
  });

  it('gives no name to a code it does not know', () => {
    expect(actorNamesFor(['XQZ'])[0]).toEqual({ code: 'XQZ', name: null, kind: null });
  });
});

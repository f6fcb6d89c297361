// Marsad's CAMEO ontology: look up a code's name, root, QuadClass, Goldstein value and PLOVER mapping.
import { CAMEO_TABLE } from './cameo-table.ts';
import type { QuadClass } from './build-table.ts';

export { CAMEO_TABLE } from './cameo-table.ts';
export { quadClassOfRoot, type QuadClass } from './build-table.ts';

/** Every CAMEO 1.1b3 code, roots included ('01' … '20', '010', '0211', …). */
export type CameoCode = keyof typeof CAMEO_TABLE;
/** A root code, '01' to '20'. */
export type CameoRoot = (typeof CAMEO_TABLE)[CameoCode]['root'];

export interface CameoInfo {
  code: CameoCode;
  name: string;
  root: CameoRoot;
  quadClass: QuadClass;
  goldstein: number;
  /** PLOVER event type and mode (plus context tags); null for codes PLOVER does not map (01x, 02x). */
  plover: { type: string; mode: string | null; context: readonly string[] } | null;
}

/** @example isCameoCode('173') // true; isCameoCode('1799') // false */
export function isCameoCode(code: string): code is CameoCode {
  return Object.hasOwn(CAMEO_TABLE, code);
}

/** @example cameoInfo('173')?.plover // { type: 'COERCE', mode: 'arrest', context: ['legal'] } */
export function cameoInfo(code: string): CameoInfo | undefined {
  if (!isCameoCode(code)) return undefined;
  const row = CAMEO_TABLE[code];
  return { code, ...row };
}

/** @example rootOf('0231') // '02'; rootOf('99') // undefined */
export function rootOf(code: string): CameoRoot | undefined {
  return isCameoCode(code) ? CAMEO_TABLE[code].root : undefined;
}

/** @example quadClassOf('190') // 4 */
export function quadClassOf(code: string): QuadClass | undefined {
  return isCameoCode(code) ? CAMEO_TABLE[code].quadClass : undefined;
}

/** @example goldsteinOf('111') // -2 */
export function goldsteinOf(code: string): number | undefined {
  return isCameoCode(code) ? CAMEO_TABLE[code].goldstein : undefined;
}

// Object.keys puts integer-like keys ('10'…'20') first, so sort: string order is the codebook order.
const CODES = (Object.keys(CAMEO_TABLE) as CameoCode[]).sort();

/** All codes in codebook order. @example allCameoCodes().length // 312 */
export function allCameoCodes(): CameoCode[] {
  return [...CODES];
}

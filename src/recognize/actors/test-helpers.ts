// Test support: run normalize and segment on a sentence so recognizers see real tokens.
import type { Doc, Lang } from '../../doc.ts';
import type { Resources } from '../../pipeline/resources.ts';
import { normalize } from '../../normalize/index.ts';
import { segment } from '../../segment/index.ts';
import { loadLanguage } from '../../../lang/index.ts';

/** A segmented document for `text`, published on `published`. */
export function segmented(text: string, lang: Lang, published = '2025-03-01'): Doc {
  const doc: Doc = { article: { id: 'test', text, lang, published }, text, norm: normalize(text) };
  const res = { langs: { ar: loadLanguage('ar'), en: loadLanguage('en') } } as unknown as Resources;
  return segment(doc, res);
}

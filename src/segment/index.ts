// Stage: split the text into sentences and tokens, and give each token its lookup forms.
import type { Doc, Sentence, Token } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
import { normalizeKey } from '../normalize/index.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import { analyzeToken, type Analysis } from './morphology.ts';
import { lemmatizeEnglish } from './english.ts';

/** Sentences and tokens of a document, with morphology applied to each token. */
export function segment(doc: Doc, res: Resources): Doc {
  const lang = res.langs[doc.article.lang];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const span of splitSentences(doc.text, lang.abbreviations, lang.numberAbbreviations)) {
    const heading = span.heading;
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const t of tokenize(doc.text, span.start, span.end)) {
      const text = doc.text.slice(t.start, t.end);
      const norm = normalizeKey(text);
      const punct = !/[\p{L}\p{N}]/u.test(text);
      const analysis = punct ? { forms: [norm] } : analyzeWord(norm, lang.lang, lang.morphology, res.verbs?.index.ar);
      tokens.push({ index: tokens.length, sentence: index, start: t.start, end: t.end, text, norm, punct, ...analysis });
    }
    sentences.push({ index, start: span.start, end: span.end, tokenStart, tokenEnd: tokens.length, ...(heading ? { heading } : {}) });
  }
  return { ...doc, sentences, tokens };
}

/**
 * Lookup forms of one word: Arabic clitic stems, or the English word and its lemmas. Verb forms of the verb
 * dictionary that begin like the article are known words: "والتقى" is و + the verb التقى, not و + ال + تقى.
 */
function analyzeWord(norm: string, lang: 'ar' | 'en', morphology: Resources['langs']['ar']['morphology'], verbForms?: ReadonlyMap<string, unknown>): Analysis {
  // Analyses depend on the morphology table and on the known verb forms: memoize per pair, per language.
  const owner = (verbForms ?? morphology) as object;
  let byLang = analysisMemo.get(owner);
  if (!byLang) analysisMemo.set(owner, (byLang = { ar: new Map(), en: new Map() }));
  let memo = byLang[lang];
  if (memo.size > 100_000) byLang[lang] = memo = new Map();
  let hit = memo.get(norm);
  if (!hit) memo.set(norm, (hit = analyzeUncached(norm, lang, morphology, verbForms)));
  // Each token gets its own arrays.
  return { ...hit, forms: [...hit.forms], ...(hit.proclitics ? { proclitics: [...hit.proclitics] } : {}) };
}

/** Analyses by word, per verb dictionary (or morphology table) and language: news text repeats its words. */
const analysisMemo = new WeakMap<object, Record<'ar' | 'en', Map<string, Analysis>>>();

function analyzeUncached(norm: string, lang: 'ar' | 'en', morphology: Resources['langs']['ar']['morphology'], verbForms?: ReadonlyMap<string, unknown>): Analysis {
  if (lang === 'en' && !/[\u0600-\u06FF]/.test(norm)) {
    const lemmas = lemmatizeEnglish(norm);
    return { forms: [...new Set([norm, ...lemmas])] };
  }
  // Arabic words inside English text (and the reverse) still get their clitic stems.
  // Only verbs that begin like the article need protecting (التقى، ألقت): other analyses stay as they were.
  return analyzeToken(norm, 'ar', morphology, verbForms ? (stem) => stem.startsWith('ال') && verbForms.has(stem) : undefined);
}

export const segmentStage: Stage<Resources> = {
  name: 'segment',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run: segment,
};

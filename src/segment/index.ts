// Stage: split the text into sentences and tokens, and give each token its lookup forms.
import type { Doc, Sentence, Token } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
import { normalizeKey } from '../normalize/index.ts';
import { splitSentences } from './sentences.ts';
import { eachToken } from './tokens.ts';
import { analyzeToken, type Analysis } from './morphology.ts';
import { lemmatizeEnglish } from './english.ts';

/** Sentences and tokens of a document, with morphology applied to each token. */
export function segment(doc: Doc, res: Resources): Doc {
  const lang = res.langs[doc.article.lang];
  const words = wordMemo(lang.lang, lang.morphology, res.verbs?.index.ar);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const span of splitSentences(doc.text, lang.abbreviations, lang.numberAbbreviations)) {
    const heading = span.heading;
    const index = sentences.length;
    const tokenStart = tokens.length;
    eachToken(doc.text, span.start, span.end, (start, end, text) => {
      let word = words.get(text);
      if (!word) {
        if (words.size > 100_000) words.clear();
        word = readWord(text, lang.lang, lang.morphology, res.verbs?.index.ar);
        words.set(text, word);
      }
      // Every token has the same properties (clitics undefined when there are none): one shape for the stages that read them.
      const { norm, punct, forms, proclitics, enclitic } = word;
      tokens.push({ index: tokens.length, sentence: index, start, end, text, norm, punct, forms, proclitics, enclitic });
    });
    sentences.push({ index, start: span.start, end: span.end, tokenStart, tokenEnd: tokens.length, ...(heading ? { heading } : {}) });
  }
  return { ...doc, sentences, tokens };
}

/** What a token's spelling alone decides: its normalized form, whether it is punctuation, and its analysis. */
interface Word extends Analysis {
  norm: string;
  punct: boolean;
}

/**
 * Words by spelling, per verb dictionary (or morphology table) and language: news text repeats its words,
 * so each spelling is normalized and analysed once. Its tokens share the arrays (forms, proclitics): no stage
 * may change a token's arrays in place.
 */
const wordMemos = new WeakMap<object, Record<'ar' | 'en', Map<string, Word>>>();

function wordMemo(lang: 'ar' | 'en', morphology: Resources['langs']['ar']['morphology'], verbForms?: ReadonlyMap<string, unknown>): Map<string, Word> {
  // Analyses depend on the morphology table and on the known verb forms.
  const owner = (verbForms ?? morphology) as object;
  let byLang = wordMemos.get(owner);
  if (!byLang) wordMemos.set(owner, (byLang = { ar: new Map(), en: new Map() }));
  return byLang[lang];
}

function readWord(text: string, lang: 'ar' | 'en', morphology: Resources['langs']['ar']['morphology'], verbForms?: ReadonlyMap<string, unknown>): Word {
  const norm = normalizeKey(text);
  const punct = !/[\p{L}\p{N}]/u.test(text);
  const { forms, proclitics, enclitic } = punct ? { forms: [norm] } : analyzeWord(norm, lang, morphology, verbForms);
  // Every word has the same properties in the same order: the token loop reads them all at one (fast) site.
  return { norm, punct, forms, proclitics, enclitic };
}

/**
 * Lookup forms of one word: Arabic clitic stems, or the English word and its lemmas. Verb forms of the verb
 * dictionary that begin like the article are known words: "والتقى" is و + the verb التقى, not و + ال + تقى.
 */
function analyzeWord(norm: string, lang: 'ar' | 'en', morphology: Resources['langs']['ar']['morphology'], verbForms?: ReadonlyMap<string, unknown>): Analysis {
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

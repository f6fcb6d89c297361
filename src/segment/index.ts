// Stage: split the text into sentences and tokens, and give each token its lookup forms.
import type { Doc, Sentence, Token } from '../doc.ts';
import type { Stage } from '../pipeline/stage.ts';
import type { Resources } from '../pipeline/resources.ts';
import { normalizeKey } from '../normalize/index.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';
import { analyzeToken } from './morphology.ts';

/** Sentences and tokens of a document, with morphology applied to each token. */
export function segment(doc: Doc, res: Resources): Doc {
  const lang = res.langs[doc.article.lang];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const span of splitSentences(doc.text, lang.abbreviations)) {
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const t of tokenize(doc.text, span.start, span.end)) {
      const text = doc.text.slice(t.start, t.end);
      const norm = normalizeKey(text);
      const punct = !/[\p{L}\p{N}]/u.test(text);
      const analysis = punct ? { forms: [norm] } : analyzeToken(norm, doc.article.lang, lang.morphology);
      tokens.push({ index: tokens.length, sentence: index, start: t.start, end: t.end, text, norm, punct, ...analysis });
    }
    sentences.push({ index, ...span, tokenStart, tokenEnd: tokens.length });
  }
  return { ...doc, sentences, tokens };
}

export const segmentStage: Stage<Resources> = {
  name: 'segment',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run: segment,
};

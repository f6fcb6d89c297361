// The part of a coded Doc worth storing or sending between threads (no tokens or normalized text).
import type { Doc } from '../doc.ts';

export function storableDoc(doc: Doc): Doc {
  const { norm: _norm, tokens: _tokens, sentences: _sentences, explanations: _explanations, ...rest } = doc;
  return rest;
}

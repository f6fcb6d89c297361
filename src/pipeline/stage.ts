// A pipeline stage declares the Doc fields it reads and fills, so a wrong order fails at assembly.
import type { Doc, DocField } from '../doc.ts';

export interface Stage<C = unknown> {
  name: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  run(doc: Doc, context: C): Doc;
}

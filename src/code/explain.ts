// PLACEHOLDER until the coder engineer lands the explanation formatter.
import type { Doc } from '../doc.ts';
export function formatExplanations(doc: Doc): string { return JSON.stringify(doc.explanations ?? []); }

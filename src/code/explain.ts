// Human-readable account of coding decisions (`marsad code --explain`): each event with its rule
// and evidence, and each near-miss with why it was not coded.
import type { Doc } from '../doc.ts';

/**
 * @example console.log(formatExplanations(pipeline.code(article)))
 */
export function formatExplanations(doc: Doc): string {
  const lines: string[] = [];
  const sentences = doc.sentences ?? [];
  const bySentence = new Map<number, string[]>();
  const add = (i: number, line: string) => bySentence.set(i, [...(bySentence.get(i) ?? []), line]);
  for (const e of doc.events ?? []) {
    add(e.sentence, `  CODED  ${e.source ?? '—'}${e.source_sector ? '/' + e.source_sector : ''} → ${e.target ?? '—'}${e.target_sector ? '/' + e.target_sector : ''}  ${e.cameo}${e.negated ? ' (negated)' : ''}  trigger "${e.trigger}" [${e.trigger_start}-${e.trigger_end}]  rule ${e.rule}  confidence ${e.confidence}${e.date ? `  date ${e.date}` : ''}`);
  }
  for (const x of doc.explanations ?? []) {
    if (x.outcome === 'skipped') add(x.sentence, `  MISSED "${x.trigger}" rule ${x.rule}: ${x.reason}`);
  }
  for (const [i, entries] of [...bySentence.entries()].sort((a, b) => a[0] - b[0])) {
    const s = sentences[i];
    lines.push(`[${i}] ${s ? doc.text.slice(s.start, s.end) : ''}`, ...entries);
  }
  return lines.length ? lines.join('\n') : 'no events and no near-misses';
}

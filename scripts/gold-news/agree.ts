// Inter-annotator agreement on the real-news gold: the second reader's files (test/gold-news/agreement/) against
// the first annotation of the same articles (dev/), scored as the evaluation scores the coder (FORMAT.md), and
// with actors ignored (same sentence and root only). Prints every disagreement so it can be settled.
//
//   npx tsx scripts/gold-news/agree.ts
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGold, type GoldArticle } from '../../src/eval/gold.ts';
import { goldSpans, matchSentenceEvents, type SystemEvent } from '../../src/eval/match-events.ts';

const here = new URL('../../test/gold-news/', import.meta.url).pathname;
const second = loadGold(join(here, 'agreement'));
const firstById = new Map(loadGold(join(here, 'dev')).map((g) => [g.id, g]));
const asSystem = (g: GoldArticle): SystemEvent[] =>
  goldSpans(g.text, g.events, g.id).map((span, i) => ({ ...g.events[i]!, quote_start: span.start, quote_end: span.end }));
const root = (c: string) => c.slice(0, 2);

let [both, n1, n2, bothLoose] = [0, 0, 0, 0];
const lines: string[] = [];
for (const b of second) {
  const a = firstById.get(b.id);
  if (!a) throw new Error(`${b.id}: no first annotation in dev/`);
  const spans = goldSpans(a.text, a.events, a.id);
  const strict = matchSentenceEvents(a.events, spans, asSystem(b), 'root');
  const loose = matchSentenceEvents(a.events, spans, asSystem(b), 'root', (g, gs, s) =>
    Math.min(gs.end, s.quote_end) > Math.max(gs.start, s.quote_start) && root(g.cameo) === root(s.cameo));
  both += strict.filter((m) => m >= 0).length;
  bothLoose += loose.filter((m) => m >= 0).length;
  n1 += a.events.length;
  n2 += b.events.length;
  const usedB = new Set(strict);
  a.events.forEach((e, i) => {
    if (strict[i]! < 0) lines.push(`${a.id} only first : ${e.source}→${e.target ?? '—'} ${e.cameo} "${e.trigger}"`);
  });
  b.events.forEach((e, i) => {
    if (!usedB.has(i)) lines.push(`${a.id} only second: ${e.source}→${e.target ?? '—'} ${e.cameo} "${e.trigger}"`);
  });
}
const f = (m: number) => ((200 * m) / (n1 + n2)).toFixed(1);
console.log(`${second.length} articles; events: first ${n1}, second ${n2}`);
console.log(`agreement (F1), sentence + source + target + root: ${f(both)}%  (${both} matched)`);
console.log(`agreement (F1), sentence + root, actors ignored:   ${f(bothLoose)}%  (${bothLoose} matched)`);
console.log(readdirSync(join(here, 'agreement')).length ? `\nDisagreements (source→target code "trigger"):\n${lines.join('\n')}` : '');

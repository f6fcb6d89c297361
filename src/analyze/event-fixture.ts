// Hand-built events for the analysis tests: ev(7, '2025-06-27', 'RUS>AZE', '173', -5).
import type { AnalysisEvent } from './events.ts';

/** QuadClass of a CAMEO root: 01–05 verbal and 06–09 material cooperation, 10–14 verbal and 15–20 material conflict. */
function quadOf(root: number): 1 | 2 | 3 | 4 {
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

export function ev(
  id: number,
  date: string | null,
  dyad: string,
  cameo: string,
  goldstein: number,
  extra: Partial<AnalysisEvent> = {},
): AnalysisEvent {
  const [source, target] = dyad.split('>');
  return {
    id,
    source: source || null,
    target: target || null,
    cameo,
    root: cameo.slice(0, 2),
    quad_class: quadOf(Number(cameo.slice(0, 2))),
    goldstein,
    date,
    negated: false,
    article_id: `a${id}`,
    outlet: 'example.org',
    published: null,
    trigger: `t${id}`,
    quote: `Sentence reporting event ${id}.`,
    cluster_id: null,
    ...extra,
  };
}

// Renders an EvalReport as plain-text tables: P/R/F1 per scope, shares, per-root lines, confusion, per article.
import type { Prf, Share } from './metrics.ts';
import type { EvalReport, ReasonTable, Report } from './score.ts';

const pct = (x: number | null): string => (x === null ? '—' : (100 * x).toFixed(1));
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const padEnd = (s: string, n: number): string => s.padEnd(n);

const prfCells = (p: Prf): string =>
  [pad(p.tp, 5), pad(p.fp, 5), pad(p.fn, 5), pad(pct(p.precision), 7), pad(pct(p.recall), 7), pad(pct(p.f1), 7)].join('');
const shareCell = (s: Share): string => padEnd(`${s.correct}/${s.total}${s.rate === null ? '' : ` ${pct(s.rate)}%`}`, 18);

function scopes(report: EvalReport): [string, Report][] {
  return [['all', report.overall], ...(Object.entries(report.byLang) as [string, Report][])];
}

function prfTable(report: EvalReport): string[] {
  const rows: [string, (r: Report) => Prf][] = [
    ['events: sentence, root', (r) => r.events.sentenceRoot],
    ['events: sentence, full code', (r) => r.events.sentenceCode],
    ['events: document, root', (r) => r.events.document],
    ['actors: (text, code) pairs', (r) => r.actors],
  ];
  const lines = [`${padEnd('', 30)}${padEnd('scope', 6)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('P%', 7)}${pad('R%', 7)}${pad('F1%', 7)}`];
  for (const [name, get] of rows) {
    scopes(report).forEach(([scope, r], i) => lines.push(`${padEnd(i === 0 ? name : '', 30)}${padEnd(scope, 6)}${prfCells(get(r))}`));
  }
  return lines;
}

function shareTable(report: EvalReport): string[] {
  const rows: [string, (r: Report) => Share][] = [
    ['event date, on matches', (r) => r.events.dateAccuracy],
    ['event sectors, on matches', (r) => r.events.sectorAccuracy],
    ['actor sector, on matches', (r) => r.actors.sectorAccuracy],
    // "Found" = a system mention where the gold text stands, with the exact value (FORMAT.md's accuracy).
    ['date accuracy (exact value)', (r) => r.dates.lenient],
    ['  same surface text too', (r) => r.dates.strict],
    ['  system dates in gold', (r) => r.dates.precision],
    ['quantity accuracy (exact value)', (r) => r.quantities.lenient],
    ['  same surface text too', (r) => r.quantities.strict],
    ['  system quantities in gold', (r) => r.quantities.precision],
  ];
  const sc = scopes(report);
  const lines = [`${padEnd('', 34)}${sc.map(([s]) => padEnd(s, 18)).join('')}`];
  for (const [name, get] of rows) lines.push(`${padEnd(name, 34)}${sc.map(([, r]) => shareCell(get(r))).join('')}`);
  return lines;
}

function rootTable(r: Report): string[] {
  const lines = [`${padEnd('root', 6)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('P%', 7)}${pad('R%', 7)}${pad('F1%', 7)}`];
  for (const line of r.perRoot) lines.push(`${padEnd(line.root, 6)}${prfCells(line)}`);
  return lines;
}

function confusionTable(r: Report): string[] {
  const { labels, matrix } = r.confusion;
  const used = labels.map((_, i) => matrix[i].some((n) => n > 0) || matrix.some((row) => row[i] > 0));
  const idx = labels.map((_, i) => i).filter((i) => used[i]);
  if (idx.length === 0) return ['(no events)'];
  const lines = [`${padEnd('gold\\sys', 9)}${idx.map((i) => pad(labels[i], 5)).join('')}`];
  for (const g of idx) lines.push(`${padEnd(labels[g], 9)}${idx.map((s) => pad(matrix[g][s] || '.', 5)).join('')}`);
  return lines;
}

/** Reasons as rows, scopes (all, ar, en) as columns: count and share of that scope's total. */
function reasonTotals(report: EvalReport, pick: (r: Report) => ReasonTable): string[] {
  const sc = scopes(report);
  const reasons = Object.keys(pick(report.overall).byReason);
  const lines = [`${padEnd('', 30)}${sc.map(([s, r]) => padEnd(`${s} (${pick(r).total})`, 14)).join('')}`];
  for (const reason of reasons) {
    const cells = sc.map(([, r]) => {
      const t = pick(r);
      const n = t.byReason[reason] ?? 0;
      return padEnd(`${n} ${t.total ? pct(n / t.total) : '—'}%`, 14);
    });
    lines.push(`${padEnd(reason, 30)}${cells.join('')}`);
  }
  return lines;
}

/** Roots as rows, reasons as columns. */
function reasonByRoot(t: ReasonTable): string[] {
  const reasons = Object.keys(t.byReason);
  if (!reasons.length) return ['(none)'];
  const lines = [`${padEnd('root', 6)}${reasons.map((r) => ` ${r}`).join('')}`];
  // Keys like "10" are integer-like, so an object keeps them before "01": sort explicitly.
  for (const [root, row] of Object.entries(t.byRoot).sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`${padEnd(root, 6)}${reasons.map((r) => pad(row[r] || '.', r.length + 1)).join('')}`);
  }
  return lines;
}

function diagnosis(report: EvalReport): string[] {
  const sc = scopes(report);
  return [
    'Why gold events were missed (sentence, root)',
    ...reasonTotals(report, (r) => r.misses),
    '',
    'Why false events were produced',
    ...reasonTotals(report, (r) => r.falses),
    '',
    `${padEnd('attachment: root proposed, actors recognised → matched', 58)}${sc.map(([s, r]) => `${s} ${shareCell(r.attachment)}`).join('')}`,
    `${padEnd('false events whose source is not in the sentence', 58)}${sc.map(([s, r]) => `${s} ${shareCell(r.falseSourceOutside)}`).join('')}`,
    ...sc.flatMap(([s, r]) => ['', `Missed per root (${s})`, ...reasonByRoot(r.misses), '', `False per root (${s})`, ...reasonByRoot(r.falses)]),
  ];
}

/**
 * The whole report as readable plain text.
 * @example console.log(formatReport(await evaluate('../shared/eval/dev', code)))
 */
export function formatReport(report: EvalReport): string {
  const langs = Object.entries(report.byLang).map(([l, r]) => `${l} ${r!.articles}`);
  const articleLines = report.articles.map(
    (a) => `${padEnd(a.id, 20)}${padEnd(a.lang, 4)}gold ${pad(a.goldEvents, 3)}  system ${pad(a.systemEvents, 3)}  ${prfCells(a.events)}`,
  );
  return [
    `Marsad evaluation: ${report.overall.articles} articles (${langs.join(', ')})`,
    '',
    ...prfTable(report),
    '',
    ...shareTable(report),
    '',
    'Per root (events, sentence level, all articles)',
    ...rootTable(report.overall),
    '',
    'Root confusion (rows gold, columns system; same sentence and actors)',
    ...confusionTable(report.overall),
    '',
    ...diagnosis(report),
    '',
    `${padEnd('Per article (events, sentence, root)', 44)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('P%', 7)}${pad('R%', 7)}${pad('F1%', 7)}`,
    ...articleLines,
    '',
  ]
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * Several gold sets side by side: events P/R/F1 per set and language, then each set's miss and false-event reasons.
 * @example console.log(formatSideBySide([['dev', devReport], ['test', testReport]]))
 */
export function formatSideBySide(reports: readonly [string, EvalReport][]): string {
  const width = Math.max(24, ...reports.map(([name]) => name.length + 2));
  const head = `${padEnd('gold set', width)}${padEnd('scope', 6)}${pad('art', 5)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('P%', 7)}${pad('R%', 7)}${pad('F1%', 7)}${pad('code F1', 9)}${pad('attach%', 9)}`;
  const lines = ['Marsad evaluation: events, sentence level, root (code F1: full code)', '', head];
  for (const [name, report] of reports) {
    scopes(report).forEach(([scope, r], i) => {
      lines.push(
        `${padEnd(i === 0 ? name : '', width)}${padEnd(scope, 6)}${pad(r.articles, 5)}${prfCells(r.events.sentenceRoot)}${pad(pct(r.events.sentenceCode.f1), 9)}${pad(pct(r.attachment.rate), 9)}`,
      );
    });
  }
  for (const [name, report] of reports) {
    lines.push('', `== ${name} ==`, 'Why gold events were missed', ...reasonTotals(report, (r) => r.misses), 'Why false events were produced', ...reasonTotals(report, (r) => r.falses));
  }
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

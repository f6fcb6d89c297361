// A small terminal column chart drawn with Unicode eighth blocks, for the tension line.

const BLOCKS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

export interface ChartOptions {
  /** Rows of the plot area. */
  height?: number;
  /** Value at the top of the plot. */
  max?: number;
  /** Characters per column, the last one a gap when more than one. */
  width?: number;
}

/**
 * Columns, one per value, scaled to [0, max], with a y axis (0, middle, max) and the first and last labels below.
 * @example columnChart([{ label: '2025-01', value: 20 }, { label: '2025-02', value: 70 }])
 */
export function columnChart(points: readonly { label: string; value: number }[], options: ChartOptions = {}): string {
  const { height = 8, max = 100, width = 2 } = options;
  if (!points.length) return '';
  const eighths = points.map((p) => Math.round((Math.min(Math.max(p.value, 0), max) / max) * height * 8));
  const axis = [String(max), String(max / 2), '0'];
  const pad = Math.max(...axis.map((s) => s.length));
  const rows: string[] = [];
  for (let r = height - 1; r >= 0; r--) {
    const label = r === height - 1 ? axis[0]! : r === Math.floor((height - 1) / 2) ? axis[1]! : r === 0 ? axis[2]! : '';
    const cells = eighths.map((e) => BLOCKS[Math.min(Math.max(e - r * 8, 0), 8)]!.repeat(Math.max(1, width - 1)) + (width > 1 ? ' ' : ''));
    rows.push(`${label.padStart(pad)} │${cells.join('')}`);
  }
  const span = points.length * width;
  const first = points[0]!.label;
  const last = points[points.length - 1]!.label;
  const gap = Math.max(1, span - first.length - last.length);
  rows.push(`${' '.repeat(pad)} └${'─'.repeat(span)}`);
  rows.push(`${' '.repeat(pad)}  ${points.length > 1 ? first + ' '.repeat(gap) + last : first}`);
  return rows.join('\n');
}

/**
 * One-line sparkline of values scaled to [0, max].
 * @example sparkline([0, 50, 100]) // '▁▅█'
 */
export function sparkline(values: readonly number[], max = 100): string {
  return values.map((v) => BLOCKS[Math.max(1, Math.round((Math.min(Math.max(v, 0), max) / max) * 8))]!).join('');
}

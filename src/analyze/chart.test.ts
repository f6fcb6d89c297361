import { describe, expect, it } from 'vitest';
import { columnChart, sparkline } from './chart.ts';

describe('terminal charts', () => {
  it('draws a sparkline with eighth blocks', () => {
    expect(sparkline([0, 25, 50, 100])).toBe('▁▂▄█');
  });

  it('draws columns scaled to the height, with axis and first and last labels', () => {
    const chart = columnChart([{ label: '2025-01', value: 25 }, { label: '2025-02', value: 100 }], { height: 2, width: 1 });
    expect(chart.split('\n')).toEqual(['100 │ █', ' 50 │▄█', '    └──', '     2025-01 2025-02']);
  });

  it('is empty with no points', () => {
    expect(columnChart([])).toBe('');
  });
});

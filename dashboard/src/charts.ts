// echarts set-up shared by the pages: the modules we use, locale-aware axes, and mirroring for right-to-left.
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { fmtNumber, isRtl } from './i18n/index.ts';

echarts.use([BarChart, GraphChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

export const FONT = "'Noto Naskh Arabic', system-ui, 'DejaVu Sans', sans-serif";
export const QUAD_COLORS = ['#4c9f70', '#1f7a4d', '#e39b3a', '#c0392b'];

const live = new Set<Chart>();

/** Dispose every chart of the previous page (called on navigation). */
export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}

window.addEventListener('resize', () => {
  for (const chart of live) chart.resize();
});

/**
 * Mount a chart in `host`; the option is given base text style and tooltip.
 * @example mountChart(div, { xAxis: categoryAxis(labels), yAxis: valueAxis(), series: [...] })
 */
export function mountChart(host: HTMLElement, option: ChartOption): Chart {
  const chart = echarts.init(host, undefined, { renderer: 'canvas' });
  // richText tooltips: labels never pass through innerHTML.
  const tooltip = option.tooltip ? { ...(option.tooltip as object), renderMode: 'richText' } : undefined;
  chart.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option, ...(tooltip ? { tooltip } : {}) });
  live.add(chart);
  return chart;
}

/** A category x axis, reversed in right-to-left so time runs from right to left. */
export function categoryAxis(labels: string[]): Record<string, unknown> {
  return { type: 'category', data: labels, inverse: isRtl(), axisLabel: { fontFamily: FONT } };
}

/** A value y axis on the reading-start side, labels in the locale's digits. */
export function valueAxis(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    position: isRtl() ? 'right' : 'left',
    axisLabel: { fontFamily: FONT, formatter: (v: number) => fmtNumber(v) },
    ...extra,
  };
}

/** Grid margins: room for the y-axis labels on the start side. */
export function grid(): Record<string, unknown> {
  return isRtl() ? { left: 20, right: 50, top: 40, bottom: 30 } : { left: 50, right: 20, top: 40, bottom: 30 };
}

export function legend(): Record<string, unknown> {
  return { top: 0, [isRtl() ? 'right' : 'left']: 0, textStyle: { fontFamily: FONT } };
}

/** echarts, tree-shaken to the charts the dashboard draws, bundled (no CDN). */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  TitleComponent,
  RadarComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([
  BarChart,
  LineChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  TitleComponent,
  RadarComponent,
  SVGRenderer,
]);

const live = new Set<echarts.ECharts>();

/** Draws a chart into an element (SVG renderer: crisp, and its text is visible to tests and screen readers). */
export function chart(element: HTMLElement, option: EChartsCoreOption): echarts.ECharts {
  const instance = echarts.init(element, undefined, { renderer: 'svg' });
  instance.setOption({ animation: false, ...option });
  live.add(instance);
  return instance;
}

/** Disposes every chart (before a page re-renders). */
export function disposeCharts(): void {
  for (const c of live) c.dispose();
  live.clear();
}

window.addEventListener('resize', () => {
  for (const c of live) c.resize();
});

/** Status colours (colour-blind-safe-ish: differ in lightness too). */
export const statusColours = { green: '#1a7f37', amber: '#c98a00', red: '#c62828', none: '#8c959f' } as const;

/**
 * How the selected area stands out in a chart: its category label in bold with a marker, its bar outlined in black
 * (shape and weight, not colour alone).
 */
export const highlight = {
  category: (name: string, selected: boolean) =>
    selected ? { value: name, textStyle: { fontWeight: 'bold', color: '#000' } } : name,
  bar: (colour: string, selected: boolean) =>
    selected ? { color: colour, borderColor: '#000', borderWidth: 2, opacity: 1 } : { color: colour, opacity: 0.85 },
} as const;

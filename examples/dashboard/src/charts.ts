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

/** One bar of {@link areaBars}: an area, its value and the bar's colour. */
export interface AreaBar {
  readonly nis: string;
  readonly name: string;
  readonly value: number | null | undefined;
  readonly colour: string;
}

/**
 * A horizontal bar per area, values written by `numbers`; the selected area stands out by shape and weight, not colour
 * alone (its label in bold, its bar outlined in black). `xAxis` and `series` add to the value axis and the bars.
 */
export function areaBars(
  element: HTMLElement,
  bars: readonly AreaBar[],
  options: {
    readonly selected: string;
    readonly numbers: (value: number) => string;
    readonly grid: Readonly<Record<string, number>>;
    readonly xAxis?: Readonly<Record<string, unknown>>;
    readonly series?: Readonly<Record<string, unknown>>;
  },
): echarts.ECharts {
  const { selected, numbers } = options;
  return chart(element, {
    grid: options.grid,
    tooltip: { trigger: 'axis', valueFormatter: numbers },
    xAxis: { type: 'value', ...options.xAxis, axisLabel: { formatter: numbers } },
    yAxis: {
      type: 'category',
      data: bars.map((b) =>
        b.nis === selected ? { value: b.name, textStyle: { fontWeight: 'bold', color: '#000' } } : b.name,
      ),
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => ({
          value: b.value,
          itemStyle:
            b.nis === selected
              ? { color: b.colour, borderColor: '#000', borderWidth: 2, opacity: 1 }
              : { color: b.colour, opacity: 0.85 },
        })),
        ...options.series,
      },
    ],
  });
}

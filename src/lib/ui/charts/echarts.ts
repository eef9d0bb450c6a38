/**
 * The one ECharts action (after evidence's echarts.action): ECharts is loaded lazily
 * with only what the charts use, initialised on mount, resized with the element,
 * replaced (not merged) on update and disposed on destroy.
 */
import type { Action } from 'svelte/action';
import type { EChartsOption } from 'echarts';
import { chartSafeOption } from './safe-text';

type ECharts = typeof import('echarts/core');
/** A live chart, as `echarts.init` returns it. */
export type ChartInstance = ReturnType<ECharts['init']>;

let loading: Promise<ECharts> | null = null;

/**
 * Loads echarts/core once and registers what the option builders use (bar, line, heatmap,
 * scatter and map series; grid, legend, tooltip, aria, visual map, mark line and mark area; the label
 * layout that hides overlapping names) and the SVG renderer.
 */
export function loadECharts(): Promise<ECharts> {
	loading ??= Promise.all([
		import('echarts/core'),
		import('echarts/charts'),
		import('echarts/components'),
		import('echarts/renderers'),
		import('echarts/features')
	]).then(([core, charts, components, renderers, features]) => {
		core.use([
			charts.BarChart,
			charts.LineChart,
			charts.HeatmapChart,
			charts.ScatterChart,
			charts.MapChart,
			components.GridComponent,
			components.LegendComponent,
			components.TooltipComponent,
			components.AriaComponent,
			components.VisualMapComponent,
			components.MarkLineComponent,
			components.MarkAreaComponent,
			features.LabelLayout,
			renderers.SVGRenderer
		]);
		return core;
	});
	return loading;
}

/** The chart drawn in `node` by the action, once ECharts has loaded (undefined if it failed or is gone). */
export async function chartInstance(node: HTMLElement): Promise<ChartInstance | undefined> {
	const echarts = await loadECharts();
	return echarts.getInstanceByDom(node);
}

/** A chart mounted in an element: set its option, or take it down. */
export interface MountedChart {
	setOption(option: EChartsOption): void;
	destroy(): void;
}

/**
 * Draws `option` into `node` once ECharts has loaded, resized with the element; `ready` gets the
 * instance first (to listen to clicks). Used by the actions; a chart that cannot load says so in
 * its element and nothing else breaks (the tables hold the same numbers).
 */
export function mountChart(
	node: HTMLElement,
	initial: EChartsOption,
	ready?: (instance: ChartInstance) => void
): MountedChart {
	// Every option ECharts gets has its texts made safe first (safe-text.ts: no label may reach Object.prototype).
	let option = chartSafeOption(initial);
	let instance: ChartInstance | null = null;
	let observer: ResizeObserver | null = null;
	let destroyed = false;

	loadECharts()
		.then((echarts) => {
			if (destroyed) return;
			instance = echarts.init(node, null, { renderer: 'svg' });
			ready?.(instance);
			instance.setOption(option, { notMerge: true });
			observer = new ResizeObserver(() => instance?.resize());
			observer.observe(node);
		})
		.catch((error: unknown) => {
			node.textContent = error instanceof Error ? error.message : String(error);
		});

	return {
		setOption(next) {
			option = chartSafeOption(next);
			instance?.setOption(option, { notMerge: true });
		},
		destroy() {
			destroyed = true;
			observer?.disconnect();
			instance?.dispose();
		}
	};
}

/** `use:chart={option}` — draws `option` into the element. */
export const chart: Action<HTMLElement, EChartsOption> = (node, initial) => {
	const mounted = mountChart(node, initial);
	return { update: (next) => mounted.setOption(next), destroy: mounted.destroy };
};

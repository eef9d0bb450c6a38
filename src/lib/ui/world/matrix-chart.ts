/**
 * The pair matrix as an ECharts heatmap (loaded lazily through the project's loader), with a
 * click on a cell reported as (row, column), mounted like every chart (charts/echarts.ts).
 */
import type { Action } from 'svelte/action';
import type { EChartsOption } from 'echarts';
import { accessibleBase, escapeHtml, labelRoom } from '../charts/common';
import { mountChart } from '../charts/echarts';
import { viridisScale } from '../charts/heatmap';

/** What the matrix draws: the top countries' shares, row = the country looking. */
export interface MatrixChartData {
	/** Axis labels: the country ids (ISO3), short enough for 80 columns. */
	labels: string[];
	/** Full names, for the tooltip. */
	names: string[];
	/** rows × columns; null leaves the cell blank (the diagonal, pairs without trade). */
	values: (number | null)[][];
	format: (value: number) => string;
	/** The tooltip's "row looking at column", with {country} and {partner}. */
	tooltip: (country: string, partner: string) => string;
	description: string;
}

/** Cell size in px by matrix size: readable labels at 20, the whole matrix on screen at 80. */
function cellSize(count: number): number {
	return count <= 20 ? 26 : count <= 40 ? 16 : 10;
}

/** Room above the plot (column labels) and below it (the colour scale). */
const TOP = 40;
const BOTTOM = 64;

/** Height in px of the drawing for `count` rows. */
export function matrixChartHeight(count: number): number {
	return Math.max(240, TOP + count * cellSize(count) + BOTTOM);
}

/** The heatmap option: viridis from 0 to the largest share shown. */
export function matrixChartOption(data: MatrixChartData): EChartsOption {
	const cells: [number, number, number][] = [];
	let max = 0;
	data.values.forEach((row, r) =>
		row.forEach((value, c) => {
			if (value === null || !Number.isFinite(value)) return;
			cells.push([c, r, value]);
			max = Math.max(max, value);
		})
	);
	const fontSize = data.labels.length > 40 ? 9 : 11;
	const axisLabel = { interval: 0, fontSize };
	return {
		...accessibleBase(data.description),
		grid: { left: labelRoom(data.labels, 120), right: 16, top: TOP, bottom: BOTTOM },
		tooltip: {
			trigger: 'item',
			// Names come from the file's country codes: escaped, since tooltips are HTML.
			formatter: (params) => {
				const [c, r, value] = (Array.isArray(params) ? params[0] : params).value as number[];
				const title = data.tooltip(data.names[r], data.names[c]);
				return `${escapeHtml(title)}<br>${escapeHtml(data.format(value))}`;
			}
		},
		xAxis: {
			type: 'category',
			data: data.labels,
			position: 'top',
			axisLabel: { ...axisLabel, rotate: data.labels.length > 20 ? 90 : 0 }
		},
		yAxis: { type: 'category', data: data.labels, inverse: true, axisLabel },
		visualMap: viridisScale(0, max > 0 ? max : 1, data.format),
		series: [
			{
				type: 'heatmap',
				data: cells,
				label: { show: false },
				itemStyle: { decal: { symbol: 'none' } },
				emphasis: { itemStyle: { borderColor: '#1c2430', borderWidth: 1 } }
			}
		]
	};
}

/** The chart's option and what a click on a cell does. */
export interface MatrixChartParams {
	option: EChartsOption;
	onpick: (row: number, column: number) => void;
}

/** `use:matrixChart={{ option, onpick }}`: draws the heatmap and reports clicked cells. */
export const matrixChart: Action<HTMLElement, MatrixChartParams> = (node, initial) => {
	let params = initial;
	const mounted = mountChart(node, initial.option, (instance) =>
		instance.on('click', (event) => {
			const value = event.value as number[] | undefined;
			if (Array.isArray(value)) params.onpick(value[1], value[0]);
		})
	);
	return {
		update(next) {
			params = next;
			mounted.setOption(next.option);
		},
		destroy: mounted.destroy
	};
};

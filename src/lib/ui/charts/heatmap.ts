/** Heatmaps (e.g. partner × sector): the data they draw and the ECharts option. Pure. */
import type { EChartsOption } from 'echarts';
import { accessibleBase, escapeHtml, labelRoom } from './common';
import { VIRIDIS } from './palette';

/** What a heatmap draws: a value per row × column on one colour scale. */
export interface HeatmapData {
	rows: string[];
	columns: string[];
	/** rows × columns; null (or NaN) leaves the cell blank. */
	values: (number | null)[][];
	format: (value: number) => string;
	/** Ends of the colour scale. */
	min: number;
	max: number;
	/** What the chart shows, in words: its aria-label and the exported files' description. */
	description: string;
}

/** Above this many cells the values are left to the tooltip (written in the cells they would not fit). */
const MAX_LABELLED_CELLS = 150;
const CELL_HEIGHT = 26;
/** Column names longer than this, or more columns than this, are written at a slant. */
const SLANT_AFTER = { name: 12, columns: 8 } as const;

const slanted = (data: HeatmapData) =>
	data.columns.length > SLANT_AFTER.columns ||
	data.columns.some((name) => name.length > SLANT_AFTER.name);

/** The drawn cells as [column, row, value]; blank cells are simply absent. */
export function heatmapCells(data: HeatmapData): [number, number, number][] {
	return data.rows.flatMap((_, row) =>
		data.columns.flatMap((__, column): [number, number, number][] => {
			const value = data.values[row]?.[column];
			return value === null || value === undefined || !Number.isFinite(value)
				? []
				: [[column, row, value]];
		})
	);
}

/** Space in px below the plot: slanted column names, then the colour scale. */
function bottomRoom(data: HeatmapData): number {
	const names = slanted(data)
		? Math.min(140, 16 + 5 * Math.max(0, ...data.columns.map((n) => n.length)))
		: 28;
	return names + 48;
}

/** A heatmap: one cell per row × column, coloured on viridis from `min` to `max`. */
export function heatmapOption(data: HeatmapData): EChartsOption {
	const cells = heatmapCells(data);
	const labelled = data.rows.length * data.columns.length <= MAX_LABELLED_CELLS;
	return {
		...accessibleBase(data.description),
		grid: { left: labelRoom(data.rows), right: 24, top: 16, bottom: bottomRoom(data) },
		tooltip: {
			trigger: 'item',
			// Row and column names can come from the user's files: escaped, since tooltips are HTML.
			formatter: (params) => {
				const [column, row, value] = (Array.isArray(params) ? params[0] : params).value as number[];
				return `${escapeHtml(data.rows[row])} · ${escapeHtml(data.columns[column])}<br>${escapeHtml(data.format(value))}`;
			}
		},
		xAxis: {
			type: 'category',
			data: data.columns,
			splitArea: { show: false },
			axisLabel: { interval: 0, rotate: slanted(data) ? 45 : 0 }
		},
		yAxis: { type: 'category', data: data.rows, inverse: true, axisLabel: { interval: 0 } },
		visualMap: viridisScale(data.min, data.max, data.format),
		series: [
			{
				type: 'heatmap',
				data: cells,
				label: {
					show: labelled,
					fontSize: 11,
					formatter: (params) => data.format((params.value as number[])[2])
				},
				// One series: a decal would tell nothing apart and only blur the colour scale, so it
				// draws no symbol ('none' as a whole decal is not accepted in strict mode).
				itemStyle: { decal: { symbol: 'none' } },
				emphasis: { itemStyle: { borderColor: '#1c2430', borderWidth: 1 } }
			}
		]
	};
}

/** The colour scale of a heatmap's values (the third dimension): viridis, drawn below the chart. */
export function viridisScale(
	min: number,
	max: number,
	format: (value: number) => string
): EChartsOption['visualMap'] {
	return {
		type: 'continuous',
		min,
		max,
		dimension: 2,
		calculable: false,
		orient: 'horizontal',
		left: 'center',
		bottom: 0,
		itemHeight: 160,
		text: [format(max), format(min)],
		inRange: { color: VIRIDIS }
	};
}

/** Height in px that gives every row a readable cell, plus the column names and colour scale. */
export function heatmapHeight(data: HeatmapData): number {
	return Math.max(200, 16 + data.rows.length * CELL_HEIGHT + bottomRoom(data));
}

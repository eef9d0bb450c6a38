/**
 * Line and heatmap options, rendered to SVG with ECharts' server-side renderer: the numbers,
 * names and gaps must reach the drawing (guards against data in a shape ECharts ignores).
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import {
	LINE_CHART_HEIGHT,
	VIRIDIS,
	heatmapCells,
	heatmapHeight,
	heatmapOption,
	lineChartOption,
	type HeatmapData,
	type LineChartData
} from '../../../src/lib/ui/charts/options';

/** Renders an option to SVG as the browser's SVG renderer would. */
function renderSvg(option: EChartsOption, height: number, width = 600): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(option, { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** The stroked line paths of one colour: their `d` attributes (each `M` starts a drawn piece). */
function linePaths(svg: string, color: string, dashed: boolean): string[] {
	const paths = [
		...svg.matchAll(/<path d="([^"]+)" fill="none"[^>]*stroke="([^"]+)" stroke-width="2"([^>]*)>/g)
	];
	return paths
		.filter((m) => m[2] === color && m[3].includes('stroke-dasharray') === dashed)
		.map((m) => m[1]);
}

const pieces = (d: string) => d.split('M').filter(Boolean);

describe('line chart: threshold sensitivity', () => {
	// Shares of trade as α runs 5–25 %; GHM has no value at 15 % (a gap), FF dashed in the same colour.
	const data: LineChartData = {
		x: [5, 10, 15, 20, 25],
		xName: 'α (%)',
		yName: 'Participação no comércio',
		series: [
			{ name: 'CIIH GHM', values: [0.1, 0.2, null, 0.3, 0.35], colorIndex: 2 },
			{ name: 'CIIH FF', values: [0.12, 0.22, 0.25, 0.3, 0.33], dashed: true, colorIndex: 2 }
		],
		format: (value) => `${Math.round(value * 100)} %`,
		formatX: (value) => `${value} %`,
		yMin: 0,
		yMax: 1,
		markX: { value: 15, label: 'α em uso' },
		description: 'CIIH cresce com α.'
	};
	const option = lineChartOption(data);
	const svg = renderSvg(option, LINE_CHART_HEIGHT);

	it('is accessible: aria with the description, decal patterns', () => {
		expect(option.aria).toEqual({
			enabled: true,
			label: { description: 'CIIH cresce com α.' },
			decal: { show: true }
		});
	});

	it('draws the solid line in two pieces around the gap, the dashed one in one piece', () => {
		// Okabe–Ito index 2 is #009E73 for both series.
		const solid = linePaths(svg, '#009E73', false);
		const dashed = linePaths(svg, '#009E73', true);
		expect(solid).toHaveLength(1);
		expect(dashed).toHaveLength(1);
		// GHM: 5–10 and 20–25 (the null at 15 breaks it); FF: 5 points in one piece.
		expect(pieces(solid[0]).map((piece) => piece.split('L').length)).toEqual([2, 2]);
		expect(pieces(dashed[0]).map((piece) => piece.split('L').length)).toEqual([5]);
	});

	it('places the points by value: y = 0.2 is twice as high above zero as 0.1', () => {
		const [first, second] = pieces(linePaths(svg, '#009E73', false)[0]);
		const [, y01] = first.split('L')[0].split(' ').map(Number); // (5, 0.1)
		const [, y02] = first.split('L')[1].split(' ').map(Number); // (10, 0.2)
		const [, y03] = second.split('L')[0].split(' ').map(Number); // (20, 0.3)
		// Zero is at the bottom of the plot; y grows downward: (zero − y) is proportional to the value.
		const zero = y01 + (y01 - y02); // 0.1 steps are equal: zero = y(0.1) + (y(0.1) − y(0.2))
		expect((zero - y02) / (zero - y01)).toBeCloseTo(2, 1);
		expect((zero - y03) / (zero - y01)).toBeCloseTo(3, 1);
	});

	it('writes the axes, names, legend and the α marker', () => {
		for (const text of ['5 %', '25 %', '0 %', '100 %', 'α (%)', 'Participação no comércio']) {
			expect(svg).toContain(`>${text}</text>`);
		}
		expect(svg).toContain('>CIIH GHM</text>');
		expect(svg).toContain('>CIIH FF</text>');
		expect(svg).toContain('>α em uso</text>');
		// The marker is a vertical line half-way along x (15 is the middle of 5–25).
		const axis = /<path d="M([\d.]+) [\d.]+L([\d.]+) [\d.]+" fill="none"[^>]*stroke="#5a6473"/.exec(
			svg
		);
		expect(axis?.[1]).toBe(axis?.[2]);
		const xs = pieces(linePaths(svg, '#009E73', true)[0]).flatMap((p) =>
			p.split('L').map((point) => Number(point.split(' ')[0]))
		);
		expect(Number(axis?.[1])).toBeCloseTo((xs[0] + xs[4]) / 2, 0);
	});
});

describe('line chart: annual series on categories', () => {
	const data: LineChartData = {
		x: ['2019', '2020', '2021'],
		series: [{ name: 'Índice CII', values: [0.4, null, 0.5] }],
		format: (value) => value.toFixed(2),
		description: 'Índice CII por ano.'
	};
	const option = lineChartOption(data);

	it('uses a category axis with the years and leaves the missing year out', () => {
		expect(option.xAxis).toMatchObject({ type: 'category', data: ['2019', '2020', '2021'] });
		const svg = renderSvg(option, LINE_CHART_HEIGHT);
		for (const year of ['2019', '2020', '2021']) expect(svg).toContain(`>${year}</text>`);
		// Okabe–Ito index 0 (#0072B2): two isolated points, so no line piece joins them.
		const drawn = linePaths(svg, '#0072B2', false).flatMap(pieces);
		expect(drawn).toHaveLength(2);
		expect(drawn.every((piece) => !piece.includes('L'))).toBe(true);
		// Marks only for 2019 and 2021 (data indices 0 and 2).
		const marks = [
			...svg.matchAll(/ecmeta_series_index="0" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g)
		];
		expect(marks.map((m) => Number(m[1]))).toEqual([0, 2]);
	});

	it('uses a value axis with whole steps when the years are numbers', () => {
		const numeric = lineChartOption({ ...data, x: [2019, 2020, 2021] });
		expect(numeric.xAxis).toMatchObject({ type: 'value', minInterval: 1 });
		const svg = renderSvg(numeric, LINE_CHART_HEIGHT);
		expect(svg).toContain('>2020</text>');
		expect(svg).not.toContain('>2019.5</text>');
	});
});

describe('heatmap', () => {
	// 2 rows × 3 columns; the middle column has no value at all (null, NaN): no cell drawn.
	const data: HeatmapData = {
		rows: ['Alemanha', '<b>Terra</b>'],
		columns: ['Máquinas', 'Químico', 'Têxtil'],
		values: [
			[0.1, null, 0.9],
			[0.5, NaN, 0.25]
		],
		format: (value) => value.toFixed(2),
		min: 0,
		max: 1,
		description: 'CII por parceiro e setor.'
	};
	const option = heatmapOption(data);
	const svg = renderSvg(option, heatmapHeight(data));
	const cells = [
		...svg.matchAll(
			/<path d="M[^"]+" fill="rgb\((\d+),(\d+),(\d+)\)" ecmeta_series_index="0" ecmeta_data_index="(\d+)"/g
		)
	].map((m) => ({ rgb: [Number(m[1]), Number(m[2]), Number(m[3])], index: Number(m[4]) }));

	it('keeps only the cells with a number, as [column, row, value]', () => {
		expect(heatmapCells(data)).toEqual([
			[0, 0, 0.1],
			[2, 0, 0.9],
			[0, 1, 0.5],
			[2, 1, 0.25]
		]);
		expect(cells.map((cell) => cell.index)).toEqual([0, 1, 2, 3]);
	});

	it('is accessible and colours on viridis from min to max', () => {
		expect(option.aria).toEqual({
			enabled: true,
			label: { description: 'CII por parceiro e setor.' },
			decal: { show: true }
		});
		expect(option.visualMap).toMatchObject({ min: 0, max: 1, inRange: { color: VIRIDIS } });
		// Low values dark (viridis starts at #440154), high values light (ends at #fde725):
		const brightness = (rgb: number[]) => rgb[0] + rgb[1] + rgb[2];
		const [low, high, mid, quarter] = cells.map((cell) => brightness(cell.rgb));
		expect(low).toBeLessThan(quarter);
		expect(quarter).toBeLessThan(mid);
		expect(mid).toBeLessThan(high);
		// No stripes over the cells: the colour is the only code of a one-series heatmap, so any
		// decal pattern laid over the cells is empty.
		const patterns = [...svg.matchAll(/<pattern[^>]*id="([^"]+)">([\s\S]*?)<\/pattern>/g)];
		expect(patterns.length).toBeGreaterThan(0);
		for (const [, , body] of patterns) {
			expect([...body.matchAll(/<path d="([^"]*)"/g)].every((m) => m[1] === '')).toBe(true);
		}
	});

	it('writes the values in the cells, the names on the axes and the scale ends', () => {
		for (const text of ['0.10', '0.90', '0.50', '0.25', 'Alemanha', 'Máquinas', 'Têxtil']) {
			expect(svg).toContain(`>${text}</text>`);
		}
		expect(svg).toContain('>0.00</text>');
		expect(svg).toContain('>1.00</text>');
		// A row name is text in the SVG, escaped (never markup).
		expect(svg).toContain('&lt;b&gt;Terra&lt;/b&gt;');
	});

	it('names row, column and value in the tooltip, escaping HTML from the files', () => {
		const tooltip = option.tooltip as { formatter: (params: { value: number[] }) => string };
		expect(tooltip.formatter({ value: [2, 1, 0.25] })).toBe(
			'&lt;b&gt;Terra&lt;/b&gt; · Têxtil<br>0.25'
		);
	});

	it('gives every row 26 px plus room for the names and the scale', () => {
		// 16 (top) + 2 × 26 (rows) + 28 (upright column names) + 48 (scale) = 144 → the 200 px floor.
		expect(heatmapHeight(data)).toBe(200);
		const tall = { ...data, rows: Array.from({ length: 10 }, (_, i) => `r${i}`) };
		// 16 + 10 × 26 + 28 + 48 = 352.
		expect(heatmapHeight(tall)).toBe(352);
	});
});

/**
 * Bar chart options (the paper's Figures 1–3 and any bar chart) are pure functions of the views:
 * checked as objects and by rendering them to SVG with ECharts' server-side renderer (guards
 * against options that ECharts silently ignores, e.g. a misspelt series type or data in the wrong shape).
 */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import type { ClassSplit } from '../../../src/lib/engine/model/types';
import type { GroupRow, GroupTable, MethodFigures } from '../../../src/lib/engine/views/tables';
import {
	OKABE_ITO,
	barChartOption,
	chartHeight,
	compositionBySector,
	describeLargest,
	iitIndexByPartner,
	qualityBySector,
	type BarChartData,
	type ChartLabels
} from '../../../src/lib/ui/charts/options';

function figures(overrides: Partial<MethodFigures>): MethodFigures {
	const volume: ClassSplit = {
		oneWay: 0,
		hiit: 0,
		viitSup: 0,
		viitInf: 0,
		unclassified: 0,
		outlier: 0
	};
	return {
		volume,
		iit: 0,
		hiit: 0,
		viit: 0,
		iitIndex: 0,
		hiitShare: NaN,
		viitShare: NaN,
		unclassifiedShare: NaN,
		outlierShare: NaN,
		viitSupShare: NaN,
		viitInfShare: NaN,
		hiitShareClassified: NaN,
		viitShareClassified: NaN,
		...overrides
	};
}

function row(id: string, ghm: Partial<MethodFigures>, ff: Partial<MethodFigures>): GroupRow {
	return { id, trade: 1000, ghm: figures(ghm), ff: figures(ff), glc: NaN, aquinoQ: NaN };
}

function table(rows: GroupRow[]): GroupTable {
	return {
		rows,
		others: null,
		othersMean: null,
		mean: rows[0],
		total: rows[0],
		years: [2020, 2021]
	};
}

const labels: ChartLabels = {
	methodName: { ghm: 'GHM', ff: 'FF' },
	groupName: (id) => ({ USA: 'Estados Unidos', DEU: 'Alemanha', machinery: 'Máquinas' })[id] ?? id,
	iitIndex: 'Índice CII',
	hiit: 'Horizontal',
	viit: 'Vertical',
	unclassified: 'Não classificado',
	outlier: 'Atípico',
	viitInf: 'Inferior',
	viitSup: 'Superior',
	largest: (series, category, value) => `${series}: ${category} (${value}).`,
	noData: 'Sem dados.'
};
const percent = (value: number) => `${value.toFixed(0)} %`;

/** Renders an option to an SVG string the way the browser's SVG renderer would draw it. */
function renderSvg(data: BarChartData, width = 800): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width,
		height: chartHeight(data)
	});
	try {
		chart.setOption(barChartOption(data), { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** The bars drawn: series index, data index, start x and signed length (horizontal bars: `M<x> <y>l<length> 0`). */
function barsOf(svg: string): { series: number; index: number; x: number; length: number }[] {
	const bars = [
		...svg.matchAll(
			/<path d="M([\d.-]+) [\d.-]+l([\d.-]+) 0[^"]*"[^>]*ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g
		)
	];
	return bars.map((m) => ({
		series: Number(m[3]),
		index: Number(m[4]),
		x: Number(m[1]),
		length: Number(m[2])
	}));
}

/** The x of a text element whose content is exactly `text`; `size` picks the value labels (11 px) over the axis (12 px). */
function textX(svg: string, text: string, size = 12): number {
	const match = new RegExp(
		`font-size:${size}px;[^>]*translate\\(([\\d.-]+) [\\d.-]+\\)"[^>]*>${text}</text>`
	).exec(svg);
	if (!match) throw new Error(`no text ${text}`);
	return Number(match[1]);
}

const partners = table([
	row('USA', { iitIndex: 0.42 }, { iitIndex: 0.61 }),
	row('DEU', { iitIndex: 0.5625 }, { iitIndex: NaN })
]);

const sectors = table([
	row(
		'machinery',
		{
			hiit: 300,
			viit: 700,
			volume: { oneWay: 0, hiit: 300, viitSup: 200, viitInf: 500, unclassified: 50, outlier: 0 },
			viitInfShare: 500 / 700,
			viitSupShare: 200 / 700
		},
		{ hiit: 100, viit: 900, viitInfShare: 0.25, viitSupShare: 0.75 }
	)
]);

describe('IIT index by partner', () => {
	const data = iitIndexByPartner(partners, ['ghm', 'ff'], labels, percent);

	it('has one bar series per method, in percent, with a gap for an undefined index', () => {
		expect(data.categories).toEqual(['Estados Unidos', 'Alemanha']);
		expect(data.series.map((s) => s.name)).toEqual(['Índice CII GHM', 'Índice CII FF']);
		expect(data.series[0].values).toEqual([42, 56.25]);
		expect(data.series[1].values).toEqual([61, null]);
		expect(data.series.every((s) => s.stack === undefined)).toBe(true);
	});

	it('describes the largest bar of each series', () => {
		// GHM: max(42, 56.25) = 56.25 → Alemanha, “56 %”; FF: max(61, –) = 61 → Estados Unidos.
		expect(data.description).toBe(
			'Índice CII GHM: Alemanha (56 %). Índice CII FF: Estados Unidos (61 %).'
		);
	});

	it('builds an accessible, colour-blind-safe option', () => {
		const option = barChartOption(data);
		expect(option.color).toEqual(OKABE_ITO);
		expect(option.aria).toEqual({
			enabled: true,
			label: { description: data.description },
			decal: { show: true }
		});
		expect(option.yAxis).toMatchObject({ type: 'category', data: data.categories });
	});

	it('renders to SVG with the partner names, series names and the values at the bars', () => {
		const svg = renderSvg(data);
		expect(svg.startsWith('<svg')).toBe(true);
		for (const text of ['Estados Unidos', 'Alemanha', 'Índice CII GHM', 'Índice CII FF']) {
			expect(svg).toContain(text);
		}
		// The values written at the bars' ends: 42, 56.25 → “56 %”, 61.
		for (const value of ['42 %', '56 %', '61 %']) expect(svg).toContain(`>${value}</text>`);
		// Two series × two partners, one bar missing (NaN index) → three bars, as long as their values.
		const bars = barsOf(svg);
		expect(bars.map(({ series, index }) => [series, index])).toEqual([
			[0, 0],
			[0, 1],
			[1, 0]
		]);
		const [usaGhm, deuGhm, usaFf] = bars.map((bar) => bar.length);
		expect(deuGhm / usaGhm).toBeCloseTo(56.25 / 42, 2);
		expect(usaFf / usaGhm).toBeCloseTo(61 / 42, 2);
	});

	it('shows only the chosen method', () => {
		const ffOnly = iitIndexByPartner(partners, ['ff'], labels, percent);
		expect(ffOnly.series.map((s) => s.name)).toEqual(['Índice CII FF']);
		expect(ffOnly.description).toBe('Índice CII FF: Estados Unidos (61 %).');
	});
});

describe('composition by sector', () => {
	const data = compositionBySector(sectors, ['ghm', 'ff'], labels, (v) => `$${v}`);

	it('stacks HIIT, VIIT and unclassified per method', () => {
		expect(data.series.map((s) => [s.name, s.stack, s.values[0]])).toEqual([
			['Horizontal GHM', 'ghm', 300],
			['Vertical GHM', 'ghm', 700],
			['Não classificado GHM', 'ghm', 50],
			['Horizontal FF', 'ff', 100],
			['Vertical FF', 'ff', 900],
			['Não classificado FF', 'ff', 0]
		]);
		const option = barChartOption(data);
		const series = option.series as { type: string; stack?: string }[];
		expect(series.every((s) => s.type === 'bar')).toBe(true);
	});

	it('renders the sector and the legend, and stacks GHM to 300 + 700 + 50 = 1050', () => {
		const svg = renderSvg(data);
		expect(svg).toContain('Máquinas');
		expect(svg).toContain('Horizontal GHM');
		expect(svg).toContain('Vertical FF');
		// Stacked parts of one bar are drawn end to end: GHM 300, 700, 50; FF 100, 900 (0 draws nothing visible).
		const ghm = barsOf(svg).filter((bar) => bar.series <= 2);
		expect(ghm[1].x).toBeCloseTo(ghm[0].x + ghm[0].length, 0);
		expect(ghm[1].length / ghm[0].length).toBeCloseTo(700 / 300, 2);
		expect(ghm[2].length / ghm[0].length).toBeCloseTo(50 / 300, 2);
	});
});

describe('composition by sector with the unit-value screen', () => {
	it('adds the screened part apart, only when some trade was screened', () => {
		const screened = table([
			row(
				'machinery',
				{
					hiit: 300,
					viit: 700,
					volume: {
						oneWay: 0,
						hiit: 300,
						viitSup: 200,
						viitInf: 500,
						unclassified: 50,
						outlier: 80
					}
				},
				{ hiit: 100, viit: 900 }
			)
		]);
		const data = compositionBySector(screened, ['ghm', 'ff'], labels, (v) => `$${v}`);
		expect(data.series.map((s) => [s.name, s.stack, s.values[0]])).toEqual([
			['Horizontal GHM', 'ghm', 300],
			['Vertical GHM', 'ghm', 700],
			['Não classificado GHM', 'ghm', 50],
			['Atípico GHM', 'ghm', 80],
			['Horizontal FF', 'ff', 100],
			['Vertical FF', 'ff', 900],
			['Não classificado FF', 'ff', 0],
			['Atípico FF', 'ff', 0]
		]);
	});
});

describe('quality by sector', () => {
	const data = qualityBySector(sectors, ['ghm', 'ff'], labels, percent);

	it('is a 100 % stack of VIIT-inf and VIIT-sup', () => {
		expect(data.max).toBe(100);
		const [inf, sup] = data.series;
		expect((inf.values[0] ?? 0) + (sup.values[0] ?? 0)).toBeCloseTo(100, 12);
		expect(data.series.map((s) => s.name)).toEqual([
			'Inferior GHM',
			'Superior GHM',
			'Inferior FF',
			'Superior FF'
		]);
		expect(barChartOption(data).xAxis).toMatchObject({ type: 'value', max: 100 });
	});

	it('describes each series by its largest sector', () => {
		// One sector: GHM inf 500/700 = 71.4 % → “71 %”, sup 200/700 = 28.6 % → “29 %”; FF 25 % and 75 %.
		expect(data.description).toBe(
			'Inferior GHM: Máquinas (71 %). Superior GHM: Máquinas (29 %). ' +
				'Inferior FF: Máquinas (25 %). Superior FF: Máquinas (75 %).'
		);
	});

	it('renders with the axis formatted in percent', () => {
		const svg = renderSvg(data);
		expect(svg).toContain('Superior FF');
		expect(svg).toContain('100 %');
	});
});

describe('bars below zero (e.g. a relative quality index)', () => {
	const data: BarChartData = {
		categories: ['Alfa', 'Beta', 'Gama'],
		series: [{ name: 'Índice relativo', values: [0.5, -0.25, null] }],
		format: (value) => value.toFixed(2),
		showValues: true,
		description: 'Índice relativo por setor.'
	};
	const svg = renderSvg(data, 600);
	const [alfa, beta] = barsOf(svg);

	it('draws a negative bar leftwards from the same zero, half as long as 0.5 for −0.25', () => {
		expect(barsOf(svg)).toHaveLength(2); // Gama is null: no bar
		expect(alfa.length).toBeGreaterThan(0);
		expect(beta.length).toBeLessThan(0);
		expect(beta.x).toBe(alfa.x);
		expect(-beta.length / alfa.length).toBeCloseTo(0.25 / 0.5, 3);
	});

	it('marks zero with a line and writes −0.25 on the left of its bar', () => {
		// The zero line: a vertical path in the line colour, at the bars' common start (snapped to the pixel).
		const zero = /<path d="M([\d.]+) [\d.]+L([\d.]+) [\d.]+"[^>]*stroke="#1c2430"/.exec(svg);
		expect(zero?.[1]).toBe(zero?.[2]);
		expect(Math.abs(Number(zero?.[1]) - alfa.x)).toBeLessThan(1);
		expect(textX(svg, '-0.25', 11)).toBeLessThan(alfa.x + beta.length);
		expect(textX(svg, '0.50', 11)).toBeGreaterThan(alfa.x + alfa.length);
	});

	it('keeps the category names at the left edge, not at zero', () => {
		expect(textX(svg, 'Beta')).toBeLessThan(alfa.x + beta.length);
	});
});

describe('describeLargest', () => {
	it('skips series without values and says so when none has any', () => {
		const phrase = (s: string, c: string, v: string) => `${s}/${c}/${v}`;
		const data = {
			categories: ['a', 'b'],
			series: [
				{ name: 'x', values: [null, NaN] },
				{ name: 'y', values: [-3, -1] }
			],
			format: String
		};
		// y: max(−3, −1) = −1 at b.
		expect(describeLargest(data, phrase, 'none')).toBe('y/b/-1');
		expect(describeLargest({ ...data, series: [data.series[0]] }, phrase, 'none')).toBe('none');
	});
});

/**
 * Chart options are pure functions of the views: checked as objects and by rendering
 * them to SVG with ECharts' server-side renderer (guards against options that ECharts
 * silently ignores, e.g. a misspelt series type or data in the wrong shape).
 */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import type { ClassSplit } from '../../src/lib/engine/types';
import type { GroupRow, GroupTable, MethodFigures } from '../../src/lib/engine/views';
import {
	OKABE_ITO,
	barChartOption,
	chartHeight,
	compositionBySector,
	iitIndexByPartner,
	qualityBySector,
	type BarChartData,
	type ChartLabels
} from '../../src/lib/ui/charts/options';

function figures(overrides: Partial<MethodFigures>): MethodFigures {
	const volume: ClassSplit = { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0 };
	return {
		volume,
		iit: 0,
		hiit: 0,
		viit: 0,
		iitIndex: 0,
		hiitShare: NaN,
		viitShare: NaN,
		unclassifiedShare: NaN,
		viitSupShare: NaN,
		viitInfShare: NaN,
		hiitShareClassified: NaN,
		viitShareClassified: NaN,
		...overrides
	};
}

function row(id: string, ghm: Partial<MethodFigures>, ff: Partial<MethodFigures>): GroupRow {
	return { id, trade: 1000, ghm: figures(ghm), ff: figures(ff) };
}

function table(rows: GroupRow[]): GroupTable {
	return { rows, others: null, mean: rows[0], total: rows[0], years: [2020, 2021] };
}

const labels: ChartLabels = {
	methodName: { ghm: 'GHM', ff: 'FF' },
	groupName: (id) => ({ USA: 'Estados Unidos', DEU: 'Alemanha', machinery: 'Máquinas' })[id] ?? id,
	iitIndex: 'Índice CII',
	hiit: 'Horizontal',
	viit: 'Vertical',
	unclassified: 'Não classificado',
	viitInf: 'Inferior',
	viitSup: 'Superior'
};
const percent = (value: number) => `${value.toFixed(0)} %`;

/** Renders an option to an SVG string the way the browser's SVG renderer would draw it. */
function renderSvg(data: BarChartData): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: 800,
		height: chartHeight(data)
	});
	try {
		chart.setOption(barChartOption(data), { notMerge: true });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** The bars drawn: series index, data index and length (horizontal bars: the `l<width> 0` segment). */
function barsOf(svg: string): { series: number; index: number; length: number }[] {
	const bars = [
		...svg.matchAll(
			/<path d="M[\d.-]+ [\d.-]+l([\d.-]+) 0[^"]*"[^>]*ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g
		)
	];
	return bars.map((m) => ({ series: Number(m[2]), index: Number(m[3]), length: Number(m[1]) }));
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
			volume: { oneWay: 0, hiit: 300, viitSup: 200, viitInf: 500, unclassified: 50 },
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

	it('builds an accessible, colour-blind-safe option', () => {
		const option = barChartOption(data);
		expect(option.color).toEqual(OKABE_ITO);
		expect(option.aria).toMatchObject({ enabled: true, decal: { show: true } });
		expect(option.yAxis).toMatchObject({ type: 'category', data: data.categories });
	});

	it('renders to SVG with the partner names and the series names', () => {
		const svg = renderSvg(data);
		expect(svg.startsWith('<svg')).toBe(true);
		for (const text of ['Estados Unidos', 'Alemanha', 'Índice CII GHM', 'Índice CII FF']) {
			expect(svg).toContain(text);
		}
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

	it('renders the sector and the legend', () => {
		const svg = renderSvg(data);
		expect(svg).toContain('Máquinas');
		expect(svg).toContain('Horizontal GHM');
		expect(svg).toContain('Vertical FF');
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

	it('renders with the axis formatted in percent', () => {
		const svg = renderSvg(data);
		expect(svg).toContain('Superior FF');
		expect(svg).toContain('100 %');
	});
});

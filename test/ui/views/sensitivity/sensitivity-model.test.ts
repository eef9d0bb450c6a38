/**
 * Sensitivity charts and tables from a hand-made SensitivityResult: two keys whose classes at
 * every α and θ follow from their R and overlap by hand (below), shares of T = 200 + 300 = 500.
 */
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import type { SensitivityResult, ShareSeries } from '../../../../src/lib/engine/model/queries';
import { lineChartOption } from '../../../../src/lib/ui/charts/line';
import {
	alphaChart,
	gridIndex,
	headlinePoints,
	shareTable,
	thetaChart,
	valuesAtMarker,
	type SensitivityLabels
} from '../../../../src/lib/ui/views/sensitivity/sensitivity-model';

/*
 * Key 1: X = M = 100, R = 1.2, T = 200, overlap 200.
 *   GHM: 1 − α ≤ 1.2 always; 1.2 ≤ 1 + α ⇔ α ≥ 20 % → HIIT, else VIIT-sup.
 *   FF: min/max = 1 → two-way; 1/(1+α) ≤ 1.2 always; 1.2 ≤ 1 + α ⇔ α ≥ 20 % → HIIT, else VIIT-sup.
 * Key 2: X = 50, M = 250, R = 0.7, T = 300, overlap 100, one-way part 200.
 *   GHM: 1 − α ≤ 0.7 ⇔ α ≥ 30 % → overlap HIIT, else VIIT-inf; 200 one-way.
 *   FF: min/max = 0.2, two-way ⇔ θ < 20 %; 1/(1+α) ≤ 0.7 ⇔ α ≥ 3/7 ≈ 42.9 % → HIIT, else VIIT-inf.
 */
const T = 500;
type Split = Record<keyof ShareSeries, number>;
const ghmAt = (k: number): Split => ({
	hiit: (k >= 20 ? 200 : 0) + (k >= 30 ? 100 : 0),
	viitSup: k >= 20 ? 0 : 200,
	viitInf: k >= 30 ? 0 : 100,
	unclassified: 0,
	oneWay: 200,
	outlier: 0
});
const ffAt = (alphaK: number, thetaK: number): Split => {
	const twoWay2 = thetaK < 20;
	return {
		hiit: (alphaK >= 20 ? 200 : 0) + (twoWay2 && alphaK >= 43 ? 300 : 0),
		viitSup: alphaK >= 20 ? 0 : 200,
		viitInf: twoWay2 && alphaK < 43 ? 300 : 0,
		unclassified: 0,
		oneWay: twoWay2 ? 0 : 300,
		outlier: 0
	};
};

function series(splits: Split[], trade = T): ShareSeries {
	const pick = (field: keyof ShareSeries) => splits.map((split) => split[field] / trade);
	return {
		oneWay: pick('oneWay'),
		hiit: pick('hiit'),
		viitSup: pick('viitSup'),
		viitInf: pick('viitInf'),
		unclassified: pick('unclassified'),
		outlier: pick('outlier')
	};
}

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ALPHA_K = range(5, 50);
const THETA_K = range(0, 50);

/** The worker's answer with α in use 15 % and θ in use 10 %. */
function result(trade = T): SensitivityResult {
	return {
		alphas: ALPHA_K.map((k) => k / 100),
		ghmByAlpha: series(ALPHA_K.map(ghmAt), trade),
		ffByAlpha: series(
			ALPHA_K.map((k) => ffAt(k, 10)),
			trade
		),
		thetas: THETA_K.map((k) => k / 100),
		ffByTheta: series(
			THETA_K.map((k) => ffAt(15, k)),
			trade
		),
		trade
	};
}

const LABELS: SensitivityLabels = {
	method: { ghm: 'GHM', ff: 'FF' },
	className: (id) => `classe ${id}`,
	alphaInUse: 'α em uso',
	thetaInUse: 'θ em uso',
	alpha: 'α',
	theta: 'θ',
	share: 'participação'
};

describe('headlinePoints', () => {
	it('gives VIIT’s share of trade at the paper’s 15 % and 25 %', () => {
		// GHM: α = 15 % → sup 200 + inf 100 = 300 / 500; α = 25 % → inf 100 / 500.
		const ghm = headlinePoints(result(), 'ghm');
		expect(ghm.map((point) => point.alpha)).toEqual([0.15, 0.25]);
		expect(ghm[0].viit).toBeCloseTo(0.6, 12);
		expect(ghm[1].viit).toBeCloseTo(0.2, 12);
		// FF: α = 15 % → sup 200 + inf 300 = all 500; α = 25 % → inf 300 / 500.
		const ff = headlinePoints(result(), 'ff');
		expect(ff[0].viit).toBeCloseTo(1, 12);
		expect(ff[1].viit).toBeCloseTo(0.6, 12);
	});

	it('leaves out α values the grid does not hold', () => {
		expect(headlinePoints(result(), 'ghm', [0.155, 0.3]).map((point) => point.alpha)).toEqual([
			0.3
		]);
	});
});

describe('gridIndex', () => {
	it('finds k / 100 values, including a setting computed another way', () => {
		const alphas = result().alphas;
		expect(gridIndex(alphas, 0.05)).toBe(0);
		// 0.05 + 0.1 = 0.15000000000000002 ≠ 15 / 100 in the last bit: still found.
		expect(gridIndex(alphas, 0.05 + 0.1)).toBe(10);
		expect(gridIndex(alphas, 0.155)).toBe(-1);
	});
});

describe('alphaChart', () => {
	it('draws GHM solid and FF dashed, a class in the same colour in both', () => {
		const chart = alphaChart(result(), ['ghm', 'ff'], 0.15, LABELS);
		expect(chart.series).toHaveLength(10);
		const hiitGhm = chart.series.find((line) => line.name === 'classe hiit (GHM)');
		const hiitFf = chart.series.find((line) => line.name === 'classe hiit (FF)');
		expect(hiitGhm?.dashed).toBe(false);
		expect(hiitFf?.dashed).toBe(true);
		expect(hiitGhm?.colorIndex).toBe(hiitFf?.colorIndex);
		// At α = 20 % (index 15) key 1's 200 turns horizontal: 200 / 500.
		expect(hiitGhm?.values[14]).toBe(0);
		expect(hiitGhm?.values[15]).toBe(0.4);
		// At α = 30 % key 2's overlap joins it: 300 / 500.
		expect(hiitGhm?.values[25]).toBe(0.6);
		expect(chart.markX).toEqual({ value: 0.15, label: 'α em uso' });
		expect(chart.x).toEqual(result().alphas);
	});

	it('draws only the methods shown', () => {
		const chart = alphaChart(result(), ['ghm'], 0.25, LABELS);
		expect(chart.series.map((line) => line.name)).toEqual([
			'classe hiit (GHM)',
			'classe viit-sup (GHM)',
			'classe viit-inf (GHM)',
			'classe unclassified (GHM)',
			'classe one-way (GHM)'
		]);
	});

	it('leaves gaps (null) where there is no trade to share', () => {
		const chart = alphaChart(result(0), ['ghm'], 0.15, LABELS);
		expect(chart.series.every((line) => line.values.every((value) => value === null))).toBe(true);
	});
});

describe('thetaChart', () => {
	it('draws FF’s classes over θ with the marker at θ in use', () => {
		const chart = thetaChart(result(), 0.1, LABELS);
		expect(chart.series).toHaveLength(5);
		expect(chart.series.every((line) => line.dashed)).toBe(true);
		const oneWay = chart.series.find((line) => line.name === 'classe one-way (FF)');
		// Key 2 (min/max = 0.2) turns one-way once θ reaches 20 %: 300 / 500.
		expect(oneWay?.values[19]).toBe(0);
		expect(oneWay?.values[20]).toBe(0.6);
		expect(chart.markX).toEqual({ value: 0.1, label: 'θ em uso' });
	});
});

describe('shareTable', () => {
	it('has a row every 5 points plus the value in use', () => {
		const table = shareTable(
			result().alphas,
			{ ghm: result().ghmByAlpha, ff: result().ffByAlpha },
			['ghm', 'ff'],
			0.17
		);
		expect(table.rows.map((row) => row.value)).toEqual([
			0.05, 0.1, 0.15, 0.17, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5
		]);
		expect(table.rows.filter((row) => row.inUse).map((row) => row.value)).toEqual([0.17]);
		expect(table.columns.map((column) => column.key)).toEqual([
			'ghm-hiit',
			'ghm-viit-sup',
			'ghm-viit-inf',
			'ghm-unclassified',
			'ghm-one-way',
			'ff-hiit',
			'ff-viit-sup',
			'ff-viit-inf',
			'ff-unclassified',
			'ff-one-way'
		]);
		const at20 = table.rows[4].shares;
		// α = 20 %: GHM HIIT 200, VIIT-inf 100, one-way 200; FF HIIT 200, VIIT-inf 300.
		expect(at20['ghm-hiit']).toBe(0.4);
		expect(at20['ghm-viit-inf']).toBe(0.2);
		expect(at20['ghm-one-way']).toBe(0.4);
		expect(at20['ff-viit-inf']).toBe(0.6);
		// α = 45 % ≥ 3/7: FF is all horizontal.
		expect(table.rows[9].shares['ff-hiit']).toBe(1);
	});

	it('marks the value in use when it is on a 5-point step, and none when off the grid', () => {
		const grid = result().alphas;
		const byMethod = { ghm: result().ghmByAlpha };
		const onStep = shareTable(grid, byMethod, ['ghm'], 0.15);
		expect(onStep.rows).toHaveLength(10);
		expect(onStep.rows.find((row) => row.inUse)?.value).toBe(0.15);
		const offGrid = shareTable(grid, byMethod, ['ghm'], 0.155);
		expect(offGrid.rows).toHaveLength(10);
		expect(offGrid.rows.some((row) => row.inUse)).toBe(false);
		expect(offGrid.columns).toHaveLength(5);
	});

	it('tabulates θ for FF', () => {
		const table = shareTable(result().thetas, { ff: result().ffByTheta }, ['ff'], 0.1);
		expect(table.rows.map((row) => row.value)).toEqual([
			0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5
		]);
		// θ = 15 %: key 2 two-way, VIIT-inf 300 / 500; θ = 20 %: one-way.
		expect(table.rows[3].shares['ff-viit-inf']).toBe(0.6);
		expect(table.rows[4].shares['ff-viit-inf']).toBe(0);
		expect(table.rows[4].shares['ff-one-way']).toBe(0.6);
	});
});

describe('valuesAtMarker', () => {
	it('reads every line at the marker', () => {
		const chart = alphaChart(result(), ['ghm'], 0.25, LABELS);
		const percent = (value: number) => `${Math.round(value * 100)} %`;
		// α = 25 %: HIIT 200, VIIT-sup 0, VIIT-inf 100, one-way 200 of 500.
		expect(valuesAtMarker(chart, percent)).toBe(
			'classe hiit (GHM) 40 %; classe viit-sup (GHM) 0 %; classe viit-inf (GHM) 20 %; classe unclassified (GHM) 0 %; classe one-way (GHM) 40 %'
		);
		expect(valuesAtMarker(alphaChart(result(), ['ghm'], 0.155, LABELS), percent)).toBe('');
	});
});

describe('drawn by the line chart builder', () => {
	it('renders every class line and the marker at α in use', () => {
		const chart = alphaChart(result(), ['ghm', 'ff'], 0.15, LABELS);
		const option = lineChartOption({
			...chart,
			format: (value) => `${Math.round(value * 100)}%`,
			formatX: (value) => `${Math.round(Number(value) * 100)}%`,
			description: 'test'
		});
		const instance = echarts.init(null, null, {
			renderer: 'svg',
			ssr: true,
			width: 800,
			height: 320
		});
		try {
			instance.setOption(option);
			const svg = instance.renderToSVGString();
			// The legend names all ten lines; the marker carries its label.
			for (const line of chart.series) expect(svg).toContain(line.name);
			expect(svg).toContain('α em uso');
		} finally {
			instance.dispose();
		}
	});
});

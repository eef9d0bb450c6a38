/**
 * Threshold sensitivity: a five-key example worked by hand, then agreement at grid points with
 * classifyKeys run at that α or θ (an independent route: one full classification per point).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/prng';
import { classifyKeys, emptySplit } from '../../../src/lib/engine/classify/classify';
import type { ShareSeries } from '../../../src/lib/engine/model/queries';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	partnerInSet,
	type Selection
} from '../../../src/lib/engine/model/selection';
import { thresholdSensitivity } from '../../../src/lib/engine/classify/sensitivity';
import type { ClassSplit, ClassifySettings, TradeKeys } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const CLASSES = Object.keys(emptySplit()) as (keyof ClassSplit)[];
const key = { year: 2020, reporter: 'BRA', partner: 'USA' };
const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2020,
	yearTo: 2020,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};

const HAND = makeKeys([
	// A: R = 120/100 = 1.2, T = 220, O = 200, min/max = 0.83. 1.2 > 1 + α until α = 0.20
	// (1 + 0.2 is the double 1.2): VIIT-sup for α = 0.05 … 0.19, HIIT from 0.20, both methods.
	{ ...key, product: 640399, x: 120, qx: 1, m: 100, qm: 1 },
	// B: R = 0.6, T = 160, O = 120, min/max = 0.6. GHM: 0.6 < 1 − α until α = 0.40 (1 − 0.4 is
	// the double 0.6): VIIT-inf for 0.05 … 0.39, HIIT from 0.40. FF: 1/(1 + α) ≥ 1/1.5 > 0.6: VIIT-inf.
	{ ...key, product: 847130, x: 60, qx: 1, m: 100, qm: 1 },
	// C: R = (10/1)/(90/9) = 1, T = 100, O = 20, min/max = 1/9 ≈ 0.111: two-way for θ ≤ 0.11.
	{ ...key, product: 10121, x: 10, qx: 1, m: 90, qm: 9 },
	// D: exports only, T = 50: one-way everywhere.
	{ ...key, product: 20130, x: 50, m: 0 },
	// E: no quantities, T = 50, O = 40, |X − M| = 10, min/max = 0.67: unclassified.
	{ ...key, product: 870323, x: 30, m: 20, unitX: null, unitM: null },
	// Outside the selection: another year.
	{ ...key, year: 2019, product: 870323, x: 1000, m: 1000 }
]);

/** The series at the grid point of `value`, as dollars (share × T). */
function dollarsAt(series: ShareSeries, grid: number[], value: number, trade: number) {
	const g = grid.indexOf(value);
	expect(g).toBeGreaterThanOrEqual(0);
	return Object.fromEntries(CLASSES.map((c) => [c, series[c][g] * trade]));
}

describe('thresholdSensitivity by hand', () => {
	const result = thresholdSensitivity(HAND, PAPER, SELECTION);
	const T = 220 + 160 + 100 + 50 + 50;

	it('has the grids k/100 and the selection trade', () => {
		expect(result.alphas).toEqual(Array.from({ length: 46 }, (_, i) => (i + 5) / 100));
		expect(result.thetas).toEqual(Array.from({ length: 51 }, (_, i) => i / 100));
		expect(result.alphas[10]).toBe(0.15);
		expect(result.trade).toBe(T);
	});

	it('GHM over α: one-way 20 + 40 + 80 + 50 + 10 = 200 and unclassified 40 throughout', () => {
		const at = (alpha: number) => dollarsAt(result.ghmByAlpha, result.alphas, alpha, T);
		const expectDollars = (alpha: number, split: ClassSplit) => {
			const got = at(alpha);
			for (const c of CLASSES) expect(got[c]).toBeCloseTo(split[c], 9);
		};
		const base = { oneWay: 200, unclassified: 40, outlier: 0 };
		expectDollars(0.05, { ...base, viitSup: 200, viitInf: 120, hiit: 20 });
		expectDollars(0.19, { ...base, viitSup: 200, viitInf: 120, hiit: 20 });
		expectDollars(0.2, { ...base, viitSup: 0, viitInf: 120, hiit: 220 });
		expectDollars(0.39, { ...base, viitSup: 0, viitInf: 120, hiit: 220 });
		expectDollars(0.4, { ...base, viitSup: 0, viitInf: 0, hiit: 340 });
		expectDollars(0.5, { ...base, viitSup: 0, viitInf: 0, hiit: 340 });
	});

	it('FF over α (θ = 0.1): one-way 50, VIIT-inf 160, unclassified 50 throughout', () => {
		const base = { oneWay: 50, viitInf: 160, unclassified: 50, outlier: 0 };
		const at = (alpha: number) => dollarsAt(result.ffByAlpha, result.alphas, alpha, T);
		expect(at(0.19)).toEqual({ ...base, viitSup: 220, hiit: 100 });
		expect(at(0.2)).toEqual({ ...base, viitSup: 0, hiit: 320 });
	});

	it('FF over θ (α = 0.15): C turns one-way from θ = 0.12', () => {
		const base = { viitSup: 220, viitInf: 160, unclassified: 50, outlier: 0 };
		const at = (theta: number) => dollarsAt(result.ffByTheta, result.thetas, theta, T);
		expect(at(0)).toEqual({ ...base, oneWay: 50, hiit: 100 });
		expect(at(0.11)).toEqual({ ...base, oneWay: 50, hiit: 100 });
		expect(at(0.12)).toEqual({ ...base, oneWay: 150, hiit: 0 });
		expect(at(0.5)).toEqual({ ...base, oneWay: 150, hiit: 0 });
	});

	it('shares sum to 1 at every grid point', () => {
		for (const series of [result.ghmByAlpha, result.ffByAlpha, result.ffByTheta]) {
			const points = series.oneWay.length;
			for (let g = 0; g < points; g++) {
				expect(CLASSES.reduce((sum, c) => sum + series[c][g], 0)).toBeCloseTo(1, 12);
			}
		}
	});

	it('is NaN everywhere for a selection without trade', () => {
		const empty = thresholdSensitivity(HAND, PAPER, { ...SELECTION, reporter: 'ARG' });
		expect(empty.trade).toBe(0);
		for (const series of [empty.ghmByAlpha, empty.ffByAlpha, empty.ffByTheta]) {
			for (const c of CLASSES) {
				expect(series[c].length).toBeGreaterThan(40);
				for (const share of series[c]) expect(share).toBeNaN();
			}
		}
	});
});

/** Random keys of BRA with R spread around the grid bounds, some on them exactly. */
function randomKeys(count: number, seed: number): TradeKeys {
	const random = mulberry32(seed);
	const rows: KeyRow[] = [];
	for (let i = 0; i < count; i++) {
		const m = random() < 0.1 ? 0 : 1 + Math.floor(random() * 1000);
		// X from M times a ratio: sometimes exactly 1 ± k/100 (the grid bounds), sometimes anything.
		const k = Math.floor(random() * 60);
		const u = random();
		const ratio = u < 0.3 ? 1 + k / 100 : u < 0.5 ? 1 - k / 100 : 10 ** (random() * 2 - 1);
		rows.push({
			year: 2018 + (i % 3),
			reporter: 'BRA',
			partner: ['USA', 'CHL', 'DEU', 'CHN'][i % 4],
			product: [640399, 847130, 10121, 870323, 300490][Math.floor(i / 12) % 5] + Math.floor(i / 60),
			x: random() < 0.05 ? 0 : m * ratio,
			m,
			qx: random() < 0.1 ? undefined : 1,
			qm: 1
		});
	}
	return makeKeys(rows);
}

/** Class dollars of classifyKeys' cells in the selection, at the given settings. */
function cellDollars(keys: TradeKeys, settings: ClassifySettings, selection: Selection) {
	const ghm = emptySplit();
	const ff = emptySplit();
	for (const cell of classifyKeys(keys, settings, selection.scope)) {
		if (cell.reporter !== selection.reporter) continue;
		if (cell.year < selection.yearFrom || cell.year > selection.yearTo) continue;
		if (!partnerInSet(selection.partners, cell.partner, cell.year)) continue;
		for (const c of CLASSES) {
			ghm[c] += cell.ghm[c];
			ff[c] += cell.ff[c];
		}
	}
	return { ghm, ff };
}

function expectRelative(actual: number, expected: number, scale: number): void {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(scale * 1e-12);
}

describe('thresholdSensitivity agrees with classifyKeys', () => {
	const keys = randomKeys(900, 4242);
	const selections: Selection[] = [
		{ ...SELECTION, yearFrom: 2018, yearTo: 2020 },
		{ ...SELECTION, yearFrom: 2018, yearTo: 2020, partners: { kind: 'group', id: 'oecd' } },
		{ ...SELECTION, yearFrom: 2019, yearTo: 2020, scope: { sectors: null, chapters: [84, 1] } }
	];

	for (const [s, selection] of selections.entries()) {
		for (const settings of [PAPER, { alpha: 0.25, theta: 0.2, cifFobFactor: 1.1 }]) {
			it(`at α and θ grid points (selection ${s}, α = ${settings.alpha})`, () => {
				const result = thresholdSensitivity(keys, settings, selection);
				expect(result.trade).toBeGreaterThan(0);
				for (const g of [0, 5, 10, 15, 20, 25, 35, 45]) {
					const atAlpha = cellDollars(keys, { ...settings, alpha: result.alphas[g] }, selection);
					for (const c of CLASSES) {
						expectRelative(result.ghmByAlpha[c][g] * result.trade, atAlpha.ghm[c], result.trade);
						expectRelative(result.ffByAlpha[c][g] * result.trade, atAlpha.ff[c], result.trade);
					}
				}
				for (const g of [0, 1, 10, 12, 25, 33, 50]) {
					const atTheta = cellDollars(keys, { ...settings, theta: result.thetas[g] }, selection);
					for (const c of CLASSES) {
						expectRelative(result.ffByTheta[c][g] * result.trade, atTheta.ff[c], result.trade);
					}
				}
			});
		}
	}
});

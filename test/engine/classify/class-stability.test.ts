/**
 * Class stability (METHODS 7.5): matrices worked by hand (a gap year, keys appearing and
 * disappearing, a key one-way in one year, a key at T = 0, a screened outlier, HS4), then a
 * brute-force cross-check on random keys against a plain implementation with objects.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/prng';
import {
	classStability,
	type ClassTransitions
} from '../../../src/lib/engine/classify/class-stability';
import { keysForClassification } from '../../../src/lib/engine/classify/classify';
import type { KeyClass } from '../../../src/lib/engine/model/queries';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	partnerInSet,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type { ClassifySettings, TradeKeys } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2018,
	yearTo: 2022,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};
const usa = { reporter: 'BRA', partner: 'USA' };
const deu = { reporter: 'BRA', partner: 'DEU' };
/** Quantities of 1 on both flows: R = X / M. */
const unit = { qx: 1, qm: 1 };

/** The weight of one cell of a matrix, by class names. */
function cell(matrix: ClassTransitions, from: KeyClass, to: KeyClass): number {
	const i = matrix.classes.indexOf(from);
	const j = matrix.classes.indexOf(to);
	expect(i).toBeGreaterThanOrEqual(0);
	expect(j).toBeGreaterThanOrEqual(0);
	return matrix.weights[i][j];
}

/** The matrix's non-zero cells as "from→to: weight". */
function nonZero(matrix: ClassTransitions): Record<string, number> {
	const out: Record<string, number> = {};
	matrix.weights.forEach((row, i) =>
		row.forEach((weight, j) => {
			if (weight !== 0) out[`${matrix.classes[i]}→${matrix.classes[j]}`] = weight;
		})
	);
	return out;
}

/**
 * Years 2018, 2019, 2020 and 2022 (2021 has no trade: 2020 and 2022 never pair). With α = 15 %:
 * GHM HIIT for R in [0.85, 1.15], FF for R in [0.8696, 1.15]; θ = 10 %.
 */
const HAND: KeyRow[] = [
	// A: 2018 R = 1.2 (VIIT-sup), 2019 and 2020 R = 1 (HIIT), T = 200; 2022 after the gap.
	{ ...usa, ...unit, year: 2018, product: 640399, x: 120, m: 100 },
	{ ...usa, ...unit, year: 2019, product: 640399, x: 100, m: 100 },
	{ ...usa, ...unit, year: 2020, product: 640399, x: 100, m: 100 },
	{ ...usa, ...unit, year: 2022, product: 640399, x: 100, m: 100 },
	// B: 2018 R = 0.6 (VIIT-inf, two-way 0.6); 2019 exports only (one-way, no overlap, T = 50);
	// 2020 min/max = 0.05 (FF one-way) with an overlap of R = 0.05 (GHM VIIT-inf).
	{ ...usa, ...unit, year: 2018, product: 847130, x: 60, m: 100 },
	{ ...usa, ...unit, year: 2019, product: 847130, x: 50, m: 0 },
	{ ...usa, ...unit, year: 2020, product: 847130, x: 5, m: 100 },
	// C: appears in 2020, disappears, comes back in 2022: no pair.
	{ ...usa, year: 2020, product: 10121, x: 30, m: 30, unitX: null, unitM: null },
	{ ...usa, year: 2022, product: 10121, x: 30, m: 30, unitX: null, unitM: null },
	// D: 2018 no quantities (unclassified, two-way), 2019 R = 0.75 (VIIT-inf in both), T = 70.
	{ ...deu, year: 2018, product: 870323, x: 30, m: 20, unitX: null, unitM: null },
	{ ...deu, ...unit, year: 2019, product: 870323, x: 30, m: 40 },
	// E: T = 0 in 2019, so 2018 and 2020 are never compared and 2019 pairs with neither.
	{ ...usa, ...unit, year: 2018, product: 20130, x: 10, m: 10 },
	{ ...usa, ...unit, year: 2019, product: 20130, x: 0, m: 0 },
	{ ...usa, ...unit, year: 2020, product: 20130, x: 10, m: 10 },
	// G: A's product with another partner: 2019 HIIT, 2020 R = 3 (VIIT-sup, min/max 1/3), T = 400.
	{ ...deu, ...unit, year: 2019, product: 640399, x: 100, m: 100 },
	{ ...deu, ...unit, year: 2020, product: 640399, x: 300, m: 100 },
	// Another reporter with A's partner and product: outside the selection.
	{ reporter: 'ARG', partner: 'USA', ...unit, year: 2019, product: 640399, x: 1000, m: 1 },
	{ reporter: 'ARG', partner: 'USA', ...unit, year: 2020, product: 640399, x: 1, m: 1000 }
];

describe('classStability by hand', () => {
	const result = classStability(makeKeys(HAND), PAPER, SELECTION);

	it('pairs the consecutive years with trade, not across the gap', () => {
		expect(result.yearPairs).toEqual([
			{ from: 2018, to: 2019 },
			{ from: 2019, to: 2020 }
		]);
	});

	it('has GHM the overlap classes, without one-way or outlier when the screen is off', () => {
		expect(result.ghm.classes).toEqual(['hiit', 'viit-sup', 'viit-inf', 'unclassified']);
		expect(result.ff.classes).toEqual(['hiit', 'viit-sup', 'viit-inf', 'unclassified', 'one-way']);
	});

	it('keeps for GHM the keys with an overlap in both years, weighted by T in t+1', () => {
		// A 2018→19 sup→HIIT 200, A 2019→20 HIIT→HIIT 200, D unclassified→inf 70, G HIIT→sup 400;
		// B has no overlap in 2019, so neither of its pairs counts.
		expect(nonZero(result.ghm)).toEqual({
			'viit-sup→hiit': 200,
			'hiit→hiit': 200,
			'unclassified→viit-inf': 70,
			'hiit→viit-sup': 400
		});
		expect(result.ghm.weight).toBe(870);
		expect(result.ghm.stableShare).toBe(200 / 870);
		expect(result.ghm.keyPairs).toBe(4);
	});

	it('keeps for FF the keys two-way in at least one of the two years', () => {
		// As GHM, plus B 2018→19 inf→one-way (T = 50); B 2019→20 is one-way in both: left out.
		expect(nonZero(result.ff)).toEqual({
			'viit-sup→hiit': 200,
			'hiit→hiit': 200,
			'viit-inf→one-way': 50,
			'unclassified→viit-inf': 70,
			'hiit→viit-sup': 400
		});
		expect(cell(result.ff, 'one-way', 'one-way')).toBe(0);
		expect(result.ff.weight).toBe(920);
		expect(result.ff.stableShare).toBe(200 / 920);
		expect(result.ff.keyPairs).toBe(5);
	});

	it('follows the selection: years, partners, products', () => {
		const only2019 = classStability(makeKeys(HAND), PAPER, { ...SELECTION, yearTo: 2019 });
		expect(only2019.yearPairs).toEqual([{ from: 2018, to: 2019 }]);
		expect(only2019.ghm.weight).toBe(270); // A 200 + D 70
		const germany = classStability(makeKeys(HAND), PAPER, {
			...SELECTION,
			partners: { kind: 'country', id: 'DEU' }
		});
		expect(nonZero(germany.ff)).toEqual({ 'unclassified→viit-inf': 70, 'hiit→viit-sup': 400 });
		const chapter64 = classStability(makeKeys(HAND), PAPER, {
			...SELECTION,
			scope: { sectors: null, chapters: [64] }
		});
		expect(chapter64.ghm.weight).toBe(800); // A's two pairs and G
	});

	it('follows α: at 25 %, R = 1.2 and 0.75 are horizontal for GHM', () => {
		// GHM band [0.75, 1.25]: A 2018 and D 2019 HIIT; G's R = 3 still sup. FF band [0.8, 1.25]:
		// D 2019 (0.75) stays inf, B 2018 (0.6) inf.
		const wide = classStability(makeKeys(HAND), { ...PAPER, alpha: 0.25 }, SELECTION);
		expect(nonZero(wide.ghm)).toEqual({
			'hiit→hiit': 400,
			'unclassified→hiit': 70,
			'hiit→viit-sup': 400
		});
		expect(wide.ghm.stableShare).toBe(400 / 870);
		expect(cell(wide.ff, 'viit-inf', 'one-way')).toBe(50);
		expect(cell(wide.ff, 'unclassified', 'viit-inf')).toBe(70);
	});

	it('says there is nothing to compare with one year', () => {
		const one = classStability(makeKeys(HAND), PAPER, { ...SELECTION, yearFrom: 2022 });
		expect(one.yearPairs).toEqual([]);
		expect(one.ghm.weight).toBe(0);
		expect(Number.isNaN(one.ghm.stableShare)).toBe(true);
		expect(one.ff.keyPairs).toBe(0);
		expect(one.ff.weights.flat().every((w) => w === 0)).toBe(true);
	});

	it('pairs nothing across a gap year even when both sides have trade', () => {
		const gap = classStability(makeKeys(HAND), PAPER, { ...SELECTION, yearFrom: 2020 });
		expect(gap.yearPairs).toEqual([]);
		expect(gap.ff.weight).toBe(0);
	});

	it('rejects settings classification rejects', () => {
		expect(() => classStability(makeKeys(HAND), { ...PAPER, alpha: 0 }, SELECTION)).toThrow(
			RangeError
		);
	});
});

describe('classStability with the unit-value screen and at HS4', () => {
	// Mean-multiple rule, k = 2.5. 2019's group of 900000 holds S's two UVs (200, 200): no outlier.
	// 2020's group: S X 1000, S M 200, P and Q 200 each way → mean 2000 / 6 ≈ 333, bounds ≈ 133 and
	// ≈ 833: S's export is an outlier, so S (R = 5, two-way 0.2) is 'outlier' in 2020.
	const screenRows: KeyRow[] = [
		{ ...usa, ...unit, year: 2019, product: 900000, x: 200, m: 200 },
		{ ...usa, ...unit, year: 2020, product: 900000, x: 1000, m: 200 },
		{ ...deu, ...unit, year: 2020, product: 900000, x: 200, m: 200 },
		{ reporter: 'BRA', partner: 'CHN', ...unit, year: 2020, product: 900000, x: 200, m: 200 }
	];
	const screen: ClassifySettings = { ...PAPER, uvScreen: { rule: 'mean', k: 2.5 } };

	it('puts a screened key in its own class', () => {
		const result = classStability(makeKeys(screenRows), screen, SELECTION);
		expect(result.ghm.classes).toEqual(['hiit', 'viit-sup', 'viit-inf', 'unclassified', 'outlier']);
		expect(result.ff.classes).toEqual([
			'hiit',
			'viit-sup',
			'viit-inf',
			'unclassified',
			'outlier',
			'one-way'
		]);
		expect(nonZero(result.ghm)).toEqual({ 'hiit→outlier': 1200 });
		expect(nonZero(result.ff)).toEqual({ 'hiit→outlier': 1200 });
		expect(result.ff.stableShare).toBe(0);
	});

	it('classifies the same key by R without the screen', () => {
		const result = classStability(makeKeys(screenRows), PAPER, SELECTION);
		expect(nonZero(result.ghm)).toEqual({ 'hiit→viit-sup': 1200 });
	});

	it('pairs HS4 headings at HS4, not the HS6 codes under them', () => {
		const rows: KeyRow[] = [
			{ ...usa, ...unit, year: 2019, product: 640391, x: 100, m: 100 },
			{ ...usa, ...unit, year: 2020, product: 640399, x: 100, m: 100 }
		];
		expect(classStability(makeKeys(rows), PAPER, SELECTION).ghm.keyPairs).toBe(0);
		const hs4 = classStability(makeKeys(rows), { ...PAPER, level: 'hs4' }, SELECTION);
		expect(nonZero(hs4.ghm)).toEqual({ 'hiit→hiit': 200 });
		expect(hs4.ff.stableShare).toBe(1);
	});
});

// ---- Brute force: the same matrices with objects, by the formulas of METHODS 2 ----

/** R as METHODS 1.2 writes it; NaN when undefined. */
function ratioOf(keys: TradeKeys, k: number, factor: number): number {
	const unitX = keys.exportUnit[k];
	if (unitX < 0 || unitX !== keys.importUnit[k]) return NaN;
	const qx = keys.exportQty[k];
	const qm = keys.importQty[k];
	if (!(qx > 0 && qx < Infinity && qm > 0 && qm < Infinity)) return NaN;
	const x = keys.exports[k];
	const m = keys.imports[k];
	return factor === 1 ? x / qx / (m / qm) : x / qx / (m / factor / qm);
}

function bandClass(r: number, screened: boolean, lo: number, hi: number): KeyClass {
	if (Number.isNaN(r)) return 'unclassified';
	if (screened) return 'outlier';
	if (r > hi) return 'viit-sup';
	if (r < lo) return 'viit-inf';
	return 'hiit';
}

interface Plain {
	ghm: KeyClass | null; // null: no overlap
	ff: KeyClass;
	trade: number;
}

/** Every cell of both matrices as "method|from|to" → weight, plus the key pairs per method. */
function bruteForce(raw: TradeKeys, settings: ClassifySettings, selection: Selection) {
	const { keys, screened } = keysForClassification(raw, settings);
	const { alpha, theta, cifFobFactor } = settings;
	const byKey = new Map<string, Plain>();
	for (let k = 0; k < keys.count; k++) {
		const year = keys.year[k];
		const reporter = keys.countries[keys.reporter[k]];
		const partner = keys.countries[keys.partner[k]];
		const product = keys.product[k];
		const x = keys.exports[k];
		const m = keys.imports[k];
		const chapter = Math.floor(product / 10_000);
		const inScope = selection.scope.chapters === null || selection.scope.chapters.includes(chapter);
		if (reporter !== selection.reporter || year < selection.yearFrom || year > selection.yearTo)
			continue;
		if (!partnerInSet(selection.partners, partner, year) || !inScope || !(x + m > 0)) continue;
		const r = ratioOf(keys, k, cifFobFactor);
		const flagged = screened !== null && screened[k] !== 0;
		byKey.set(`${reporter}|${partner}|${product}|${year}`, {
			ghm: Math.min(x, m) > 0 ? bandClass(r, flagged, 1 - alpha, 1 + alpha) : null,
			ff:
				Math.min(x, m) / Math.max(x, m) > theta
					? bandClass(r, flagged, 1 / (1 + alpha), 1 + alpha)
					: 'one-way',
			trade: x + m
		});
	}
	const cells: Record<string, number> = {};
	const pairs = { ghm: 0, ff: 0 };
	const add = (name: string, weight: number) => (cells[name] = (cells[name] ?? 0) + weight);
	for (const [id, later] of byKey) {
		const [reporter, partner, product, year] = id.split('|');
		const earlier = byKey.get(`${reporter}|${partner}|${product}|${Number(year) - 1}`);
		if (!earlier) continue;
		if (earlier.ghm !== null && later.ghm !== null) {
			add(`ghm|${earlier.ghm}|${later.ghm}`, later.trade);
			pairs.ghm++;
		}
		if (earlier.ff !== 'one-way' || later.ff !== 'one-way') {
			add(`ff|${earlier.ff}|${later.ff}`, later.trade);
			pairs.ff++;
		}
	}
	return { cells, pairs };
}

/** Keys over 2000–2007 with 2004 left out, few partners and products so that keys recur. */
function randomRows(count: number, seed: number): KeyRow[] {
	const random = mulberry32(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const years = [2000, 2001, 2002, 2003, 2005, 2006, 2007];
	const partners = ['USA', 'DEU', 'CHN', 'ARG', 'FRA'];
	const products = [640391, 640399, 847130, 847141, 10121, 870323];
	const value = () => (random() < 0.2 ? 0 : Math.round(10 ** (1 + random() * 4)));
	const qty = () => (random() < 0.1 ? undefined : Math.round(1 + random() * 50));
	const seen = new Set<string>();
	const rows: KeyRow[] = [];
	while (rows.length < count) {
		const row: KeyRow = {
			year: pick(years),
			reporter: random() < 0.85 ? 'BRA' : 'MEX',
			partner: pick(partners),
			product: pick(products),
			x: value(),
			m: value(),
			qx: qty(),
			qm: qty(),
			unitX: random() < 0.05 ? 'u' : 'kg'
		};
		const id = `${row.year}|${row.reporter}|${row.partner}|${row.product}`;
		if (seen.has(id)) continue; // keys are unique, as the read leaves them
		seen.add(id);
		rows.push(row);
	}
	return rows;
}

describe('classStability against a brute force on random keys', () => {
	const cases: { name: string; settings: ClassifySettings; selection: Selection }[] = [
		{
			name: 'the paper',
			settings: PAPER,
			selection: { ...SELECTION, yearFrom: 2000, yearTo: 2007 }
		},
		{
			name: 'α 25 %, θ 5 %, CIF/FOB 1.1, a partner set and chapters',
			settings: { alpha: 0.25, theta: 0.05, cifFobFactor: 1.1 },
			selection: {
				...SELECTION,
				yearFrom: 2001,
				yearTo: 2006,
				partners: { kind: 'custom', group: { name: 'g', members: ['USA', 'DEU', 'CHN'] } },
				scope: { sectors: null, chapters: [64, 84] }
			}
		},
		{
			name: 'the quantile screen',
			settings: { ...PAPER, uvScreen: { rule: 'quantile', p: 0.1 } },
			selection: { ...SELECTION, yearFrom: 2000, yearTo: 2007 }
		},
		{
			name: 'HS4 with the mean screen',
			settings: { ...PAPER, level: 'hs4', uvScreen: { rule: 'mean', k: 3 } },
			selection: { ...SELECTION, yearFrom: 2000, yearTo: 2007 }
		}
	];

	it.each(cases)('agrees cell by cell: $name', ({ settings, selection }) => {
		let outlierWeight = 0;
		for (const seed of [1, 2, 3]) {
			const keys = makeKeys(randomRows(180, seed));
			const result = classStability(keys, settings, selection);
			const expected = bruteForce(keys, settings, selection);
			const got: Record<string, number> = {};
			for (const method of ['ghm', 'ff'] as const) {
				const matrix = result[method];
				matrix.weights.forEach((row, i) =>
					row.forEach((weight, j) => {
						if (weight !== 0) got[`${method}|${matrix.classes[i]}|${matrix.classes[j]}`] = weight;
					})
				);
				expect(matrix.keyPairs).toBe(expected.pairs[method]);
			}
			expect(Object.keys(got).sort()).toEqual(Object.keys(expected.cells).sort());
			for (const [name, weight] of Object.entries(expected.cells))
				expect(got[name]).toBeCloseTo(weight, 6);
			expect(result.ghm.keyPairs).toBeGreaterThan(0);
			for (const [name, weight] of Object.entries(got))
				if (name.includes('outlier')) outlierWeight += weight;
		}
		// The screened cases do put trade in the outlier class (the check is not vacuous).
		if (settings.uvScreen) expect(outlierWeight).toBeGreaterThan(0);
	});

	// Speed at this size is measured by the bench, not here; this checks the pairing scales.
	it('pairs a million keys year by year', () => {
		const n = 1_000_000;
		const rows = makeBigKeys(n);
		const result = classStability(rows, PAPER, { ...SELECTION, yearFrom: 2000, yearTo: 2009 });
		expect(result.yearPairs).toHaveLength(9);
		// Every (partner, product) has an overlap in all ten years: GHM pairs 9 × 100 000 keys,
		// weighted by the trade of every year but the first.
		const perYear = n / 10;
		let laterTrade = 0;
		for (let k = perYear; k < n; k++) laterTrade += rows.exports[k] + rows.imports[k];
		expect(result.ghm.keyPairs).toBe(900_000);
		expect(result.ghm.weight).toBeCloseTo(laterTrade, 0);
		// FF drops the pairs one-way (min/max ≤ θ) in both years, counted here directly.
		const twoWay = (k: number) =>
			Math.min(rows.exports[k], rows.imports[k]) / Math.max(rows.exports[k], rows.imports[k]) >
			PAPER.theta;
		let ffPairs = 0;
		let ffWeight = 0;
		for (let k = perYear; k < n; k++) {
			if (!twoWay(k) && !twoWay(k - perYear)) continue;
			ffPairs++;
			ffWeight += rows.exports[k] + rows.imports[k];
		}
		expect(ffPairs).toBeLessThan(900_000);
		expect(result.ff.keyPairs).toBe(ffPairs);
		expect(result.ff.weight).toBeCloseTo(ffWeight, 0);
	});
});

/** A million keys: 10 years × 100 000 (partner, product) combinations, built in typed arrays. */
function makeBigKeys(n: number): TradeKeys {
	const random = mulberry32(9);
	const perYear = n / 10;
	const keys: TradeKeys = {
		count: n,
		countries: ['BRA', ...Array.from({ length: 50 }, (_, i) => `P${i}`)],
		year: new Uint16Array(n),
		reporter: new Uint16Array(n),
		partner: new Uint16Array(n),
		product: new Int32Array(n),
		exports: new Float64Array(n),
		imports: new Float64Array(n),
		exportQty: new Float64Array(n),
		importQty: new Float64Array(n),
		exportUnit: new Int16Array(n),
		importUnit: new Int16Array(n),
		units: ['kg']
	};
	for (let k = 0; k < n; k++) {
		const slot = k % perYear;
		keys.year[k] = 2000 + Math.floor(k / perYear);
		keys.partner[k] = 1 + (slot % 50);
		keys.product[k] = 10_000 + Math.floor(slot / 50) * 7;
		keys.exports[k] = random() * 1000;
		keys.imports[k] = random() * 1000;
		keys.exportQty[k] = 1 + random();
		keys.importQty[k] = 1 + random();
	}
	return keys;
}

import { describe, it, expect } from 'vitest';
import { mulberry32 } from '../../../bench/prng';
import {
	classifyKeys,
	emptySplit,
	ffSplit,
	ghmSplit,
	isTwoWay,
	keyClasses,
	SPLIT_FIELD,
	unitValueRatio
} from '../../../src/lib/engine/classify/classify';
import type { KeyClass } from '../../../src/lib/engine/model/queries';
import type { ClassSplit, ClassifySettings } from '../../../src/lib/engine/model/types';
import { makeKeys } from '../helpers/make-keys';

const EPS = Number.EPSILON;

function ghm(x: number, m: number, r: number, alpha: number): ClassSplit {
	const split = emptySplit();
	ghmSplit(x, m, r, alpha, split);
	return split;
}

function ff(x: number, m: number, r: number, alpha: number, theta: number): ClassSplit {
	const split = emptySplit();
	ffSplit(x, m, r, alpha, theta, split);
	return split;
}

/** The single class other than one-way that holds dollars, or 'none'. */
function twoWayClass(split: ClassSplit): string {
	const classes = (['hiit', 'viitSup', 'viitInf', 'unclassified'] as const).filter(
		(name) => split[name] > 0
	);
	expect(classes.length).toBeLessThanOrEqual(1);
	return classes[0] ?? 'none';
}

describe('unitValueRatio', () => {
	it('computes (x / qx) / (m / qm)', () => {
		// (120 / 4) / (50 / 5) = 30 / 10 = 3
		expect(unitValueRatio(120, 4, 50, 5)).toBe(3);
	});

	it('is NaN for a missing, zero, negative or infinite quantity', () => {
		for (const bad of [NaN, 0, -0, -1, Infinity]) {
			expect(unitValueRatio(10, bad, 10, 1)).toBeNaN();
			expect(unitValueRatio(10, 1, 10, bad)).toBeNaN();
		}
	});

	it('with factor 1 (or none) is bit-identical to the plain formula', () => {
		let seed = 7;
		const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let i = 0; i < 1000; i++) {
			const [x, qx, m, qm] = [next() * 1e9, next() * 1e6, next() * 1e9, next() * 1e6];
			expect(Object.is(unitValueRatio(x, qx, m, qm, 1), x / qx / (m / qm))).toBe(true);
			expect(Object.is(unitValueRatio(x, qx, m, qm), x / qx / (m / qm))).toBe(true);
		}
	});

	it('with factor 1.1 deflates import unit values, so R rises by that factor', () => {
		// (120 / 1) / ((100 / 1.1) / 1) = 1.2 · 1.1 = 1.32
		const plain = unitValueRatio(120, 1, 100, 1);
		const corrected = unitValueRatio(120, 1, 100, 1, 1.1);
		expect(corrected).toBeGreaterThan(plain);
		expect(corrected).toBeCloseTo(1.32, 12);
	});
});

describe('class bounds are inclusive and exact in IEEE double', () => {
	// Each case gives inputs whose R equals the bound bit-for-bit, as the test checks first.
	const cases = [
		{ alpha: 0.25, method: 'ghm', side: 'hi', x: 125, m: 100 }, // 125/100 = 1.25 = 1 + 0.25
		{ alpha: 0.25, method: 'ghm', side: 'lo', x: 75, m: 100 }, // 75/100 = 0.75 = 1 − 0.25
		{ alpha: 0.25, method: 'ff', side: 'hi', x: 125, m: 100 }, // 1.25 = 1 + 0.25
		{ alpha: 0.25, method: 'ff', side: 'lo', x: 80, m: 100 }, // 80/100 = 0.8 = 1/1.25
		{ alpha: 0.15, method: 'ghm', side: 'hi', x: 1 + 0.15, m: 1 }, // (hi/1)/(1/1) = hi
		{ alpha: 0.15, method: 'ghm', side: 'lo', x: 1 - 0.15, m: 1 }, // (lo/1)/(1/1) = lo
		{ alpha: 0.15, method: 'ff', side: 'hi', x: 1 + 0.15, m: 1 },
		{ alpha: 0.15, method: 'ff', side: 'lo', x: 1, m: 1 + 0.15 } // (1/1)/(hi/1) = 1/hi = lo
	] as const;

	function bound(method: 'ghm' | 'ff', side: 'hi' | 'lo', alpha: number): number {
		if (side === 'hi') return 1 + alpha;
		return method === 'ghm' ? 1 - alpha : 1 / (1 + alpha);
	}

	function classify(method: 'ghm' | 'ff', x: number, m: number, alpha: number): ClassSplit {
		const r = unitValueRatio(x, 1, m, 1);
		return method === 'ghm' ? ghm(x, m, r, alpha) : ff(x, m, r, alpha, 0.1);
	}

	for (const { alpha, method, side, x, m } of cases) {
		const b = bound(method, side, alpha);
		const outside = side === 'hi' ? 'viitSup' : 'viitInf';

		it(`${method} α=${alpha}: R exactly at ${side} = ${b} is HIIT`, () => {
			expect(x / 1 / (m / 1)).toBe(b);
			expect(twoWayClass(classify(method, x, m, alpha))).toBe('hiit');
		});

		it(`${method} α=${alpha}: R one step beyond ${side} is ${outside}, one step inside is HIIT`, () => {
			// Multiplying by 1 ± ε moves R by one or two ulps: the next double out or in.
			const outwards = side === 'hi' ? 1 + EPS : 1 - EPS;
			const inwards = side === 'hi' ? 1 - EPS : 1 + EPS;
			const xOut = x * outwards;
			const xIn = x * inwards;
			const rOut = unitValueRatio(xOut, 1, m, 1);
			const rIn = unitValueRatio(xIn, 1, m, 1);
			expect(side === 'hi' ? rOut > b : rOut < b).toBe(true);
			expect(side === 'hi' ? rIn < b : rIn > b).toBe(true);
			expect(twoWayClass(classify(method, xOut, m, alpha))).toBe(outside);
			expect(twoWayClass(classify(method, xIn, m, alpha))).toBe('hiit');
		});
	}

	it('puts the right dollars in each class at the GHM bound', () => {
		// X = 125, M = 100, R = 1.25, α = 0.25: |X − M| = 25 one-way, O = 2·100 = 200 HIIT
		expect(ghm(125, 100, 1.25, 0.25)).toEqual({ ...emptySplit(), oneWay: 25, hiit: 200 });
		// FF: 100/125 = 0.8 > 0.1 two-way, whole T = 225 HIIT
		expect(ff(125, 100, 1.25, 0.25, 0.1)).toEqual({ ...emptySplit(), hiit: 225 });
	});
});

describe('FF overlap threshold θ', () => {
	it('min/max exactly θ is one-way (two-way is strictly greater)', () => {
		// 1/10 = 0.1 = θ exactly; 1/4 = 0.25 = θ exactly
		expect(1 / 10).toBe(0.1);
		expect(ff(1, 10, 1, 0.15, 0.1)).toEqual({ ...emptySplit(), oneWay: 11 });
		expect(ff(4, 1, 1, 0.15, 0.25)).toEqual({ ...emptySplit(), oneWay: 5 });
	});

	it('min/max just above θ is two-way', () => {
		const x = 1 + EPS;
		expect(x / 10).toBeGreaterThan(0.1);
		expect(isTwoWay(x, 10, 0.1)).toBe(true);
		// R = 1 is HIIT: the whole T = x + 10 goes there
		expect(ff(x, 10, 1, 0.15, 0.1)).toEqual({ ...emptySplit(), hiit: x + 10 });
	});

	it('one flow at zero is one-way, even with θ = 0; GHM puts it all in one-way', () => {
		expect(ff(5, 0, 1, 0.15, 0)).toEqual({ ...emptySplit(), oneWay: 5 });
		expect(ff(0, 7, NaN, 0.15, 0.1)).toEqual({ ...emptySplit(), oneWay: 7 });
		expect(ghm(5, 0, 1, 0.15)).toEqual({ ...emptySplit(), oneWay: 5 });
		expect(ghm(0, 7, NaN, 0.15)).toEqual({ ...emptySplit(), oneWay: 7 });
	});
});

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const base = { year: 2019, reporter: 'BRA', partner: 'USA', product: 640399 };

describe('classifyKeys: undefined R', () => {
	function onlyCell(row: Parameters<typeof makeKeys>[0][number]) {
		const cells = classifyKeys(makeKeys([row]), PAPER);
		expect(cells).toHaveLength(1);
		return cells[0];
	}

	it('a missing, zero or negative quantity leaves the overlap unclassified', () => {
		for (const bad of [NaN, 0, -3]) {
			// X = 10, M = 8: GHM one-way 2, O = 16 unclassified; FF 8/10 > 0.1, T = 18 unclassified
			const cell = onlyCell({ ...base, x: 10, m: 8, qx: bad, qm: 2 });
			expect(cell.ghm).toEqual({ ...emptySplit(), oneWay: 2, unclassified: 16 });
			expect(cell.ff).toEqual({ ...emptySplit(), unclassified: 18 });
			expect(onlyCell({ ...base, x: 10, m: 8, qx: 2, qm: bad }).ghm.unclassified).toBe(16);
		}
	});

	it('quantities in different units, or without a unit, leave the overlap unclassified', () => {
		// Same quantities would give R = 1 (HIIT); the units make it undefined.
		const mismatch = onlyCell({ ...base, x: 10, m: 10, qx: 1, qm: 1, unitX: 'kg', unitM: 'u' });
		expect(mismatch.ghm).toEqual({ ...emptySplit(), unclassified: 20 });
		expect(mismatch.ff).toEqual({ ...emptySplit(), unclassified: 20 });
		const noUnit = onlyCell({ ...base, x: 10, m: 10, qx: 1, qm: 1, unitX: null, unitM: null });
		expect(noUnit.ghm.unclassified).toBe(20);
		const same = onlyCell({ ...base, x: 10, m: 10, qx: 1, qm: 1, unitX: 'u', unitM: 'u' });
		expect(same.ghm.hiit).toBe(20);
	});
});

describe('classifyKeys: cells', () => {
	it('sums keys into year × reporter × partner × sector cells, sorted', () => {
		// α = 0.15 (GHM band [0.85, 1.15], FF band [1/1.15 ≈ 0.8696, 1.15]), θ = 0.1
		const keys = makeKeys([
			// R = (100/10)/(50/5) = 1: GHM one-way 50, HIIT 100; FF 50/100 > θ → HIIT 150
			{ ...base, product: 640399, x: 100, qx: 10, m: 50, qm: 5 },
			// animal: R = 5/100 = 0.05: GHM one-way 95, VIIT-inf 10; FF 5/100 = 0.05 ≤ θ → one-way 105
			{ ...base, product: 10121, x: 5, qx: 1, m: 100, qm: 1 },
			// same footwear cell again: R = 3: GHM one-way 20, VIIT-sup 20; FF 10/30 > θ → VIIT-sup 40
			{ ...base, product: 640299, x: 30, qx: 1, m: 10, qm: 1 },
			// ARG transport, no quantity: GHM unclassified 20; FF unclassified 20
			{ ...base, partner: 'ARG', product: 870323, x: 10, m: 10 },
			// 2020 footwear: R = 40/60 ≈ 0.667: GHM one-way 20, VIIT-inf 80; FF VIIT-inf 100
			{ ...base, year: 2020, x: 40, qx: 1, m: 60, qm: 1 },
			// chapter 00 has no sector: skipped
			{ ...base, year: 2020, product: 9999, x: 1000, qx: 1, m: 1000, qm: 1 },
			// T = 0: ignored, no cell
			{ ...base, year: 2020, partner: 'ARG', x: 0, m: 0 },
			// another reporter sorts first within 2019
			{ ...base, reporter: 'ARG', partner: 'BRA', x: 1, m: 1 }
		]);
		// The quality sums have their own test below.
		const cells = classifyKeys(keys, PAPER).map(({ quality: _quality, ...cell }) => cell);
		const zero = emptySplit();
		expect(cells).toEqual([
			{
				year: 2019,
				reporter: 'ARG',
				partner: 'BRA',
				sector: 'footwear',
				trade: 2,
				exports: 1,
				imports: 1,
				ghm: { ...zero, unclassified: 2 },
				ff: { ...zero, unclassified: 2 }
			},
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'ARG',
				sector: 'transport',
				trade: 20,
				exports: 10,
				imports: 10,
				ghm: { ...zero, unclassified: 20 },
				ff: { ...zero, unclassified: 20 }
			},
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'USA',
				sector: 'animal',
				trade: 105,
				exports: 5,
				imports: 100,
				ghm: { ...zero, oneWay: 95, viitInf: 10 },
				ff: { ...zero, oneWay: 105 }
			},
			{
				// 150 + 40 = 190; GHM one-way 50 + 20 = 70, HIIT 100, VIIT-sup 20
				year: 2019,
				reporter: 'BRA',
				partner: 'USA',
				sector: 'footwear',
				trade: 190,
				exports: 130,
				imports: 60,
				ghm: { ...zero, oneWay: 70, hiit: 100, viitSup: 20 },
				ff: { ...zero, hiit: 150, viitSup: 40 }
			},
			{
				year: 2020,
				reporter: 'BRA',
				partner: 'USA',
				sector: 'footwear',
				trade: 100,
				exports: 40,
				imports: 60,
				ghm: { ...zero, oneWay: 20, viitInf: 80 },
				ff: { ...zero, viitInf: 100 }
			}
		]);
	});

	it('a CIF/FOB factor of 1.1 raises R and never changes trade values', () => {
		// R = 120/100 = 1.2 is HIIT at α = 0.25; with 1.1, R = 1.32 > 1.25 is VIIT-sup
		const keys = makeKeys([{ ...base, x: 120, qx: 1, m: 100, qm: 1 }]);
		const plain = classifyKeys(keys, { alpha: 0.25, theta: 0.1, cifFobFactor: 1 })[0];
		const corrected = classifyKeys(keys, { alpha: 0.25, theta: 0.1, cifFobFactor: 1.1 })[0];
		expect(plain.ghm).toEqual({ ...emptySplit(), oneWay: 20, hiit: 200 });
		expect(corrected.ghm).toEqual({ ...emptySplit(), oneWay: 20, viitSup: 200 });
		expect(corrected.ff).toEqual({ ...emptySplit(), viitSup: 220 });
		expect(corrected.trade).toBe(220);
	});

	it('rejects settings out of range with a RangeError', () => {
		const keys = makeKeys([]);
		const bad: Partial<ClassifySettings>[] = [
			{ alpha: 0 },
			{ alpha: 1 },
			{ alpha: NaN },
			{ theta: -0.01 },
			{ theta: 1 },
			{ theta: NaN },
			{ cifFobFactor: 0 },
			{ cifFobFactor: -1 },
			{ cifFobFactor: Infinity }
		];
		for (const change of bad) {
			expect(() => classifyKeys(keys, { ...PAPER, ...change })).toThrow(RangeError);
		}
		expect(classifyKeys(keys, { ...PAPER, theta: 0 })).toEqual([]);
	});
});

describe('classifyKeys: product scope', () => {
	const keys = makeKeys([
		{ ...base, product: 640399, x: 10, m: 0 }, // chapter 64, footwear
		{ ...base, product: 10121, x: 0, m: 7 }, // chapter 01, animal
		{ ...base, product: 20130, x: 3, m: 0 }, // chapter 02, animal
		{ ...base, product: 847130, x: 5, m: 5 } // chapter 84, machinery
	]);
	const sectorsAndTrade = (scope: Parameters<typeof classifyKeys>[2]) =>
		classifyKeys(keys, PAPER, scope).map((c) => [c.sector, c.trade]);

	it('keeps every product by default', () => {
		expect(sectorsAndTrade(undefined)).toEqual([
			['animal', 10],
			['footwear', 10],
			['machinery', 10]
		]);
	});

	it('keeps only the chosen chapters, the chosen sectors, or both at once', () => {
		// chapter 02 alone: the animal cell holds only 3 of its 7 + 3
		expect(sectorsAndTrade({ sectors: null, chapters: [2, 84] })).toEqual([
			['animal', 3],
			['machinery', 10]
		]);
		expect(sectorsAndTrade({ sectors: ['footwear', 'animal'], chapters: null })).toEqual([
			['animal', 10],
			['footwear', 10]
		]);
		expect(sectorsAndTrade({ sectors: ['animal'], chapters: [1, 84] })).toEqual([['animal', 7]]);
		expect(sectorsAndTrade({ sectors: [], chapters: null })).toEqual([]);
	});
});

describe('classifyKeys: relative quality sums', () => {
	const keys = makeKeys([
		{ ...base, x: 200, qx: 1, m: 100, qm: 1 }, // R = 2, T = 300
		{ ...base, x: 50, qx: 1, m: 100, qm: 1 }, // R = 0.5, T = 150
		{ ...base, x: 30, qx: 1, m: 30, qm: 1 }, // R = 1, T = 60: counts in the weight, ln R = 0
		{ ...base, x: 10, qx: 1, m: 0, qm: 1 }, // one flow: not two-way, not counted
		{ ...base, x: 10, qx: 1, m: 10, qm: 1, unitX: 'kg', unitM: 'u' }, // different units: R undefined
		{ ...base, x: 10, m: 10 } // no quantities: R undefined
	]);

	it('sums T, T·ln R and T·(ln R)² over two-way keys with a defined R', () => {
		const [cell] = classifyKeys(keys, PAPER);
		// weight = 300 + 150 + 60 = 510
		// sum = 300·ln 2 + 150·ln 0.5 + 0 = 150·ln 2 = 150 × 0.693147180559945 = 103.972077083992
		// sumSq = (300 + 150)·(ln 2)² = 450 × 0.480453013918201 = 216.203856263190
		expect(cell.quality.weight).toBe(510);
		expect(cell.quality.sum).toBeCloseTo(103.972077083992, 10);
		expect(cell.quality.sumSq).toBeCloseTo(216.20385626319, 10);
		expect(cell.trade).toBe(300 + 150 + 60 + 10 + 20 + 20);
	});

	it('uses R with the CIF/FOB factor applied', () => {
		const [cell] = classifyKeys(keys, { ...PAPER, cifFobFactor: 2 });
		// Imports halved: R = 4, 1, 2 for T = 300, 150, 60
		// sum = 300·ln 4 + 60·ln 2 = 660·ln 2 = 457.477139169564
		// sumSq = 300·(2 ln 2)² + 60·(ln 2)² = 1260·(ln 2)² = 605.370797536934
		expect(cell.quality.weight).toBe(510);
		expect(cell.quality.sum).toBeCloseTo(457.477139169564, 10);
		expect(cell.quality.sumSq).toBeCloseTo(605.370797536934, 10);
	});
});

describe('keyClasses', () => {
	it('names the class by hand at α = 0.15, θ = 0.1', () => {
		// R = 1.1: GHM band [0.85, 1.15] and FF band [0.8696, 1.15] → HIIT both
		expect(keyClasses(110, 100, 1.1, PAPER)).toEqual({ ghm: 'hiit', ff: 'hiit' });
		// R = 0.86: GHM HIIT (≥ 0.85), FF VIIT-inf (< 1/1.15 ≈ 0.8696)
		expect(keyClasses(86, 100, 0.86, PAPER)).toEqual({ ghm: 'hiit', ff: 'viit-inf' });
		// min/max = 5/100 ≤ θ: FF one-way, but GHM classifies the overlap 10 by R = 2
		expect(keyClasses(5, 100, 2, PAPER)).toEqual({ ghm: 'viit-sup', ff: 'one-way' });
		// a flow at zero: no overlap, one-way for both
		expect(keyClasses(0, 100, NaN, PAPER)).toEqual({ ghm: 'one-way', ff: 'one-way' });
		expect(keyClasses(10, 10, NaN, PAPER)).toEqual({ ghm: 'unclassified', ff: 'unclassified' });
	});

	it('is the class the splits put the dollars in, over random keys', () => {
		const seen = new Set<KeyClass>();
		for (const { x, m, qx, qm, alpha, theta } of randomKeys(2000, 77)) {
			const r = unitValueRatio(x, qx, m, qm);
			const classes = keyClasses(x, m, r, { alpha, theta });
			const overlap = ghm(x, m, r, alpha);
			if (classes.ghm === 'one-way') expect(Math.min(x, m)).toBe(0);
			else expect(overlap[SPLIT_FIELD[classes.ghm]]).toBe(2 * Math.min(x, m));
			expect(ff(x, m, r, alpha, theta)[SPLIT_FIELD[classes.ff]]).toBe(x + m);
			seen.add(classes.ghm).add(classes.ff);
		}
		expect(seen.size).toBe(5);
	});
});

interface RandomKey {
	x: number;
	m: number;
	qx: number;
	qm: number;
	alpha: number;
	theta: number;
}

function randomKeys(count: number, seed: number): RandomKey[] {
	const random = mulberry32(seed); // seeded: the same random keys on every run
	// Values over nine orders of magnitude, sometimes zero; quantities sometimes unusable.
	const value = () => (random() < 0.1 ? 0 : 10 ** (random() * 9));
	const quantity = () => {
		const u = random();
		return u < 0.05 ? NaN : u < 0.08 ? 0 : u < 0.1 ? -1 : 10 ** (random() * 6);
	};
	return Array.from({ length: count }, () => ({
		x: value(),
		m: value(),
		qx: quantity(),
		qm: quantity(),
		alpha: 0.01 + random() * 0.98,
		theta: random() * 0.99
	}));
}

function splitTotal(split: ClassSplit): number {
	return split.oneWay + split.hiit + split.viitSup + split.viitInf + split.unclassified;
}

/** True when r lies within a relative 1e-9 of any of the bounds: its swap may round across. */
function nearAny(r: number, bounds: number[]): boolean {
	return bounds.some((b) => Math.abs(r / b - 1) < 1e-9);
}

describe('properties over random keys', () => {
	const keys = randomKeys(3000, 20240601);

	it('every dollar lands in exactly one class, for both methods', () => {
		for (const { x, m, qx, qm, alpha, theta } of keys) {
			const r = unitValueRatio(x, qx, m, qm);
			const trade = x + m;
			expect(Math.abs(splitTotal(ghm(x, m, r, alpha)) - trade)).toBeLessThanOrEqual(trade * 1e-9);
			expect(Math.abs(splitTotal(ff(x, m, r, alpha, theta)) - trade)).toBeLessThanOrEqual(
				trade * 1e-9
			);
		}
	});

	it('cells from classifyKeys add up to their trade, for both methods', () => {
		const rows = keys.map((key, i) => ({
			year: 2000 + (i % 3),
			reporter: 'BRA',
			partner: ['USA', 'ARG', 'CHN'][(i % 5) % 3],
			product: 10000 + (i % 99) * 10000,
			...key
		}));
		const cells = classifyKeys(makeKeys(rows), PAPER);
		const allTrade = keys.reduce((sum, key) => sum + key.x + key.m, 0);
		const cellTrade = cells.reduce((sum, cell) => sum + cell.trade, 0);
		expect(Math.abs(cellTrade - allTrade)).toBeLessThanOrEqual(allTrade * 1e-9);
		for (const cell of cells) {
			expect(cell.trade).toBeGreaterThan(0);
			expect(Math.abs(splitTotal(cell.ghm) - cell.trade)).toBeLessThanOrEqual(cell.trade * 1e-9);
			expect(Math.abs(splitTotal(cell.ff) - cell.trade)).toBeLessThanOrEqual(cell.trade * 1e-9);
		}
	});

	it('FF: swapping X and M swaps VIIT-sup and VIIT-inf, HIIT and the rest stay', () => {
		// The FF band [1/(1+α), 1+α] is symmetric in log space: R ↦ 1/R maps it onto itself.
		const mirror: Record<string, string> = { viitSup: 'viitInf', viitInf: 'viitSup' };
		const seen = new Set<string>();
		for (const { x, m, qx, qm, alpha, theta } of keys) {
			const r = unitValueRatio(x, qx, m, qm);
			if (nearAny(r, [1 + alpha, 1 / (1 + alpha)])) continue;
			const before = ff(x, m, r, alpha, theta);
			const after = ff(m, x, unitValueRatio(m, qm, x, qx), alpha, theta);
			expect(after.oneWay).toBe(before.oneWay);
			const cls = twoWayClass(before);
			expect(twoWayClass(after)).toBe(mirror[cls] ?? cls);
			seen.add(cls);
		}
		// Every class was exercised ('none': one-way keys).
		expect([...seen].sort()).toEqual(['hiit', 'none', 'unclassified', 'viitInf', 'viitSup']);
	});

	it('GHM: swapping X and M keeps one-way and overlap; the band [1−α, 1+α] is not log-symmetric', () => {
		// R ↦ 1/R maps [1−α, 1+α] onto [1/(1+α), 1/(1−α)], so the mirror of a class depends on R:
		// VIIT-inf always becomes VIIT-sup; VIIT-sup becomes VIIT-inf only when R > 1/(1−α)
		// (else HIIT); HIIT stays HIIT only when R ≥ 1/(1+α) (else VIIT-sup).
		const seen = new Set<string>();
		for (const { x, m, qx, qm, alpha } of keys) {
			const r = unitValueRatio(x, qx, m, qm);
			const bounds = [1 - alpha, 1 + alpha, 1 / (1 + alpha), 1 / (1 - alpha)];
			if (nearAny(r, bounds)) continue;
			const before = ghm(x, m, r, alpha);
			const after = ghm(m, x, unitValueRatio(m, qm, x, qx), alpha);
			expect(after.oneWay).toBe(before.oneWay);
			expect(splitTotal(after) - after.oneWay).toBe(splitTotal(before) - before.oneWay);
			const cls = twoWayClass(before);
			let expected = cls;
			if (cls === 'viitInf') expected = 'viitSup';
			if (cls === 'viitSup') expected = r > 1 / (1 - alpha) ? 'viitInf' : 'hiit';
			if (cls === 'hiit') expected = r >= 1 / (1 + alpha) ? 'hiit' : 'viitSup';
			expect(twoWayClass(after)).toBe(expected);
			seen.add(`${cls}→${expected}`);
		}
		// Every branch of the mapping was exercised.
		expect([...seen].sort()).toEqual(
			[
				'hiit→hiit',
				'hiit→viitSup',
				'none→none',
				'unclassified→unclassified',
				'viitInf→viitSup',
				'viitSup→hiit',
				'viitSup→viitInf'
			].sort()
		);
	});

	it('GHM and FF swap by hand: R = 2 ↔ 0.5, R = 1 stays, R = 1.3 at α = 0.25', () => {
		// X = 20, M = 10, quantities 1: R = 2 > 1.25 → VIIT-sup; swapped R = 0.5 < 0.75 → VIIT-inf
		expect(ghm(20, 10, 2, 0.25)).toEqual({ ...emptySplit(), oneWay: 10, viitSup: 20 });
		expect(ghm(10, 20, 0.5, 0.25)).toEqual({ ...emptySplit(), oneWay: 10, viitInf: 20 });
		expect(ff(20, 10, 2, 0.25, 0.1)).toEqual({ ...emptySplit(), viitSup: 30 });
		expect(ff(10, 20, 0.5, 0.25, 0.1)).toEqual({ ...emptySplit(), viitInf: 30 });
		// R = 1 is HIIT both ways
		expect(ghm(10, 10, 1, 0.25).hiit).toBe(20);
		// R = 13/10 = 1.3 > 1.25 is VIIT-sup; swapped 10/13 ≈ 0.769 ≥ 0.75 is GHM HIIT, FF VIIT-inf (< 0.8)
		expect(twoWayClass(ghm(13, 10, 1.3, 0.25))).toBe('viitSup');
		expect(twoWayClass(ghm(10, 13, 10 / 13, 0.25))).toBe('hiit');
		expect(twoWayClass(ff(10, 13, 10 / 13, 0.25, 0.1))).toBe('viitInf');
	});
});

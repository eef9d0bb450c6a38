/** Marginal IIT (Brülhart's A) between two years, worked by hand. */
import { describe, expect, it } from 'vitest';
import { brulhartA, marginalCells } from '../../../src/lib/engine/classify/marginal';
import type { MarginalQuery } from '../../../src/lib/engine/model/queries';
import { ALL_PRODUCTS } from '../../../src/lib/engine/model/selection';
import { makeKeys } from '../helpers/make-keys';

const BRA = { reporter: 'BRA' };
const KEYS = makeKeys([
	// USA footwear 640399: ΔX = 150 − 100 = 50, ΔM = 40 − 50 = −10: |ΔX − ΔM| = 60, |ΔX| + |ΔM| = 60
	{ ...BRA, year: 2018, partner: 'USA', product: 640399, x: 100, m: 50 },
	{ ...BRA, year: 2020, partner: 'USA', product: 640399, x: 150, m: 40 },
	{ ...BRA, year: 2019, partner: 'USA', product: 640399, x: 9999, m: 1 }, // between: not counted
	// USA footwear 640299: ΔX = 10, ΔM = 15: |ΔX − ΔM| = 5, |ΔX| + |ΔM| = 25
	{ ...BRA, year: 2018, partner: 'USA', product: 640299, x: 20, m: 20 },
	{ ...BRA, year: 2020, partner: 'USA', product: 640299, x: 30, m: 35 },
	// USA machinery 847130, traded in 2020 only: ΔX = 10, ΔM = 30: 20 and 40
	{ ...BRA, year: 2020, partner: 'USA', product: 847130, x: 10, m: 30 },
	// ARG animal 010121, traded in 2018 only: ΔX = −40, ΔM = 0: 40 and 40
	{ ...BRA, year: 2018, partner: 'ARG', product: 10121, x: 40, m: 0 },
	// ARG animal 020130, unchanged: 0 and 0, still one product
	{ ...BRA, year: 2018, partner: 'ARG', product: 20130, x: 10, m: 10 },
	{ ...BRA, year: 2020, partner: 'ARG', product: 20130, x: 10, m: 10 },
	// CHL: no trade (T = 0), so no cell; ARG as reporter: not BRA's trade
	{ ...BRA, year: 2020, partner: 'CHL', product: 640399, x: 0, m: 0 },
	{ reporter: 'ARG', year: 2020, partner: 'BRA', product: 640399, x: 500, m: 7 }
]);

function query(change: Partial<MarginalQuery> = {}): MarginalQuery {
	return {
		reporter: 'BRA',
		yearA: 2018,
		yearB: 2020,
		selection: { scope: ALL_PRODUCTS },
		...change
	};
}

describe('marginalCells', () => {
	it('sums the product changes per partner × sector, sorted by partner then sector', () => {
		expect(marginalCells(KEYS, query())).toEqual([
			{ partner: 'ARG', sector: 'animal', dx: -40, dm: 0, absDiff: 40, gross: 40, products: 2 },
			// footwear: ΔX 50 + 10, ΔM −10 + 15, |·| 60 + 5, gross 60 + 25
			{ partner: 'USA', sector: 'footwear', dx: 60, dm: 5, absDiff: 65, gross: 85, products: 2 },
			{ partner: 'USA', sector: 'machinery', dx: 10, dm: 30, absDiff: 20, gross: 40, products: 1 }
		]);
	});

	it('keeps the products of the scope', () => {
		const footwear = query({ selection: { scope: { sectors: null, chapters: [64] } } });
		expect(marginalCells(KEYS, footwear).map((c) => [c.partner, c.sector, c.products])).toEqual([
			['USA', 'footwear', 2]
		]);
	});

	it('takes the two years given, whatever lies between', () => {
		// 2018 → 2019: USA 640399 ΔX = 9899, ΔM = −49; the products of 2018 only fall to 0
		const cells = marginalCells(KEYS, query({ yearB: 2019 }));
		const footwear = cells.find((c) => c.partner === 'USA' && c.sector === 'footwear');
		// 640399: |9899 + 49| = 9948, gross 9948; 640299 (absent in 2019): ΔX = ΔM = −20: 0, 40
		expect(footwear).toMatchObject({ dx: 9879, dm: -69, absDiff: 9948, gross: 9988 });
	});

	it('refuses yearA not before yearB', () => {
		expect(() => marginalCells(KEYS, query({ yearA: 2020, yearB: 2020 }))).toThrow(RangeError);
		expect(() => marginalCells(KEYS, query({ yearA: 2020, yearB: 2018 }))).toThrow(RangeError);
	});
});

describe('brulhartA', () => {
	it('is 1 − Σ|ΔX − ΔM| / Σ(|ΔX| + |ΔM|)', () => {
		// USA footwear above: 1 − 65/85 = 20/85 ≈ 0.235294117647
		expect(brulhartA(65, 85)).toBeCloseTo(0.235294117647, 12);
		expect(brulhartA(20, 40)).toBe(0.5); // USA machinery
		expect(brulhartA(40, 40)).toBe(0); // all change one-way
		expect(brulhartA(0, 25)).toBe(1); // exports and imports grew alike
		expect(brulhartA(0, 0)).toBeNaN(); // nothing changed
	});
});

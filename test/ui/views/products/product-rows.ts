/**
 * Two hand-made keys of the product drill-down, with their measures worked out by hand
 * (METHODS 2, α = 15 %, θ = 10 %), and the page totals they add up to.
 */
import type { ProductPage, ProductRow } from '../../../../src/lib/engine/model/queries';

/**
 * X = 300, M = 100, qX = 10 t, qM = 5 t: UVx = 300 / 10 = 30, UVm = 100 / 5 = 20, R = 30 / 20 = 1.5,
 * T = 400, GL = 1 − |300 − 100| / 400 = 0.5. GHM: R > 1.15 → the overlap 200 is VIIT-sup, 200 one-way.
 * FF: min/max = 100/300 = 1/3 > 0.1 → two-way, R > 1.15 → all 400 VIIT-sup.
 */
export const SHOES: ProductRow = {
	year: 2005,
	partner: 'USA',
	product: '640399',
	sector: 'footwear',
	exports: 300,
	imports: 100,
	exportQty: 10,
	importQty: 5,
	exportUnit: 't',
	importUnit: 't',
	uvx: 30,
	uvm: 20,
	r: 1.5,
	gl: 0.5,
	ghm: 'viit-sup',
	ff: 'viit-sup'
};

/**
 * X = 0, M = 80, qM = 4 kg, no export quantity: UVx and R undefined, UVm = 80 / 4 = 20,
 * GL = 1 − 80 / 80 = 0; one-way for both methods (80 each).
 */
export const SHIRTS: ProductRow = {
	year: 2005,
	partner: 'MEX',
	product: '610910',
	sector: 'textiles',
	exports: 0,
	imports: 80,
	exportQty: NaN,
	importQty: 4,
	exportUnit: null,
	importUnit: 'kg',
	uvx: NaN,
	uvm: 20,
	r: NaN,
	gl: 0,
	ghm: 'one-way',
	ff: 'one-way'
};

/** X = 300 + 0, M = 100 + 80, T = 480; GHM one-way 200 + 80, VIIT-sup 200; FF one-way 80, VIIT-sup 400. */
export const TOTALS: ProductPage['totals'] = {
	exports: 300,
	imports: 180,
	trade: 480,
	ghm: { oneWay: 280, hiit: 0, viitSup: 200, viitInf: 0, unclassified: 0, outlier: 0 },
	ff: { oneWay: 80, hiit: 0, viitSup: 400, viitInf: 0, unclassified: 0, outlier: 0 }
};

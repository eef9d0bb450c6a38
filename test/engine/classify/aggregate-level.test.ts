import { describe, expect, it } from 'vitest';
import { classifyKeys, emptySplit } from '../../../src/lib/engine/classify/classify';
import {
	hs4Of,
	keysAtLevel,
	sumKeysByProduct
} from '../../../src/lib/engine/classify/aggregate-level';
import { makeKeys } from '../helpers/make-keys';

const PAPER = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const base = { year: 2019, reporter: 'BRA', partner: 'USA' };

describe('classify at HS4 (METHODS 7.4)', () => {
	it('names a heading in HS6 form, so chapters and sectors still read', () => {
		expect(hs4Of(640399)).toBe(640300);
		expect(hs4Of(10121)).toBe(10100);
	});

	it('sums values and quantities under the heading; a flow without quantity makes the sum missing', () => {
		const keys = makeKeys([
			{ ...base, product: 640399, x: 100, qx: 10, m: 50, qm: 5 },
			{ ...base, product: 640391, x: 30, qx: 2, m: 10, qm: 1 },
			{ ...base, product: 847130, x: 5, qx: 1, m: 6 }, // its import has no quantity
			{ ...base, product: 847150, x: 7, qx: 1, m: 9, qm: 3 },
			{ ...base, partner: 'ARG', product: 640399, x: 1, qx: 1, m: 1, qm: 1 }
		]);
		const hs4 = keysAtLevel(keys, 'hs4');
		expect(hs4.count).toBe(3);
		expect([...hs4.product]).toEqual([640300, 847100, 640300]);
		expect([...hs4.exports]).toEqual([130, 12, 1]);
		expect([...hs4.imports]).toEqual([60, 15, 1]);
		expect([...hs4.exportQty]).toEqual([12, 2, 1]);
		expect(hs4.importQty[0]).toBe(6);
		expect(hs4.importQty[1]).toBeNaN();
		expect(hs4.importUnit[1]).toBe(-1);
		expect(keysAtLevel(keys, 'hs6')).toBe(keys);
	});

	it('classifies the summed heading: 6403 R = (130/12)/(60/6) = 1.0833 → HIIT, not VIIT-sup as 640391 alone', () => {
		const keys = makeKeys([
			{ ...base, product: 640399, x: 100, qx: 10, m: 50, qm: 5 }, // R = 1: HIIT
			{ ...base, product: 640391, x: 30, qx: 2, m: 10, qm: 1 } // R = 1.5: VIIT-sup
		]);
		const [hs6] = classifyKeys(keys, PAPER);
		expect(hs6.ghm).toEqual({ ...emptySplit(), oneWay: 70, hiit: 100, viitSup: 20 });
		const [hs4] = classifyKeys(keys, { ...PAPER, level: 'hs4' });
		// One key X 130, M 60: one-way 70, overlap 120, R 1.0833 in [0.85, 1.15].
		expect(hs4.ghm).toEqual({ ...emptySplit(), oneWay: 70, hiit: 120 });
		expect(hs4.ff).toEqual({ ...emptySplit(), hiit: 190 });
		expect(hs4.trade).toBe(190);
	});

	it('sums alike, in first-seen order, for keys out of pair order and for codes beyond HS6', () => {
		// USA, ARG, USA again: the second USA 6403 key joins the first, after ARG's key.
		const keys = makeKeys([
			{ ...base, product: 640399, x: 100, qx: 10, m: 50, qm: 5 },
			{ ...base, partner: 'ARG', product: 640399, x: 1, qx: 1, m: 1, qm: 1 },
			{ ...base, product: 640391, x: 30, qx: 2, m: 10, qm: 1 }
		]);
		const hs4 = sumKeysByProduct(keys, hs4Of);
		expect([...hs4.exports]).toEqual([130, 1]);
		expect([...hs4.importQty]).toEqual([6, 1]);
		// Codes a dense table does not cover (≥ 2^20) are grouped by a hash, with the same result.
		const beyond = sumKeysByProduct(keys, (product) => hs4Of(product) + 2_000_000);
		expect([...beyond.product]).toEqual([2_640_300, 2_640_300]);
		expect([...beyond.exports]).toEqual([130, 1]);
		expect([...beyond.exportQty]).toEqual([12, 1]);
	});

	it('mixed units under one heading leave it without quantity', () => {
		const keys = makeKeys([
			{ ...base, product: 640399, x: 10, qx: 1, m: 10, qm: 1 },
			{ ...base, product: 640391, x: 10, qx: 1, m: 10, qm: 1, unitX: 'u', unitM: 'u' }
		]);
		const summed = sumKeysByProduct(keys, hs4Of);
		expect(summed.exportQty[0]).toBeNaN();
		expect(summed.exportUnit[0]).toBe(-1);
		const [cell] = classifyKeys(keys, { ...PAPER, level: 'hs4' });
		expect(cell.ghm).toEqual({ ...emptySplit(), unclassified: 40 });
	});
});

import { describe, expect, it } from 'vitest';
import { KeyAccumulator } from '../../../src/lib/engine/read/accumulate';

describe('KeyAccumulator', () => {
	it('sums rows that share a key and keeps keys apart', () => {
		const acc = new KeyAccumulator();
		const [bra, usa, fra] = ['BRA', 'USA', 'FRA'].map((c) => acc.countryId(c));
		const t = acc.unitId('t');
		acc.add(2020, bra, usa, 10121, true, 100, 2, t);
		acc.add(2020, bra, usa, 10121, true, 50, 1, t); // same key: X = 150, qX = 3
		acc.add(2020, bra, usa, 10121, false, 70, 4, t); // same key, import side
		acc.add(2021, bra, usa, 10121, true, 5, 1, t); // another year
		acc.add(2020, bra, fra, 10121, true, 9, 1, t); // another partner
		acc.add(2020, bra, usa, 854231, true, 8, 1, t); // another product
		const keys = acc.toTradeKeys();
		expect(keys.count).toBe(4);
		expect(keys.countries).toEqual(['BRA', 'USA', 'FRA']);
		expect(keys.units).toEqual(['t']);
		expect([...keys.year]).toEqual([2020, 2021, 2020, 2020]);
		expect([...keys.partner]).toEqual([usa, usa, fra, usa]);
		expect([...keys.product]).toEqual([10121, 10121, 10121, 854231]);
		expect([...keys.exports]).toEqual([150, 5, 9, 8]);
		expect([...keys.imports]).toEqual([70, 0, 0, 0]);
		expect([...keys.exportQty]).toEqual([3, 1, 1, 1]);
		expect([...keys.importQty]).toEqual([4, NaN, NaN, NaN]); // no import rows: missing
		expect([...keys.importUnit]).toEqual([t, -1, -1, -1]);
	});

	it('makes a quantity missing for good: no quantity, zero, negative, infinite, other unit', () => {
		const acc = new KeyAccumulator();
		const [r, p] = [acc.countryId('BRA'), acc.countryId('USA')];
		const [kg, u] = [acc.unitId('kg'), acc.unitId('u')];
		const cases: [number, number][] = [
			[NaN, kg],
			[0, kg],
			[-1, kg],
			[Infinity, kg],
			[5, -1],
			[5, u] // a different unit than the first row's kg
		];
		cases.forEach(([qty, unit], i) => {
			acc.add(2020, r, p, i + 1, true, 10, 3, kg); // first row: 3 kg
			acc.add(2020, r, p, i + 1, true, 10, qty, unit);
			acc.add(2020, r, p, i + 1, true, 10, 4, kg); // a good row after does not bring it back
		});
		const keys = acc.toTradeKeys();
		expect([...keys.exportQty]).toEqual(cases.map(() => NaN));
		expect([...keys.exportUnit]).toEqual(cases.map(() => -1));
		expect([...keys.exports]).toEqual(cases.map(() => 30));
	});

	it('ignores the quantity of rows without a positive value', () => {
		const acc = new KeyAccumulator();
		const [r, p, kg] = [acc.countryId('BRA'), acc.countryId('USA'), acc.unitId('kg')];
		acc.add(2020, r, p, 1, false, 10, 2, kg);
		acc.add(2020, r, p, 1, false, 0, NaN, -1);
		const keys = acc.toTradeKeys();
		expect(keys.importQty[0]).toBe(2);
		expect(keys.importUnit[0]).toBe(kg);
	});

	it('grows past many keys and finds every one again', () => {
		const acc = new KeyAccumulator();
		const r = acc.countryId('BRA');
		const kg = acc.unitId('kg');
		const partners = Array.from({ length: 200 }, (_, i) => acc.countryId(`P${i}`));
		// 200 partners × 500 products = 100 000 keys, each added twice with values 1 and 2.
		for (let pass = 1; pass <= 2; pass++) {
			for (const p of partners)
				for (let k = 0; k < 500; k++) acc.add(2000 + (k % 3), r, p, k * 1999, true, pass, 1, kg);
		}
		const keys = acc.toTradeKeys();
		expect(keys.count).toBe(100_000);
		expect(keys.exports.every((x) => x === 3)).toBe(true);
		expect(keys.exportQty.every((q) => q === 2)).toBe(true);
	});

	it('round-trips the packed key fields at their limits', () => {
		const acc = new KeyAccumulator();
		for (let i = 0; i < 4096; i++) acc.countryId(`C${i}`);
		acc.add(2155, 4095, 4095, 999_999, true, 1, 1, -1);
		acc.add(1900, 0, 1, 0, false, 1, 1, -1);
		const keys = acc.toTradeKeys();
		expect([...keys.year]).toEqual([2155, 1900]);
		expect([...keys.reporter]).toEqual([4095, 0]);
		expect([...keys.partner]).toEqual([4095, 1]);
		expect([...keys.product]).toEqual([999_999, 0]);
		expect(() => acc.countryId('one too many')).toThrow(RangeError);
		expect(() => acc.add(1899, 0, 0, 1, true, 1, 1, -1)).toThrow(RangeError);
		expect(() => acc.add(2020, 0, 0, 1_000_000, true, 1, 1, -1)).toThrow(RangeError);
	});
});

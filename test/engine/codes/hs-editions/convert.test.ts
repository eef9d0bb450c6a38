/**
 * Conversion to an older HS edition (METHODS 8): codes chained table by table, keys that land on
 * one code summed with the quantity rule of METHODS 1, and the counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONVERSION_FILES, DEFAULT_DIR } from '../../../../scripts/hs-editions/make-conversion';
import {
	convertKeysToEdition,
	convertProduct
} from '../../../../src/lib/engine/codes/hs-editions/convert';
import { HS_EDITIONS } from '../../../../src/lib/engine/codes/hs-editions/editions';
import { makeKeys, type KeyRow } from '../../helpers/make-keys';

/** Each table of the CSVs as a map newer → older (table i converts H(i+1) to H(i)). */
const CSV_MAPS = CONVERSION_FILES.map(({ file }) => {
	const lines = readFileSync(join(DEFAULT_DIR, file), 'utf8').trimEnd().split('\n').slice(1);
	return new Map(lines.map((line) => line.split(',').map(Number) as [number, number]));
});

describe('convertProduct', () => {
	it('follows the CSV pairs by hand: H5 030249 → H4 030289 → H3 030269', () => {
		// hs2017-to-hs2012.csv: 030249,030289; hs2012-to-hs2007.csv: 030289,030269.
		expect(CSV_MAPS[4].get(30249)).toBe(30289);
		expect(CSV_MAPS[3].get(30289)).toBe(30269);
		expect(convertProduct(30249, 'H5', 'H4')).toEqual({ code: 30289, unlisted: false });
		expect(convertProduct(30249, 'H5', 'H3')).toEqual({ code: 30269, unlisted: false });
		expect(convertProduct(30289, 'H4', 'H3')).toEqual({ code: 30269, unlisted: false });
		// 030299 (H5) goes the same way: two H5 codes land on one H3 code.
		expect(CSV_MAPS[4].get(30299)).toBe(30289);
		expect(convertProduct(30299, 'H5', 'H3')).toEqual({ code: 30269, unlisted: false });
		// On to H0: 030269 maps to itself in the three older tables.
		expect(convertProduct(30249, 'H5', 'H0')).toEqual({ code: 30269, unlisted: false });
	});

	it('changes a code only where a table moves it: H6 010121 → H3 010110 → H0 010111', () => {
		// 010121 is itself in H5 and H4 (2022→2017, 2017→2012), 010110 in HS2007 (2012→2007),
		// itself in HS2002, 010111 in HS1996 and HS1992.
		expect(convertProduct(10121, 'H6', 'H4')).toEqual({ code: 10121, unlisted: false });
		expect(convertProduct(10121, 'H6', 'H3')).toEqual({ code: 10110, unlisted: false });
		expect(convertProduct(10121, 'H6', 'H2')).toEqual({ code: 10110, unlisted: false });
		expect(convertProduct(10121, 'H6', 'H1')).toEqual({ code: 10111, unlisted: false });
		expect(convertProduct(10121, 6, 0)).toEqual({ code: 10111, unlisted: false });
		expect(convertProduct(847130, 'H6', 'H0')).toEqual({ code: 847120, unlisted: false });
	});

	it('keeps a code a table does not list, and says so', () => {
		// 851712 is no HS2022 code (split into 851713/851714): the H6 table does not list it;
		// the older tables do (HS2007 851712 → HS2002 852520).
		expect(CSV_MAPS[5].has(851712)).toBe(false);
		expect(convertProduct(851712, 'H6', 'H5')).toEqual({ code: 851712, unlisted: true });
		expect(convertProduct(851712, 'H6', 'H2')).toEqual({ code: 852520, unlisted: true });
		expect(convertProduct(851712, 'H5', 'H2')).toEqual({ code: 852520, unlisted: false });
		// Monetary gold 710820: not listed in HS2002→HS1996 nor HS1996→HS1992.
		expect(convertProduct(710820, 'H6', 'H2')).toEqual({ code: 710820, unlisted: false });
		expect(convertProduct(710820, 'H6', 'H1')).toEqual({ code: 710820, unlisted: true });
		expect(convertProduct(710820, 'H6', 'H0')).toEqual({ code: 710820, unlisted: true });
		// 999999 is listed down to HS2012, not in HS2012→HS2007.
		expect(convertProduct(999999, 'H5', 'H4')).toEqual({ code: 999999, unlisted: false });
		expect(convertProduct(999999, 'H5', 'H3')).toEqual({ code: 999999, unlisted: true });
	});

	it('is the identity within an edition, and refuses a newer target', () => {
		expect(convertProduct(30249, 'H5', 'H5')).toEqual({ code: 30249, unlisted: false });
		expect(convertProduct(123, 'H0', 'H0')).toEqual({ code: 123, unlisted: false });
		expect(() => convertProduct(30269, 'H3', 'H5')).toThrow(RangeError);
		expect(() => convertProduct(30269, 'H3', 'H9' as 'H0')).toThrow(RangeError);
	});

	it('equals the CSVs chained, for every code of every table down to H0', () => {
		let checked = 0;
		let mismatches = 0;
		let changed = 0;
		let unlistedCodes = 0;
		for (let from = 1; from < HS_EDITIONS.length; from++) {
			for (const code of CSV_MAPS[from - 1].keys()) {
				let expected = code;
				let unlisted = false;
				for (let table = from - 1; table >= 0; table--) {
					const older = CSV_MAPS[table].get(expected);
					if (older === undefined) unlisted = true;
					else expected = older;
				}
				const got = convertProduct(code, from, 0);
				if (got.code !== expected || got.unlisted !== unlisted) mismatches++;
				if (expected !== code) changed++;
				if (unlisted) unlistedCodes++;
				checked++;
			}
		}
		expect(checked).toBe(5130 + 5223 + 5052 + 5205 + 5388 + 5613);
		expect(mismatches).toBe(0);
		// The chain does move and does miss codes (so both branches were exercised).
		expect(changed).toBeGreaterThan(1000);
		expect(unlistedCodes).toBeGreaterThan(0);
	});
});

describe('convertKeysToEdition', () => {
	// Keys of a reporter (BRA) read from files of two editions, converted to H3.
	const ROWS: (KeyRow & { edition: number })[] = [
		// A, B (H5) and C (H3) land on 2019 BRA–ARG 030269.
		{
			edition: 5,
			year: 2019,
			reporter: 'BRA',
			partner: 'ARG',
			product: 30249,
			x: 100,
			m: 50,
			qx: 10,
			qm: 5
		},
		{
			edition: 5,
			year: 2019,
			reporter: 'BRA',
			partner: 'ARG',
			product: 30299,
			x: 30,
			m: 20,
			qx: 2,
			unitM: null
		},
		{
			edition: 3,
			year: 2019,
			reporter: 'BRA',
			partner: 'ARG',
			product: 30269,
			x: 7,
			m: 0,
			qx: 1,
			unitM: null
		},
		// D: an H3 key of another year, unchanged.
		{
			edition: 3,
			year: 2010,
			reporter: 'BRA',
			partner: 'USA',
			product: 10110,
			x: 11,
			m: 12,
			qx: 1,
			qm: 2
		},
		// E: H5 010121 → H3 010110, alone in 2019.
		{
			edition: 5,
			year: 2019,
			reporter: 'BRA',
			partner: 'USA',
			product: 10121,
			x: 5,
			m: 6,
			qx: 1,
			qm: 3
		},
		// F (H5 010129 → H3 010190, in items) and G (H3 010190, in kg): units differ.
		{
			edition: 5,
			year: 2019,
			reporter: 'BRA',
			partner: 'USA',
			product: 10129,
			x: 3,
			m: 4,
			qx: 2,
			qm: 2,
			unitX: 'u',
			unitM: 'u'
		},
		{
			edition: 3,
			year: 2019,
			reporter: 'BRA',
			partner: 'USA',
			product: 10190,
			x: 4,
			m: 1,
			qx: 1,
			qm: 1,
			unitM: 'u'
		},
		// H: 999999 is not listed in HS2012→HS2007: kept, counted.
		{
			edition: 5,
			year: 2019,
			reporter: 'BRA',
			partner: 'CHN',
			product: 999999,
			x: 9,
			m: 0,
			qx: 3,
			unitM: null
		},
		// I (H5) and J (H4) on 2018 BRA–ARG 030269: a zero flow's missing quantity does not count.
		{
			edition: 5,
			year: 2018,
			reporter: 'BRA',
			partner: 'ARG',
			product: 30249,
			x: 10,
			m: 0,
			qx: 1,
			unitM: null
		},
		{
			edition: 4,
			year: 2018,
			reporter: 'BRA',
			partner: 'ARG',
			product: 30289,
			x: 0,
			m: 8,
			qm: 2,
			unitX: null
		}
	];
	const keys = makeKeys(ROWS);
	const { keys: out, counts } = convertKeysToEdition(keys, (k) => ROWS[k].edition, 'H3');

	/** The output as rows, to compare whole (NaN stays NaN under toEqual). */
	const outRows = Array.from({ length: out.count }, (_, k) => ({
		year: out.year[k],
		reporter: out.countries[out.reporter[k]],
		partner: out.countries[out.partner[k]],
		product: out.product[k],
		x: out.exports[k],
		m: out.imports[k],
		qx: out.exportQty[k],
		qm: out.importQty[k],
		unitX: out.exportUnit[k] < 0 ? null : out.units[out.exportUnit[k]],
		unitM: out.importUnit[k] < 0 ? null : out.units[out.importUnit[k]]
	}));

	it('sums keys that land on one code, in first-seen order, with the quantity rule', () => {
		expect(out.count).toBe(6);
		expect(outRows).toEqual([
			// A+B+C: values add; exports 10+2+1 kg; imports missing (B's 20 had no quantity).
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'ARG',
				product: 30269,
				x: 137,
				m: 70,
				qx: 13,
				qm: NaN,
				unitX: 'kg',
				unitM: null
			},
			{
				year: 2010,
				reporter: 'BRA',
				partner: 'USA',
				product: 10110,
				x: 11,
				m: 12,
				qx: 1,
				qm: 2,
				unitX: 'kg',
				unitM: 'kg'
			},
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'USA',
				product: 10110,
				x: 5,
				m: 6,
				qx: 1,
				qm: 3,
				unitX: 'kg',
				unitM: 'kg'
			},
			// F+G: exports in items plus kg → missing; imports both in items → 2 + 1.
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'USA',
				product: 10190,
				x: 7,
				m: 5,
				qx: NaN,
				qm: 3,
				unitX: null,
				unitM: 'u'
			},
			{
				year: 2019,
				reporter: 'BRA',
				partner: 'CHN',
				product: 999999,
				x: 9,
				m: 0,
				qx: 3,
				qm: NaN,
				unitX: 'kg',
				unitM: null
			},
			// I+J: each direction from the key that has a value in it.
			{
				year: 2018,
				reporter: 'BRA',
				partner: 'ARG',
				product: 30269,
				x: 10,
				m: 8,
				qx: 1,
				qm: 2,
				unitX: 'kg',
				unitM: 'kg'
			}
		]);
	});

	it('counts keys changed, not listed and merged', () => {
		// Changed: A, B, E, F, I, J. Not listed: H. Merged: 10 keys → 6.
		expect(counts).toEqual({ keysChanged: 6, unlisted: 1, keysMerged: 4 });
	});

	it('keeps countries, units and the totals', () => {
		expect(out.countries).toEqual(keys.countries);
		expect(out.countries).toEqual(['BRA', 'ARG', 'USA', 'CHN']);
		expect(out.units).toEqual(keys.units);
		const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
		expect(sum(out.exports)).toBe(sum(keys.exports));
		expect(sum(out.exports)).toBe(179);
		expect(sum(out.imports)).toBe(sum(keys.imports));
		expect(sum(out.imports)).toBe(101);
		expect(out.exports).toBeInstanceOf(Float64Array);
		expect(out.product).toBeInstanceOf(Int32Array);
	});

	it('leaves keys already in the target edition as they are', () => {
		const same = convertKeysToEdition(keys, () => 'H5', 5);
		expect(same.counts).toEqual({ keysChanged: 0, unlisted: 0, keysMerged: 0 });
		expect(same.keys.count).toBe(10);
		expect([...same.keys.product]).toEqual(ROWS.map((r) => r.product));
		expect([...same.keys.exports]).toEqual(ROWS.map((r) => r.x));
		expect([...same.keys.importQty]).toEqual([...keys.importQty]);
		expect([...same.keys.exportUnit]).toEqual([...keys.exportUnit]);
	});

	it('refuses a key older than the target', () => {
		expect(() => convertKeysToEdition(keys, (k) => ROWS[k].edition, 'H4')).toThrow(RangeError);
	});

	it('converts an empty set of keys', () => {
		const none = convertKeysToEdition(makeKeys([]), () => 'H6', 'H0');
		expect(none.keys.count).toBe(0);
		expect(none.counts).toEqual({ keysChanged: 0, unlisted: 0, keysMerged: 0 });
	});
});

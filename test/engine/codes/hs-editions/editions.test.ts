import { describe, expect, it } from 'vitest';
import {
	editionIndex,
	editionInForce,
	editionOfBaciFileName,
	editionOfClassificationCode,
	HS_EDITION_YEARS,
	HS_EDITIONS,
	oldestEdition
} from '../../../../src/lib/engine/codes/hs-editions/editions';

describe('HS editions', () => {
	it('are H0 … H6, of 1992 … 2022', () => {
		expect(HS_EDITIONS).toEqual(['H0', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
		expect(HS_EDITION_YEARS).toEqual([1992, 1996, 2002, 2007, 2012, 2017, 2022]);
		expect(HS_EDITIONS.map((e) => editionIndex(e))).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(editionIndex(4)).toBe(4);
		expect(() => editionIndex(7)).toThrow(RangeError);
		expect(() => editionIndex(-1)).toThrow(RangeError);
		expect(() => editionIndex(1.5)).toThrow(RangeError);
		expect(() => editionIndex('HS' as 'H0')).toThrow(RangeError);
	});

	it('in force: each year, at both ends of every period', () => {
		const cases: [number, string][] = [
			[1988, 'H0'],
			[1992, 'H0'],
			[1995, 'H0'],
			[1996, 'H1'],
			[2001, 'H1'],
			[2002, 'H2'],
			[2006, 'H2'],
			[2007, 'H3'],
			[2011, 'H3'],
			[2012, 'H4'],
			[2016, 'H4'],
			[2017, 'H5'],
			[2021, 'H5'],
			[2022, 'H6'],
			[2030, 'H6']
		];
		for (const [year, edition] of cases) expect(editionInForce(year), String(year)).toBe(edition);
		// Every year 1990–2030: the count of years per edition.
		const counts = new Map<string, number>();
		for (let year = 1990; year <= 2030; year++) {
			const edition = editionInForce(year);
			counts.set(edition, (counts.get(edition) ?? 0) + 1);
		}
		expect([...counts.values()]).toEqual([6, 6, 5, 5, 5, 5, 9]);
	});

	it("from BACI's file names", () => {
		const cases: [string, string | null][] = [
			['BACI_HS92_Y1995_V202401.csv', 'H0'],
			['BACI_HS96_Y2000_V202401.csv', 'H1'],
			['BACI_HS02_Y2005_V202401.csv', 'H2'],
			['BACI_HS07_Y2010_V202401.csv', 'H3'],
			['BACI_HS12_Y2015_V202401.csv', 'H4'],
			['BACI_HS17_Y2020_V202401b.csv', 'H5'],
			['BACI_HS22_Y2022_V202501.csv', 'H6'],
			['BACI_HS22_V202501.zip', 'H6'],
			['downloads/BACI_HS12_V202401.zip/BACI_HS12_Y2019_V202401.csv', 'H4'],
			['C:\\data\\baci_hs07_y2008_v202401.csv', 'H3'],
			['BACI_HS88_Y2019_V202401.csv', null],
			['BACI_HS1_Y2019.csv', null],
			['country_codes_V202401.csv', null],
			['product_codes_HS17_V202401.csv', null],
			['my_BACI_HS17_Y2020.csv', null],
			['', null]
		];
		for (const [name, edition] of cases) expect(editionOfBaciFileName(name), name).toBe(edition);
	});

	it("from Comtrade's classification codes", () => {
		expect(HS_EDITIONS.map((code) => editionOfClassificationCode(code))).toEqual([...HS_EDITIONS]);
		expect(editionOfClassificationCode(' h4 ')).toBe('H4');
		expect(editionOfClassificationCode('HS')).toBeNull();
		expect(editionOfClassificationCode('H7')).toBeNull();
		expect(editionOfClassificationCode('S4')).toBeNull();
		expect(editionOfClassificationCode('BE')).toBeNull();
		expect(editionOfClassificationCode('')).toBeNull();
	});

	it('oldest of some', () => {
		expect(oldestEdition(['H5', 'H3', 'H4'])).toBe('H3');
		expect(oldestEdition([6, 2])).toBe('H2');
		expect(oldestEdition([])).toBeNull();
	});
});

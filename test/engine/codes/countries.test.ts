import { describe, expect, it } from 'vitest';
import {
	countryIdOfNumericCode,
	fallbackCountryName,
	isAggregatePartner,
	iso2OfCountry,
	knownCountryIds,
	numericCodesOfCountry
} from '../../../src/lib/engine/codes/countries';

describe('country codes', () => {
	it("maps BACI's own variants to ISO3", () => {
		expect([842, 251, 699, 757, 579, 76, 156].map(countryIdOfNumericCode)).toEqual([
			'USA',
			'FRA',
			'IND',
			'CHE',
			'NOR',
			'BRA',
			'CHN'
		]);
	});

	it('keeps codes without ISO3 and unknown codes as their number', () => {
		expect(countryIdOfNumericCode(490)).toBe('490');
		expect(countryIdOfNumericCode(1234)).toBe('1234');
		expect(fallbackCountryName('490')).toBe('Other Asia, nes');
		expect(fallbackCountryName('1234')).toBe('1234');
		expect(iso2OfCountry('490')).toBeUndefined();
	});

	it("maps ISO3 back to every code that shares it, BACI's first", () => {
		// 842 BACI; 840 ISO 3166 / M49; 841 Comtrade's "USA (before 1981)".
		expect(numericCodesOfCountry('USA')).toEqual([842, 840, 841]);
		expect(numericCodesOfCountry('ITA')).toEqual([380, 381]);
		expect(numericCodesOfCountry('BEL')).toEqual([56, 58]);
		expect(numericCodesOfCountry('DEU')).toEqual([276, 280]);
		expect(numericCodesOfCountry('zaf')).toEqual([710, 711]);
		// 490 BACI "Other Asia, nes"; 158 Taiwan's ISO 3166 code, kept under the same id.
		expect(numericCodesOfCountry('490')).toEqual([490, 158]);
		expect(numericCodesOfCountry('ATLANTIS')).toEqual([]);
	});

	it('gives ISO2 for Intl, none for dissolved states, and current names', () => {
		expect(iso2OfCountry('BRA')).toBe('BR');
		expect(iso2OfCountry('USA')).toBe('US');
		expect(iso2OfCountry('CSK')).toBeUndefined(); // Intl would call 'CS' Serbia
		expect(fallbackCountryName('CSK')).toBe('Czechoslovakia');
		expect(fallbackCountryName('DEU')).toBe('Germany');
		expect(fallbackCountryName('CIV')).toBe("Côte d'Ivoire"); // the latin-1 table decoded right
	});

	it('lists the known countries once each', () => {
		const ids = knownCountryIds();
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toContain('BRA');
		expect(ids).toContain('490');
		// 239 codes (V202301's 238 and V202201's 381); ITA, BEL, DEU, SDN and ZAF have two codes
		// each → 239 − 5 = 234 (codes without ISO3 stay apart)
		expect(ids.length).toBe(234);
	});

	it('tells World and aggregates from countries; 490 is a country', () => {
		expect(isAggregatePartner(0)).toBe('world');
		expect(isAggregatePartner(NaN, 'W00')).toBe('world');
		expect(isAggregatePartner(NaN, 'wld ')).toBe('world');
		for (const code of [
			97, 290, 471, 472, 473, 492, 527, 568, 577, 636, 637, 697, 837, 838, 839, 879, 899
		]) {
			expect(isAggregatePartner(code)).toBe('aggregate');
		}
		expect(isAggregatePartner(490, 'S19')).toBeNull();
		expect(isAggregatePartner(842, 'USA')).toBeNull();
		expect(isAggregatePartner(9999, 'X1 ')).toBe('aggregate');
		expect(isAggregatePartner(9998, '_X')).toBe('aggregate');
		expect(isAggregatePartner(9997, 'ABC')).toBeNull();
	});
});

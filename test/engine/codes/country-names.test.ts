import { describe, expect, it } from 'vitest';
import { BACI_COUNTRIES } from '../../../src/lib/engine/codes/baci-countries';
import {
	countryOfIso2,
	countryOfIso3,
	countryOfName
} from '../../../src/lib/engine/codes/country-names';

const byName = (names: string[]) => names.map(countryOfName);

describe('countryOfIso3', () => {
	it('knows the tables’ countries, and codes of territories BACI counts elsewhere', () => {
		expect(['BRA', ' ita ', 'XKX', 'ALA', 'GRC'].map(countryOfIso3)).toEqual([
			'BRA',
			'ITA',
			'XKX',
			'ALA',
			'GRC'
		]);
	});

	it('tells World, aggregates and aliases apart from unknown codes', () => {
		// WITS and Comtrade write these where countries are: none is a country.
		expect(['WLD', 'W00'].map(countryOfIso3)).toEqual(['world', 'world']);
		expect(
			['EUN', 'EUR', 'UNS', 'SPE', 'FRE', 'BUN', 'NTZ', 'SSF', 'XXX', 'ZZZ', 'S19', 'QRS'].map(
				countryOfIso3
			)
		).toEqual(new Array(12).fill('aggregate'));
		expect(['TWN', 'OAS', 'ROM', 'ZAR', 'TMP', 'PAL'].map(countryOfIso3)).toEqual([
			'490',
			'490',
			'ROU',
			'COD',
			'TLS',
			'PSE'
		]);
		// A well-formed code no table knows: null, so the reader keeps it and names it.
		expect(countryOfIso3('ABC')).toBeNull();
	});
});

describe('countryOfIso2', () => {
	it('inverts the built-in table, in any case', () => {
		expect(['BR', 'br', ' us ', 'FR', 'DE', 'BE', 'ZA', 'IN', 'CH'].map(countryOfIso2)).toEqual([
			'BRA',
			'BRA',
			'USA',
			'FRA',
			'DEU',
			'BEL',
			'ZAF',
			'IND',
			'CHE'
		]);
	});

	it("knows Eurostat's own codes and ISO codes the table lacks", () => {
		expect(['EL', 'UK', 'GB', 'XS', 'XK', 'CS'].map(countryOfIso2)).toEqual([
			'GRC',
			'GBR',
			'GBR',
			'SRB',
			'XKX',
			'SCG'
		]);
		// Namibia's NA was lost from the table; Taiwan is BACI's 490; Liechtenstein is ISO only.
		expect(['NA', 'TW', 'LI', 'PR'].map(countryOfIso2)).toEqual(['NAM', '490', 'LIE', 'PRI']);
	});

	it('tells World and aggregates from countries', () => {
		const aggregates = ['QP', 'QQ', 'QR', 'QS', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ', 'XC', 'XL'];
		expect(aggregates.map(countryOfIso2)).toEqual(aggregates.map(() => 'aggregate'));
		expect(countryOfIso2('QA')).toBe('QAT'); // Qatar is not a Q* code
		const words = ['EU', 'EA', 'EU27_2020', 'EU28', 'EXT_EU27_2020', 'INT_EU27_2020', 'EXTRA_EU'];
		expect(words.map(countryOfIso2)).toEqual(words.map(() => 'aggregate'));
		expect(['WORLD', 'wld', 'W00'].map(countryOfIso2)).toEqual(['world', 'world', 'world']);
	});

	it('returns null for unknown codes', () => {
		expect(['QB', 'AB', 'B', 'BRAZIL', ''].map(countryOfIso2)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});
});

describe('countryOfName', () => {
	it("finds every name of the built-in table, and 490 as '490'", () => {
		for (const [code, iso3, , name] of BACI_COUNTRIES) {
			if (code === 697) continue; // "Europe EFTA, nes" is an aggregate
			expect(countryOfName(name)).toBe(iso3 || String(code));
		}
		expect(countryOfName('Europe EFTA, nes')).toBe('aggregate');
	});

	it('reads World Bank, ITC and UN spellings', () => {
		const cases: [string, string][] = [
			['Korea, Rep.', 'KOR'],
			['Korea, Republic of', 'KOR'],
			['Republic of Korea', 'KOR'],
			['Korea, Dem. Rep.', 'PRK'],
			['Egypt, Arab Rep.', 'EGY'],
			['Iran, Islamic Rep.', 'IRN'],
			['Venezuela, RB', 'VEN'],
			['Hong Kong, China', 'HKG'],
			['China, Hong Kong SAR', 'HKG'],
			['Macao', 'MAC'],
			['Russian Federation', 'RUS'],
			['Vietnam', 'VNM'],
			['Viet Nam', 'VNM'],
			['Czech Republic', 'CZE'],
			['Czechia', 'CZE'],
			['Slovak Republic', 'SVK'],
			['Turkey', 'TUR'],
			['Türkiye', 'TUR'],
			['Taipei, Chinese', '490'],
			['Other Asia, nes', '490'],
			['United States of America', 'USA'],
			['United States', 'USA'],
			['USA', 'USA'],
			['United Kingdom', 'GBR'],
			['Bolivia', 'BOL'],
			['Tanzania', 'TZA'],
			['Congo, Dem. Rep.', 'COD'],
			['Congo, Rep.', 'COG'],
			['Lao PDR', 'LAO'],
			['Kyrgyz Republic', 'KGZ'],
			['Gambia, The', 'GMB'],
			['Bahamas, The', 'BHS'],
			['Yemen, Rep.', 'YEM'],
			['Micronesia, Fed. Sts.', 'FSM'],
			['St. Lucia', 'LCA'],
			['St. Vincent and the Grenadines', 'VCT'],
			["Cote d'Ivoire", 'CIV'],
			["Côte d'Ivoire", 'CIV'],
			['Curacao', 'CUW'],
			['Brunei', 'BRN'],
			['Moldova', 'MDA'],
			['Macedonia, FYR', 'MKD'],
			['North Macedonia', 'MKD'],
			['Syrian Arab Republic', 'SYR'],
			['Eswatini', 'SWZ'],
			['Swaziland', 'SWZ'],
			['Cabo Verde', 'CPV'],
			['Cape Verde', 'CPV'],
			['Bosnia and Herzegovina', 'BIH'],
			['Occ.Pal.Terr', 'PSE'],
			['Liechtenstein', 'LIE'],
			['Kosovo', 'XKX']
		];
		expect(byName(cases.map(([name]) => name))).toEqual(cases.map(([, id]) => id));
	});

	it('ignores case, accents, punctuation, "the" and extra spaces', () => {
		expect(byName(['  BRAZIL ', 'brazil', 'Reunion', 'Réunion', 'The  Gambia', 'Gambia'])).toEqual([
			'BRA',
			'BRA',
			'REU',
			'REU',
			'GMB',
			'GMB'
		]);
	});

	it('tells World and aggregates from countries', () => {
		expect(countryOfName('World')).toBe('world');
		const aggregates = [
			'Areas, nes',
			'Unspecified',
			'Free Zones',
			'Bunkers',
			'Special Categories',
			'European Union',
			'Other Europe, nes',
			'Other Africa, n.e.s.',
			'East Asia & Pacific',
			'Sub-Saharan Africa',
			'All countries',
			'Low & middle income',
			'Arab World'
		];
		expect(byName(aggregates)).toEqual(aggregates.map(() => 'aggregate'));
		// Real countries whose words look like regions stay countries.
		expect(byName(['South Africa', 'Central African Republic', 'South Sudan'])).toEqual([
			'ZAF',
			'CAF',
			'SSD'
		]);
	});

	it('returns null for unknown names', () => {
		expect(byName(['Atlantis', '', '  '])).toEqual([null, null, null]);
	});
});

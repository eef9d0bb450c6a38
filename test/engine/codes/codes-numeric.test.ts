/**
 * The built-in numeric tables: BACI's codes of every release (Italy 380 since V202301, 381 before),
 * the M49 / ISO 3166 aliases of BACI's own variants, Comtrade's codes BACI lacks, the aggregates,
 * and Comex Stat's CO_PAIS list; none reuses a code another one has.
 */
import { describe, expect, it } from 'vitest';
import { BACI_COUNTRIES } from '../../../src/lib/engine/codes/baci-countries';
import { capitalOf } from '../../../src/lib/engine/codes/capitals';
import { builtInComexCountry } from '../../../src/lib/engine/codes/comex';
import {
	AGGREGATE_PARTNER_CODES,
	countryIdOfNumericCode,
	fallbackCountryName,
	isAggregatePartner,
	isKnownNumericCode,
	iso2OfCountry
} from '../../../src/lib/engine/codes/countries';
import { CountryDirectory } from '../../../src/lib/engine/codes/directory';
import { GROUP_IDS, GROUP_MEMBERS, isMember } from '../../../src/lib/engine/codes/groups';
import { countryIso3 } from '../../../src/lib/engine/codes/iso3';
import {
	AGGREGATE_CODE_NAMES,
	OTHER_NUMERIC_COUNTRIES
} from '../../../src/lib/engine/codes/numeric-codes';
import { rowIdsOf } from '../../../src/lib/engine/model/selection';
import { fixtureText } from '../read/read-helpers';

describe('Italy, 380 and 381', () => {
	it('is ITA under both codes, named Italy, with its capital', () => {
		expect(countryIdOfNumericCode(380)).toBe('ITA');
		expect(countryIdOfNumericCode(381)).toBe('ITA');
		expect(fallbackCountryName('ITA')).toBe('Italy');
		expect(iso2OfCountry('ITA')).toBe('IT');
		// The Determinants view's distance is keyed by ISO3: Rome.
		expect(capitalOf(countryIdOfNumericCode(380))).toEqual(capitalOf('ITA'));
		expect(capitalOf('ITA')).toBeDefined();
	});

	it('counts in EU27, the OECD (from 1962) and the G20 whichever code the file uses', () => {
		for (const code of [380, 381]) {
			const id = countryIdOfNumericCode(code);
			expect(isMember('eu27', id, 2022)).toBe(true);
			expect(isMember('oecd', id, 2022)).toBe(true);
			expect(isMember('g20', id, 2022)).toBe(true);
			expect(rowIdsOf({ kind: 'group', custom: [] }, id, 2022, 'machinery')).toEqual([
				'oecd',
				'eu27',
				'g20'
			]);
		}
	});
});

describe('the generated BACI table', () => {
	it("has the real V202301 table's codes (excerpt), N/A as no ISO3, and Namibia's NA", () => {
		// test/fixtures/baci/real/country_codes_V202301.csv: code, …, iso_2digit_alpha, iso_3digit_alpha.
		const lines = fixtureText('baci/real/country_codes_V202301.csv').trim().split('\n').slice(1);
		const table = new Map(BACI_COUNTRIES.map(([code, iso3, iso2]) => [code, [iso3, iso2]]));
		const rows = lines.map((line) => {
			const fields = line
				.match(/("[^"]*"|[^,]*)(,|$)/g)
				?.map((f) => f.replace(/,$/, '').replace(/"/g, ''));
			return fields ?? [];
		});
		expect(rows.map((r) => r[0])).toEqual(['76', '251', '380', '384', '490', '516', '697', '842']);
		for (const [code, , , iso2, iso3] of rows) {
			const expected = [iso3 === 'N/A' ? '' : iso3, iso2 === 'N/A' ? '' : iso2];
			// Namibia's ISO2 is empty in the table (an `NA` read as missing): the generator restores it.
			if (code === '516') expected[1] = 'NA';
			expect(table.get(Number(code))).toEqual(expected);
		}
		expect(iso2OfCountry('NAM')).toBe('NA');
	});
});

describe('M49 / ISO 3166 aliases of BACI variants', () => {
	it.each([
		[250, 251, 'FRA'],
		[578, 579, 'NOR'],
		[756, 757, 'CHE'],
		[840, 842, 'USA'],
		[356, 699, 'IND']
	])('%i and %i are both %s', (iso, baci, id) => {
		expect(countryIdOfNumericCode(iso)).toBe(id);
		expect(countryIdOfNumericCode(baci)).toBe(id);
		expect(isAggregatePartner(iso)).toBeNull();
	});

	it('clash with nothing: no BACI code, no aggregate code, no code twice', () => {
		const baci = new Set(BACI_COUNTRIES.map(([code]) => code));
		const others = OTHER_NUMERIC_COUNTRIES.map(([code]) => code);
		expect(others.filter((code) => baci.has(code))).toEqual([]);
		expect(others.filter((code) => AGGREGATE_CODE_NAMES.has(code))).toEqual([]);
		expect(new Set(others).size).toBe(others.length);
		// Monaco's M49 492 is Comtrade's "Europe EU, nes": an aggregate, not Monaco.
		expect(isAggregatePartner(492)).toBe('aggregate');
	});

	it('give Comtrade codes BACI lacks their ISO3, and Intl an ISO2 for their name', () => {
		expect(countryIdOfNumericCode(234)).toBe('FRO'); // Faeroe Isds
		expect(iso2OfCountry('FRO')).toBe('FO');
		expect(countryIdOfNumericCode(638)).toBe('REU');
		expect(countryIdOfNumericCode(720)).toBe('YMD'); // Fmr Dem. Yemen: no ISO2 (Intl)
		expect(iso2OfCountry('YMD')).toBeUndefined();
		expect(fallbackCountryName('YMD')).toBe('Fmr Dem. Yemen');
		expect(countryIdOfNumericCode(717)).toBe('717'); // Fmr Rhodesia Nyas: known, no ISO3
		expect(isKnownNumericCode(717)).toBe(true);
		expect(fallbackCountryName('717')).toBe('Fmr Rhodesia Nyas');
		expect(countryIdOfNumericCode(158)).toBe('490'); // Taiwan, as BACI writes it
	});
});

describe('Comtrade aggregates', () => {
	it('are World (0) or aggregates as partners, never countries', () => {
		expect(isAggregatePartner(0)).toBe('world');
		for (const code of [97, 129, 221, 472, 536, 899]) {
			expect(isAggregatePartner(code)).toBe('aggregate');
		}
		expect(AGGREGATE_PARTNER_CODES.has(0)).toBe(false);
		expect(AGGREGATE_PARTNER_CODES.size).toBe(AGGREGATE_CODE_NAMES.size - 1);
		// 490 "Other Asia, nes" is a country (Taiwan in practice).
		expect(isAggregatePartner(490)).toBeNull();
	});
});

describe('unknown numeric ids', () => {
	it('are codes no table knows, a dropped one included', () => {
		const directory = new CountryDirectory();
		expect(directory.isUnknownNumericId('999')).toBe(true);
		expect(directory.isUnknownNumericId('1234')).toBe(true);
		expect(directory.isUnknownNumericId('490')).toBe(false); // BACI's, no ISO3
		expect(directory.isUnknownNumericId('717')).toBe(false); // Comtrade's
		expect(directory.isUnknownNumericId('97')).toBe(false); // an aggregate (the EU)
		expect(directory.isUnknownNumericId('ITA')).toBe(false); // not a code
		directory.setNumeric(999, '999', 'Newer group');
		expect(directory.isUnknownNumericId('999')).toBe(false);
	});

	it('are in no built-in group: members are ISO3 codes, never digits', () => {
		for (const group of GROUP_IDS) {
			for (const { country } of GROUP_MEMBERS[group]) expect(country).toMatch(/^[A-Z]{3}$/);
		}
		for (const id of ['999', '380', 'BR999', 'Atlantis']) {
			expect(rowIdsOf({ kind: 'group', custom: [] }, id, 2022, 'machinery')).toEqual([]);
		}
	});
});

describe('ISO3 fields of code tables', () => {
	it.each([
		['ITA', 'ITA'],
		[' usa ', 'USA'],
		['XKX', 'XKX'], // Kosovo, the one user-assigned code used as a country
		['N/A', null], // BACI V202301 "nes" groups
		['NA', null], // an R export of PAIS.csv
		['', null],
		[undefined, null],
		['S19', null], // BACI V202501 "Other Asia, nes"
		['R20', null],
		['ZA1', null], // Comtrade's So. African Customs Union
		['X1 ', null],
		['ZZZ', null], // Comex Stat "not defined"
		['QZZ', null],
		['XXX', null],
		['AAA', null]
	])('%j → %j', (text, id) => expect(countryIso3(text)).toBe(id));
});

describe("Comex Stat's built-in CO_PAIS list", () => {
	it('maps codes without leading zeros as the real PAIS.csv does', () => {
		// comexstat-PAIS.csv: "105";"076";"BRA"; "249";"840";"USA"; "023";"276";"DEU";
		// "151";"724";"ESP" and "245";"724";"ESP" (Canaries and Spain); "386";"380";"ITA".
		expect(builtInComexCountry('105')).toEqual({ kind: 'country', id: 'BRA' });
		expect(builtInComexCountry('249')).toEqual({ kind: 'country', id: 'USA' });
		expect(builtInComexCountry('23')).toEqual({ kind: 'country', id: 'DEU' });
		expect(builtInComexCountry('151')).toEqual({ kind: 'country', id: 'ESP' });
		expect(builtInComexCountry('245')).toEqual({ kind: 'country', id: 'ESP' });
		expect(builtInComexCountry('386')).toEqual({ kind: 'country', id: 'ITA' });
	});

	it('has no country for ZZZ and NA codes, and nothing for codes it lacks', () => {
		// "000";"898";"ZZZ" Não Definido; "995";"898";"ZZZ" ship stores; "292";NA;NA.
		expect(builtInComexCountry('0')).toEqual({ kind: 'aggregate' });
		expect(builtInComexCountry('995')).toEqual({ kind: 'aggregate' });
		expect(builtInComexCountry('292')).toEqual({ kind: 'aggregate' });
		expect(builtInComexCountry('777')).toBeUndefined();
		expect(builtInComexCountry('023')).toBeUndefined(); // looked up without zeros
	});

	it('gives way to a dropped PAIS.csv, code by code', () => {
		const directory = new CountryDirectory();
		directory.setComex('249', { kind: 'aggregate' }); // a PAIS.csv that says otherwise
		expect(directory.comex('249')).toEqual({ kind: 'aggregate' });
		expect(directory.comex('105')).toEqual({ kind: 'country', id: 'BRA' }); // not in it
	});
});

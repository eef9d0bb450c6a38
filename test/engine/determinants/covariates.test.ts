/** Reading covariates files: header names in three languages, delimiters, decimals, drops, errors. */
import { describe, expect, it } from 'vitest';
import { MAX_COVARIATES_BYTES } from '../../../src/lib/engine/determinants/covariates';
import { parseCovariates, readCovariates } from './helpers';
import { readNumber } from '../../../src/lib/engine/determinants/covariates-fields';
import { capitalOf } from '../../../src/lib/engine/codes/capitals';
import { TradeFileError } from '../../../src/lib/engine/model/errors';

const csv = (...lines: string[]) => lines.join('\n');

function thrown(run: () => unknown): TradeFileError {
	try {
		run();
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		throw error;
	}
	throw new Error('expected a TradeFileError');
}

async function thrownAsync(run: () => Promise<unknown>): Promise<TradeFileError> {
	const error: unknown = await run().then(
		() => null,
		(reason: unknown) => reason
	);
	if (error instanceof TradeFileError) return error;
	throw new Error(`expected a TradeFileError, got ${String(error)}`);
}

describe('parseCovariates', () => {
	it('reads the template layout: figures by country-year, distances by country', () => {
		const covariates = parseCovariates(
			csv(
				'iso3,year,gdp,gdp_per_capita,distance_km',
				'BRA,2001,559.4,3159.9,',
				'ARG,2001,268.7,7208.4,2339.652',
				'ARG,2002,97.7,2579.2,2339.652',
				''
			),
			'cov.csv'
		);
		expect(covariates.file).toBe('cov.csv');
		expect(covariates.countryYears).toEqual({
			'BRA|2001': { gdp: 559.4, gdpPerCapita: 3159.9 },
			'ARG|2001': { gdp: 268.7, gdpPerCapita: 7208.4 },
			'ARG|2002': { gdp: 97.7, gdpPerCapita: 2579.2 }
		});
		expect(covariates.distances).toEqual({ ARG: 2339.652 });
		expect(covariates).toMatchObject({ rowsRead: 3, rowsUsed: 3, dropped: {} });
	});

	it('accepts Portuguese and Spanish headers, any case and accents, in any column order', () => {
		const pt = parseCovariates(
			csv('Ano;País;PIB;PIB per capita;Distância', '2001;BRA;1.234,5;3.159,9;0'),
			'pt.csv'
		);
		expect(pt.countryYears['BRA|2001']).toEqual({ gdp: 1234.5, gdpPerCapita: 3159.9 });
		expect(pt.distances).toEqual({}); // 0 km: the reporter itself, no distance
		const es = parseCovariates(
			csv('PAIS;AÑO;pib;pib_pc;distancia', 'ARG;2001;268,7;7208,4;2339,65'),
			'es.csv'
		);
		expect(es.countryYears['ARG|2001']).toEqual({ gdp: 268.7, gdpPerCapita: 7208.4 });
		expect(es.distances).toEqual({ ARG: 2339.65 });
		const en = parseCovariates(csv('Country,Year,GDP,GDPpc', 'Argentina,2001,1e11,7208.4'), 'e');
		expect(en.countryYears['ARG|2001']).toEqual({ gdp: 1e11, gdpPerCapita: 7208.4 });
	});

	it('reads tab-delimited files and quoted thousands in comma-delimited ones', () => {
		const tab = parseCovariates(csv('iso3\tyear\tgdp\tgdppc', 'USA\t2001\t10581.8\t37133.2'), 't');
		expect(tab.countryYears['USA|2001']).toEqual({ gdp: 10581.8, gdpPerCapita: 37133.2 });
		const quoted = parseCovariates(
			csv('iso3,year,gdp,gdppc', 'USA,2001,"10,581,800",37133.2'),
			'q'
		);
		expect(quoted.countryYears['USA|2001'].gdp).toBe(10581800);
	});

	it('counts every row it does not use, with a reason and its first line numbers', () => {
		const covariates = parseCovariates(
			csv(
				'iso3,year,gdp,gdp_per_capita,distance_km',
				'BRA,2001,559.4,3159.9,', // line 2: used
				'ARG,2001,..,7208.4,', // 3: empty GDP (World Bank's "..")
				'ARG,2002,97.7,,', // 4: empty GDP per capita
				'ARG,20x3,97.7,2579.2,', // 5: bad year
				'ARG,2004,abc,2579.2,', // 6: not a number
				'ARG,2005,0,2579.2,', // 7: GDP zero
				'ARG,2006,97.7,-5,', // 8: negative GDP per capita
				'ARG,2007,97.7,2579.2,-1', // 9: negative distance
				'XYZ,2001,1,1,', // 10: unknown country
				'BRA,2001,600,3200,', // 11: duplicate of line 2
				'',
				'DEU,2001,1950,23700,10000' // 13: used (blank line 12 is not a row)
			),
			'drops.csv'
		);
		expect(covariates.rowsRead).toBe(11);
		expect(covariates.rowsUsed).toBe(2);
		expect(covariates.dropped).toEqual({
			'empty-value': { rows: 2, firstLines: [3, 4] },
			'bad-year': { rows: 1, firstLines: [5] },
			'not-a-number': { rows: 1, firstLines: [6] },
			'non-positive-gdp': { rows: 2, firstLines: [7, 8] },
			'bad-distance': { rows: 1, firstLines: [9] },
			'unknown-country': { rows: 1, firstLines: [10] },
			'duplicate-country-year': { rows: 1, firstLines: [11] }
		});
		// The first row of a country-year wins; used + dropped = read.
		expect(covariates.countryYears['BRA|2001'].gdp).toBe(559.4);
		const droppedRows = Object.values(covariates.dropped).reduce((sum, d) => sum + d.rows, 0);
		expect(covariates.rowsUsed + droppedRows).toBe(covariates.rowsRead);
	});

	it("reads BACI's 490 as the template writes it, with Taipei as its capital", () => {
		const covariates = parseCovariates(
			csv('iso3,year,gdp,gdp_per_capita', '490,2020,668.2,28383', ''),
			'covariates.csv'
		);
		expect(covariates.countryYears['490|2020']).toEqual({ gdp: 668.2, gdpPerCapita: 28383 });
		expect(covariates.rowsUsed).toBe(1);
		expect(capitalOf('490')).toEqual(capitalOf('TWN'));
	});

	it('keeps at most five line numbers per reason', () => {
		const lines = Array.from({ length: 7 }, (_, i) => `ARG,${2001 + i},,1`);
		const covariates = parseCovariates(csv('iso3,year,gdp,gdppc', ...lines), 'many.csv');
		expect(covariates.dropped['empty-value']).toEqual({ rows: 7, firstLines: [2, 3, 4, 5, 6] });
	});

	it('names the missing column, the file and the line of the header', () => {
		const error = thrown(() => parseCovariates(csv('iso3,year,gdp', 'BRA,2001,1'), 'short.csv'));
		expect(error.code).toBe('covariates-missing-column');
		expect(error).toMatchObject({ file: 'short.csv', line: 1, column: 'gdp_per_capita' });
		expect(error.details).toEqual({ column: 'gdp_per_capita', header: 'iso3, year, gdp' });
		const noCountry = thrown(() => parseCovariates(csv('nation,year,gdp,gdppc', 'x,1,1,1'), 'n'));
		expect(noCountry.column).toBe('iso3');
	});

	it('refuses a file with no data rows and one with an unclosed quote', () => {
		expect(thrown(() => parseCovariates('iso3,year,gdp,gdppc\n\n', 'h.csv')).code).toBe(
			'empty-file'
		);
		const broken = thrown(() => parseCovariates(csv('iso3,year,gdp,gdppc', 'BRA,"2001,1,1'), 'q'));
		expect(broken).toMatchObject({ code: 'covariates-unreadable', file: 'q' });
	});
});

describe('readNumber', () => {
	it('reads decimal points, decimal commas, thousands groups and missing markers', () => {
		expect(readNumber('1234.5', false)).toBe(1234.5);
		expect(readNumber('1.234,5', true)).toBe(1234.5);
		expect(readNumber('1.234.567', true)).toBe(1234567);
		expect(readNumber('1.5', true)).toBe(1.5);
		expect(readNumber('1 234 567', false)).toBe(1234567);
		expect(readNumber('2.5E3', false)).toBe(2500);
		expect(readNumber(' .. ', false)).toBeNull();
		expect(readNumber('NA', false)).toBeNull();
		expect(readNumber('1,5', false)).toBeNaN();
		expect(readNumber('12abc', false)).toBeNaN();
	});
});

describe('readCovariates', () => {
	it('reads a UTF-8 Blob with a BOM, and a windows-1252 one', async () => {
		const utf8 = new Blob(['\uFEFFpaís,ano,pib,pib_pc\nBRA,2001,1,2\n']);
		expect((await readCovariates(utf8, 'u.csv')).countryYears['BRA|2001']).toEqual({
			gdp: 1,
			gdpPerCapita: 2
		});
		// "país" in windows-1252: í is the single byte 0xED.
		const header = [...'pa'].map((c) => c.charCodeAt(0));
		const latin1 = new Uint8Array([
			...header,
			0xed,
			...[...'s,ano,pib,pib_pc\nBRA,2001,1,2\n'].map((c) => c.charCodeAt(0))
		]);
		expect((await readCovariates(new Blob([latin1]), 'l.csv')).rowsUsed).toBe(1);
	});

	it('refuses an empty, a binary and an oversized file before parsing', async () => {
		expect((await thrownAsync(() => readCovariates(new Blob([]), 'e.csv'))).code).toBe(
			'empty-file'
		);
		const binary = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])]);
		expect((await thrownAsync(() => readCovariates(binary, 'b.xlsx'))).code).toBe('not-text');
		// A Blob that only claims to be big: size is all the check reads.
		const huge = { size: MAX_COVARIATES_BYTES + 1 } as Blob;
		const tooLarge = await thrownAsync(() => readCovariates(huge, 'big.csv'));
		expect(tooLarge).toMatchObject({ code: 'covariates-too-large', file: 'big.csv' });
		expect(tooLarge.details).toEqual({
			bytes: MAX_COVARIATES_BYTES + 1,
			limit: MAX_COVARIATES_BYTES
		});
	});
});

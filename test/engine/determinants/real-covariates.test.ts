/**
 * The covariates inputs researchers hold, read from the real copies in shared/fixtures/real
 * (SOURCES.md there): CEPII GeoDist's dist_cepii and geo_cepii, and a World Bank DataBank long
 * export of GDP. Counts are worked out here from the file's lines, values read off the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCovariateTexts } from '../../../src/lib/engine/determinants/covariates';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { OPTIONS, readCovariates } from './helpers';

const REAL = '/work/shared/fixtures/real/';
const DIST_CEPII = readFileSync(REAL + 'cepii-geodist-dist_cepii.csv', 'utf8');
const WDI_GDP = readFileSync(REAL + 'worldbank-wdi-gdp-constant2010.csv', 'utf8');

/** A template with Brazil's GDP per capita only: what a GDP-only file needs beside it. */
const BRAZIL_ONLY = 'iso3,year,gdp,gdp_per_capita\nBRA,2010,1,1\n';

/** The destinations of BRA's rows that the app has no country for (territories, Western Sahara). */
const UNKNOWN_DESTINATIONS = ['ESH', 'FRO', 'GLP', 'GUF', 'MTQ', 'PRI', 'REU'];

function thrown(run: () => unknown): TradeFileError {
	try {
		run();
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		throw error;
	}
	throw new Error('expected a TradeFileError');
}

describe('CEPII dist_cepii (real copy)', () => {
	const lines = DIST_CEPII.split('\n');
	const data = lines.slice(1).filter((line) => line.trim() !== '');
	const brazil = data.map((line) => line.split(',')).filter((cells) => cells[0] === 'BRA');
	const lineOf = (destination: string) =>
		lines.findIndex((line) => line.startsWith(`BRA,${destination},`)) + 1;
	const read = (measure: 'dist' | 'distcap' | 'distw') =>
		parseCovariateTexts(
			[
				{ text: DIST_CEPII, name: 'dist_cepii.csv' },
				{ text: BRAZIL_ONLY, name: 'gdp.csv' }
			],
			{ reporter: 'BRA', distanceMeasure: measure }
		);

	it('uses the reporter’s pairs and counts every other row by reason', () => {
		const covariates = read('dist');
		const ledger = covariates.files[0];
		// Every origin with every destination: 224 × 224 pairs.
		expect(brazil.length ** 2).toBe(data.length);
		expect(ledger).toMatchObject({ kind: 'dist-cepii', rowsRead: data.length });
		expect(ledger.dropped['other-origin'].rows).toBe(data.length - brazil.length);
		expect(ledger.dropped['self-pair']).toEqual({
			rows: 1,
			firstLines: [lines.findIndex((line) => line.startsWith('BRA,BRA,')) + 1]
		});
		expect(ledger.dropped['unknown-country'].rows).toBe(UNKNOWN_DESTINATIONS.length);
		// dist is never `.` in this copy: every other pair of BRA is used.
		expect(brazil.filter((cells) => cells[10] === '.')).toHaveLength(0);
		expect(ledger.rowsUsed).toBe(brazil.length - 1 - UNKNOWN_DESTINATIONS.length);
		const dropped = Object.values(ledger.dropped).reduce((sum, drop) => sum + drop.rows, 0);
		expect(ledger.rowsUsed + dropped).toBe(ledger.rowsRead);
		expect(covariates.distanceMeasure).toBe('dist');
	});

	it('reads each measure as the file writes it (BRA,ARG: 1691.067, 2353.257, 2391.846)', () => {
		expect(read('dist').distances.ARG).toBe(1691.067);
		expect(read('distcap').distances.ARG).toBe(2353.257);
		expect(read('distw').distances.ARG).toBe(2391.846);
		expect(read('dist').distances.USA).toBe(7694.307);
	});

	it('counts the pairs whose distw is `.` as missing, with their lines', () => {
		const missing = brazil.filter((cells) => cells[12] === '.').map((cells) => cells[1]);
		expect(missing).toEqual(['CCK', 'CXR', 'MAC', 'MSR', 'PCN']);
		const covariates = read('distw');
		expect(covariates.files[0].dropped['missing-distance']).toEqual({
			rows: 5,
			firstLines: missing.map(lineOf)
		});
		expect(covariates.distances).not.toHaveProperty('MAC');
	});

	it('maps CEPII’s old codes to the ids the trade data uses', () => {
		const { distances } = read('dist');
		expect(distances.ROU).toBe(10560.74); // ROM
		expect(distances.COD).toBe(6967.733); // ZAR, DR Congo
		expect(distances.COG).toBe(6964.051); // COD beside ZAR: Congo (Brazzaville)
		expect(distances.PSE).toBe(10575.41); // PAL
		expect(distances.TLS).toBe(16361.97); // TMP
		expect(distances.SRB).toBe(10200.5); // YUG, Belgrade
		expect(distances.SCG).toBe(10200.5);
		expect(distances['490']).toBe(18821.26); // TWN
		for (const code of ['ROM', 'ZAR', 'PAL', 'TMP', 'YUG', 'TWN', ...UNKNOWN_DESTINATIONS]) {
			expect(distances).not.toHaveProperty(code);
		}
	});

	it('reads the pairs of a reporter CEPII writes with an old code (ROU is ROM)', () => {
		const covariates = parseCovariateTexts(
			[
				{ text: DIST_CEPII, name: 'dist_cepii.csv' },
				{ text: 'iso3,year,gdp,gdp_per_capita\nROU,2010,1,1\n', name: 'gdp.csv' }
			],
			{ reporter: 'ROU', distanceMeasure: 'dist' }
		);
		const romania = data.filter((line) => line.startsWith('ROM,'));
		expect(covariates.files[0].dropped['other-origin'].rows).toBe(data.length - romania.length);
		const brazilLine = romania.find((line) => line.startsWith('ROM,BRA,')) as string;
		expect(covariates.distances.BRA).toBe(Number(brazilLine.split(',')[10]));
	});

	it('refuses a dist_cepii file alone: it gives no GDP', () => {
		const error = thrown(() =>
			parseCovariateTexts([{ text: DIST_CEPII, name: 'dist_cepii.csv' }], OPTIONS)
		);
		expect(error).toMatchObject({ code: 'covariates-no-gdp', file: 'dist_cepii.csv' });
		expect(error.details).toEqual({ lacking: 'gdp, gdp_per_capita' });
	});
});

describe('CEPII geo_cepii (real copy)', () => {
	it('is refused with a message that asks for dist_cepii', async () => {
		const bytes = readFileSync(REAL + 'cepii-geo_cepii.csv'); // latin-1, `;`
		const error: unknown = await readCovariates(new Blob([bytes]), 'geo_cepii.csv').catch(
			(reason: unknown) => reason
		);
		expect(error).toBeInstanceOf(TradeFileError);
		expect(error).toMatchObject({ code: 'covariates-geo-cepii', file: 'geo_cepii.csv', line: 1 });
		expect((error as TradeFileError).message).toContain('drop dist_cepii');
	});
});

describe('World Bank DataBank, long (real copy)', () => {
	const lines = WDI_GDP.replace(/^\uFEFF/, '').split('\n');
	const rows = lines.map((line, index) => ({
		line: index + 1,
		cells: line
			.replace(/^([^,]*),/, '"$1",')
			.slice(1, -1)
			.split('","')
	}));
	const data = rows.slice(1).filter(({ cells }) => cells.some((cell) => cell !== ''));
	// Country codes by hand from the file: the World Bank's groups, and places the app lacks.
	const aggregates = new Set(
		(
			'ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC LCN LDC ' +
			'LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA TMN TSA TSS UMC WLD'
		).split(' ')
	);
	const unknown = new Set(['CHI', 'FRO', 'IMN', 'MAF', 'PRI', 'VIR']);
	const read = () =>
		parseCovariateTexts(
			[
				{ text: WDI_GDP, name: 'worldbank_gdp.csv' },
				{ text: BRAZIL_ONLY, name: 'gdp_pc.csv' }
			],
			OPTIONS
		).files[0];

	it('counts its data rows, the footer, aggregates, unknown places and empty values', () => {
		const ledger = read();
		const footer = data.filter(({ cells }) => cells[3] === '');
		expect(footer.map(({ cells }) => cells[0].slice(0, 19))).toEqual([
			'Data from database:',
			'Last Updated: 10/28'
		]);
		const countries = data.filter(({ cells }) => cells[3] !== '');
		const ofAggregates = countries.filter(({ cells }) => aggregates.has(cells[3]));
		const ofUnknown = countries.filter(({ cells }) => unknown.has(cells[3]));
		const empty = countries.filter(
			({ cells }) => !aggregates.has(cells[3]) && !unknown.has(cells[3]) && cells[6] === ''
		);
		expect(ledger).toMatchObject({ kind: 'wdi-long', rowsRead: data.length });
		expect(ledger.dropped.footer).toEqual({ rows: 2, firstLines: footer.map((r) => r.line) });
		expect(ledger.dropped.aggregate.rows).toBe(ofAggregates.length);
		expect(ledger.dropped['unknown-country'].rows).toBe(ofUnknown.length);
		expect(ledger.dropped['empty-value'].rows).toBe(empty.length);
		expect(ledger.dropped['empty-value'].firstLines).toEqual(empty.slice(0, 5).map((r) => r.line));
		// Brazil 2010's GDP is the file's: the template only adds its GDP per capita.
		expect(ledger.rowsUsed).toBe(
			countries.length - ofAggregates.length - ofUnknown.length - empty.length
		);
	});

	it('gives GDP as the file writes it and names the series used', () => {
		const covariates = parseCovariateTexts(
			[
				{ text: WDI_GDP, name: 'worldbank_gdp.csv' },
				{ text: BRAZIL_ONLY, name: 'gdp_pc.csv' }
			],
			OPTIONS
		);
		// Line 263: "Brazil","BRA","2010","YR2010","2208871646202.82".
		expect(covariates.countryYears['BRA|2010']).toEqual({ gdp: 2208871646202.82, gdpPerCapita: 1 });
		expect(covariates.sources.gdp).toEqual([
			{ series: 'NY.GDP.MKTP.KD', name: 'GDP (constant 2010 US$)', countryYears: 1 }
		]);
		expect(covariates.files[1]).toMatchObject({ rowsUsed: 1, dropped: {} });
		// Every other country-year has GDP only.
		expect(covariates.unpaired.gdpOnly).toBe(read().rowsUsed - 1);
	});

	it('refuses the GDP file alone: it gives no GDP per capita', () => {
		const error = thrown(() =>
			parseCovariateTexts([{ text: WDI_GDP, name: 'worldbank_gdp.csv' }], OPTIONS)
		);
		expect(error).toMatchObject({
			code: 'covariates-no-gdp',
			details: { lacking: 'gdp_per_capita' }
		});
	});
});

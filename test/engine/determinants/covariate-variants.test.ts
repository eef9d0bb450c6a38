/**
 * The covariates inputs as they also come: the variants of dist_cepii (BOM + CRLF, `;` with
 * decimal commas) and of the World Bank's downloads (the WDI CSV with its preamble, DataBank
 * with years across and its footer, `..` missing, several series in one file) built here from
 * the real copies; the merge of several files; and a regression through the whole route that
 * equals the one on a template holding the same numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCovariateTexts } from '../../../src/lib/engine/determinants/covariates';
import { runDeterminants } from '../../../src/lib/engine/determinants/run';
import { TradeFileError } from '../../../src/lib/engine/model/errors';
import { ALL_PARTNERS, ALL_PRODUCTS } from '../../../src/lib/engine/model/selection';
import type { Cell } from '../../../src/lib/engine/model/types';
import { seeded } from '../panel/helpers';
import { OPTIONS, parseCovariates, readCovariates } from './helpers';

const REAL = '/work/shared/fixtures/real/';
const DIST_LINES = readFileSync(REAL + 'cepii-geodist-dist_cepii.csv', 'utf8').split('\n');
const WDI_LINES = readFileSync(REAL + 'worldbank-wdi-gdp-constant2010.csv', 'utf8')
	.replace(/^\uFEFF/, '')
	.split('\n');

/** dist_cepii's header and the rows of BRA (and a few of ARG, another origin). */
const DIST_SUBSET = [
	DIST_LINES[0],
	...DIST_LINES.filter((line) => line.startsWith('BRA,') || line.startsWith('ARG,B'))
];

/** The GDP of a country-year as the real DataBank file writes it (text, as in the file). */
function wdiGdp(iso3: string, year: number): string {
	const line = WDI_LINES.find((l) => l.includes(`"${iso3}","${year}"`));
	if (!line) throw new Error(`no GDP for ${iso3} ${year}`);
	return line.split('","')[5].replace(/"$/, '');
}

/** BRA's distance to a partner in dist_cepii's `dist` column, as the file writes it. */
function cepiiDist(partner: string): string {
	const line = DIST_LINES.find((l) => l.startsWith(`BRA,${partner},`));
	if (!line) throw new Error(`no pair BRA ${partner}`);
	return line.split(',')[10];
}

const TEMPLATE_BRA = 'iso3,year,gdp,gdp_per_capita\nBRA,2010,1,1\n';

function thrown(run: () => unknown): TradeFileError {
	try {
		run();
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		throw error;
	}
	throw new Error('expected a TradeFileError');
}

describe('dist_cepii variants', () => {
	const withTemplate = (text: string) =>
		parseCovariateTexts(
			[
				{ text, name: 'dist_cepii.csv' },
				{ text: TEMPLATE_BRA, name: 't.csv' }
			],
			OPTIONS
		);
	const plain = withTemplate(DIST_SUBSET.join('\n'));

	it('reads a BOM + CRLF copy as the LF one', async () => {
		const crlf = '\uFEFF' + DIST_SUBSET.join('\r\n') + '\r\n';
		const read = await readCovariates(new Blob([crlf]), 'dist_cepii.csv').catch((e) => e);
		// Alone it has no GDP; beside the template it gives the same distances.
		expect(read).toMatchObject({ code: 'covariates-no-gdp' });
		const covariates = withTemplate(crlf);
		expect(covariates.distances).toEqual(plain.distances);
		expect(covariates.files[0]).toEqual(plain.files[0]);
	});

	it('reads a `;` copy with decimal commas, `.` still missing', () => {
		const semicolon = DIST_SUBSET.map((line) =>
			line
				.split(',')
				.map((cell) => (cell === '.' ? cell : cell.replace('.', ',')))
				.join(';')
		).join('\n');
		const covariates = withTemplate(semicolon);
		expect(covariates.distances).toEqual(plain.distances);
		expect(covariates.distances.ARG).toBe(1691.067);
		const ledger = covariates.files[0];
		expect(ledger.dropped['other-origin'].rows).toBe(
			DIST_SUBSET.filter((l) => l.startsWith('ARG,')).length
		);
	});

	it('counts `.` in the chosen measure, and names a missing measure column', () => {
		const pairs = [
			DIST_LINES[0],
			'BRA,ARG,1,0,0,0,0,0,0,0,.,2353.257,.,.',
			'BRA,USA,0,0,0,0,0,0,0,0,7694.307,6794.436,.,.'
		];
		const covariates = parseCovariateTexts(
			[
				{ text: pairs.join('\n'), name: 'd.csv' },
				{ text: TEMPLATE_BRA, name: 't.csv' }
			],
			{ reporter: 'BRA', distanceMeasure: 'dist' }
		);
		expect(covariates.distances).toEqual({ USA: 7694.307 });
		expect(covariates.files[0].dropped).toEqual({
			'missing-distance': { rows: 1, firstLines: [2] }
		});
		const noDistw = 'iso_o,iso_d,dist,distcap\nBRA,ARG,1691.067,2353.257\n';
		const error = thrown(() =>
			parseCovariateTexts([{ text: noDistw, name: 'd.csv' }], {
				reporter: 'BRA',
				distanceMeasure: 'distw'
			})
		);
		expect(error).toMatchObject({
			code: 'covariates-missing-column',
			file: 'd.csv',
			line: 1,
			column: 'distw'
		});
	});
});

const YEARS = [2010, 2011, 2012, 2013, 2014];
const COUNTRIES = [
	['Brazil', 'BRA'],
	['Argentina', 'ARG'],
	['Germany', 'DEU']
] as const;

/** The WDI CSV (data.worldbank.org / API): a preamble, years across, a trailing comma. */
function apiCsv(rows: { name: string; code: string; values: string[] }[]): string {
	const quoted = (cells: string[]) => cells.map((cell) => `"${cell}"`).join(',') + ',';
	return [
		'"Data Source","World Development Indicators",',
		'',
		'"Last Updated Date","2019-10-28",',
		'',
		quoted([
			'Country Name',
			'Country Code',
			'Indicator Name',
			'Indicator Code',
			...YEARS.map(String)
		]),
		...rows.map((row) =>
			quoted([row.name, row.code, 'GDP (constant 2010 US$)', 'NY.GDP.MKTP.KD', ...row.values])
		)
	].join('\n');
}

describe('World Bank wide layouts', () => {
	const gdpRows = COUNTRIES.map(([name, code]) => ({
		name,
		code,
		values: YEARS.map((year) => wdiGdp(code, year))
	}));

	it('reads the WDI CSV after its preamble, as the DataBank long file', () => {
		const world = { name: 'World', code: 'WLD', values: YEARS.map((y) => wdiGdp('WLD', y)) };
		// Argentina 2014 left empty: a missing cell of a line that gives other years.
		gdpRows[1].values[4] = '';
		const text = apiCsv([...gdpRows, world]);
		const covariates = parseCovariateTexts(
			[
				{ text, name: 'API_NY.GDP.MKTP.KD.csv' },
				{ text: TEMPLATE_BRA, name: 't.csv' }
			],
			OPTIONS
		);
		const ledger = covariates.files[0];
		expect(ledger).toMatchObject({ kind: 'wdi-wide-api', rowsRead: 4, rowsUsed: 3 });
		// Lines 1–4 are the preamble, 5 the header: World is line 9.
		expect(ledger.dropped).toEqual({ aggregate: { rows: 1, firstLines: [9] } });
		expect(covariates.countryYears['BRA|2010'].gdp).toBe(Number(wdiGdp('BRA', 2010)));
		expect(covariates.unpaired.gdpOnly).toBe(3 * 5 - 1 - 1); // no Argentina 2014; BRA 2010 paired
		gdpRows[1].values[4] = wdiGdp('ARG', 2014);
	});

	it('reads DataBank with years across, `..` missing, GDP per capita beside GDP, and its footer', () => {
		const header = [
			'Country Name',
			'Country Code',
			'Series Name',
			'Series Code',
			...YEARS.map((y) => `${y} [YR${y}]`)
		];
		const perCapita = (code: string, year: number) =>
			String(1000 + code.charCodeAt(0) * 10 + year - 2000);
		const lines = [
			header.join(','),
			...COUNTRIES.map(([name, code]) =>
				[
					name,
					code,
					'GDP (constant 2010 US$)',
					'NY.GDP.MKTP.KD',
					...YEARS.map((y) => wdiGdp(code, y))
				].join(',')
			),
			...COUNTRIES.map(([name, code]) =>
				[
					name,
					code,
					'GDP per capita (constant 2010 US$)',
					'NY.GDP.PCAP.KD',
					...YEARS.map((y) => (code === 'DEU' && y === 2012 ? '..' : perCapita(code, y)))
				].join(',')
			),
			[
				'High income',
				'HIC',
				'GDP (constant 2010 US$)',
				'NY.GDP.MKTP.KD',
				...YEARS.map(() => '1')
			].join(','),
			[
				'Brazil',
				'BRA',
				'Exports of goods and services (% of GDP)',
				'NE.EXP.GNFS.ZS',
				...YEARS.map(() => '12')
			].join(','),
			[
				'Argentina',
				'ARG',
				'GDP (constant 2010 US$)',
				'NY.GDP.MKTP.KD',
				...YEARS.map(() => '..')
			].join(','),
			'',
			'',
			'Data from database: World Development Indicators',
			'Last Updated: 10/28/2019'
		];
		const covariates = parseCovariates(lines.join('\n'), 'Data_Extract_From_WDI.csv');
		expect(covariates).toMatchObject({ kind: 'wdi-wide-databank', rowsRead: 11, rowsUsed: 6 });
		expect(covariates.dropped).toEqual({
			aggregate: { rows: 1, firstLines: [8] },
			'unused-series': { rows: 1, firstLines: [9] },
			'empty-value': { rows: 1, firstLines: [10] },
			footer: { rows: 2, firstLines: [13, 14] }
		});
		expect(covariates.countryYears['ARG|2013']).toEqual({
			gdp: Number(wdiGdp('ARG', 2013)),
			gdpPerCapita: Number(perCapita('ARG', 2013))
		});
		expect(covariates.countryYears).not.toHaveProperty('DEU|2012');
		expect(Object.keys(covariates.countryYears)).toHaveLength(3 * 5 - 1);
		expect(covariates.unpaired).toEqual({ gdpOnly: 1, gdpPerCapitaOnly: 0 });
		expect(covariates.sources.gdpPerCapita).toEqual([
			{ series: 'NY.GDP.PCAP.KD', name: 'GDP per capita (constant 2010 US$)', countryYears: 14 }
		]);
	});
});

describe('World Bank series', () => {
	const long = (rows: [string, string, number, string][]) =>
		[
			'Series Name,Series Code,Country Name,Country Code,Time,Time Code,Value',
			...rows.map(
				([series, code, year, value]) =>
					`${series},${series},Name,${code},${year},YR${year},${value}`
			)
		].join('\n');

	it('takes constant US$ before current US$, and says which series was used', () => {
		const text = long([
			['NY.GDP.MKTP.CD', 'BRA', 2010, '2208'],
			['NY.GDP.MKTP.KD', 'BRA', 2010, '2100'],
			['NY.GDP.PCAP.CD', 'BRA', 2010, '11286'],
			['NY.GDP.PCAP.PP.KD', 'BRA', 2010, '14000']
		]);
		const covariates = parseCovariates(text, 'both.csv');
		expect(covariates.countryYears).toEqual({ 'BRA|2010': { gdp: 2100, gdpPerCapita: 11286 } });
		expect(covariates.sources.gdp.map((s) => s.series)).toEqual(['NY.GDP.MKTP.KD']);
		expect(covariates.sources.gdpPerCapita.map((s) => s.series)).toEqual(['NY.GDP.PCAP.CD']);
		expect(covariates.dropped).toEqual({ 'unused-series': { rows: 2, firstLines: [2, 5] } });
	});

	it('derives GDP per capita from GDP and population where none is given', () => {
		const text = long([
			['NY.GDP.MKTP.KD', 'BRA', 2010, '2000'],
			['SP.POP.TOTL', 'BRA', 2010, '200'],
			['NY.GDP.MKTP.KD', 'ARG', 2010, '500'],
			['SP.POP.TOTL', 'ARG', 2010, '40'],
			['SP.POP.TOTL', 'DEU', 2010, '80'] // no GDP: not needed
		]);
		const covariates = parseCovariates(text, 'gdp-pop.csv');
		expect(covariates.countryYears).toEqual({
			'BRA|2010': { gdp: 2000, gdpPerCapita: 10 },
			'ARG|2010': { gdp: 500, gdpPerCapita: 12.5 }
		});
		expect(covariates.sources.gdpPerCapita).toEqual([
			{ series: 'NY.GDP.MKTP.KD/SP.POP.TOTL', name: null, countryYears: 2 }
		]);
		expect(covariates).toMatchObject({ rowsRead: 5, rowsUsed: 4 });
		expect(covariates.dropped).toEqual({ 'unused-series': { rows: 1, firstLines: [6] } });
	});

	it('refuses an unknown header, naming the file, the line and the layouts read', () => {
		const error = thrown(() => parseCovariates('\nfoo,bar\n1,2\n', 'mystery.csv'));
		expect(error).toMatchObject({
			code: 'covariates-unknown-header',
			file: 'mystery.csv',
			line: 2
		});
		expect(error.details.header).toBe('foo, bar');
		expect(error.details.expected).toContain('iso_o, iso_d, dist');
		expect(error.details.expected).toContain('Series Code, Country Code, Time, Value');
		// A World Bank header without its Value column is no layout either.
		const noValue = thrown(() => parseCovariates('Series Code,Country Code,Time\nX,BRA,2010', 'w'));
		expect(noValue.code).toBe('covariates-unknown-header');
	});
});

describe('several files merged by country and year', () => {
	it('takes GDP from WDI, GDP per capita from another file and distances from dist_cepii before the template', () => {
		const wdi = [WDI_LINES[0], ...WDI_LINES.filter((l) => /"(BRA|ARG)","201[01]"/.test(l))].join(
			'\n'
		);
		const perCapita =
			'Country Code,Series Code,2010 [YR2010],2011 [YR2011]\nBRA,NY.GDP.PCAP.KD,11286,11625\nARG,NY.GDP.PCAP.KD,10386,..\n';
		const template = [
			'iso3,year,gdp,gdp_per_capita,distance_km',
			'BRA,2010,1,2,', // both figures given by WDI: a duplicate
			'ARG,2011,3,4,2339.652', // GDP per capita only here: used; its distance loses to CEPII's
			'DEU,2011,5,6,9999' // only here
		].join('\n');
		const covariates = parseCovariateTexts(
			[
				{ text: template, name: 'template.csv' },
				{ text: wdi, name: 'gdp.csv' },
				{ text: perCapita, name: 'gdp_pc.csv' },
				{ text: DIST_SUBSET.join('\n'), name: 'dist_cepii.csv' }
			],
			OPTIONS
		);
		expect(covariates.countryYears).toEqual({
			'BRA|2010': { gdp: Number(wdiGdp('BRA', 2010)), gdpPerCapita: 11286 },
			'BRA|2011': { gdp: Number(wdiGdp('BRA', 2011)), gdpPerCapita: 11625 },
			'ARG|2010': { gdp: Number(wdiGdp('ARG', 2010)), gdpPerCapita: 10386 },
			'ARG|2011': { gdp: Number(wdiGdp('ARG', 2011)), gdpPerCapita: 4 },
			'DEU|2011': { gdp: 5, gdpPerCapita: 6 }
		});
		expect(covariates.distances.ARG).toBe(Number(cepiiDist('ARG')));
		expect(covariates.distances.DEU).toBe(Number(cepiiDist('DEU')));
		// Ledgers in the order the files were given.
		expect(covariates.files.map((f) => f.kind)).toEqual([
			'template',
			'wdi-long',
			'wdi-wide-databank',
			'dist-cepii'
		]);
		expect(covariates.files[0]).toMatchObject({
			rowsRead: 3,
			rowsUsed: 2,
			dropped: { 'duplicate-country-year': { rows: 1, firstLines: [2] } }
		});
		expect(covariates.sources.gdpPerCapita).toEqual([
			{ series: 'NY.GDP.PCAP.KD', name: null, countryYears: 3 },
			{ series: 'template', name: null, countryYears: 2 }
		]);
		expect(covariates.distanceMeasure).toBe('dist');
	});
});

describe('a regression through the whole route', () => {
	const partners = ['ARG', 'CHL', 'DEU', 'FRA', 'ITA', 'JPN', 'MEX', 'USA'];
	const random = seeded(17);
	const cells: Cell[] = partners.flatMap((partner) =>
		YEARS.map((year) => {
			const viit = 10 + 1000 * random();
			const split = { oneWay: 0, hiit: 0, viitSup: viit, viitInf: 0, unclassified: 0, outlier: 0 };
			return {
				year,
				reporter: 'BRA',
				partner,
				sector: 'machinery',
				trade: 5000,
				exports: 2500,
				imports: 2500,
				ghm: split,
				ff: { ...split, viitInf: viit / 2 },
				quality: { weight: 0, sum: 0, sumSq: 0 }
			};
		})
	);
	const countries = ['BRA', ...partners];
	const perCapita = new Map(
		countries.flatMap((code) =>
			YEARS.map((year) => [`${code}|${year}`, (2000 + 60000 * random()).toFixed(2)])
		)
	);
	const selection = {
		reporter: 'BRA',
		yearFrom: 2010,
		yearTo: 2014,
		partners: ALL_PARTNERS,
		scope: ALL_PRODUCTS
	};

	it('gives the same estimates from WDI + dist_cepii as from a template with the same numbers', () => {
		const wdiGdpFile = [WDI_LINES[0], ...WDI_LINES.slice(1)].join('\n'); // the whole real file
		const wdiPerCapita = [
			'Country Name,Country Code,Series Name,Series Code,' +
				YEARS.map((y) => `${y} [YR${y}]`).join(','),
			...countries.map(
				(code) =>
					`Name,${code},GDP per capita (constant 2010 US$),NY.GDP.PCAP.KD,` +
					YEARS.map((y) => perCapita.get(`${code}|${y}`)).join(',')
			)
		].join('\n');
		const template = [
			'iso3,year,gdp,gdp_per_capita,distance_km',
			...countries.flatMap((code) =>
				YEARS.map((year) =>
					[
						code,
						year,
						wdiGdp(code, year),
						perCapita.get(`${code}|${year}`),
						code === 'BRA' ? '' : cepiiDist(code)
					].join(',')
				)
			)
		].join('\n');
		const fromInputs = parseCovariateTexts(
			[
				{ text: wdiGdpFile, name: 'gdp.csv' },
				{ text: wdiPerCapita, name: 'gdp_pc.csv' },
				{ text: DIST_LINES.join('\n'), name: 'dist_cepii.csv' }
			],
			OPTIONS
		);
		const fromTemplate = parseCovariates(template, 'template.csv');
		const options = { selection, timeEffects: true };
		const a = runDeterminants(cells, fromInputs, options);
		const b = runDeterminants(cells, fromTemplate, options);
		expect(a.distanceSource).toBe('file');
		for (const method of ['ghm', 'ff'] as const) {
			expect(a[method].dropped).toEqual({});
			expect(a[method].estimates?.pooling.ok).toBe(true);
			expect(a[method].estimates).toEqual(b[method].estimates);
		}
	});
});

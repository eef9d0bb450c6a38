/**
 * World Bank WDI downloads: DataBank long (one row per series × country × year), the API CSV
 * (years across, after a preamble) and DataBank wide (years across as `2000 [YR2000]`). Regions
 * and income groups are dropped as aggregates; DataBank's notes under the table as a footer.
 * In the wide layouts a line is a row: used when one of its years gives a value.
 */
import { countryOfIso3 } from '../codes/country-names';
import type { CovariateDropReason } from './covariate-ledger';
import type { CovariateRecord, Figure, FileReading, FigureValue } from './covariate-records';
import { wdiYearOfColumn } from './covariate-kinds';
import { isBlank, type CovariatesTable } from './covariate-table';
import { foldHeader, readCountry, readNumber } from './covariates-fields';
import { WDI_AGGREGATES } from './wdi-aggregates';
import { figureOfSeries } from './wdi-series';

type WdiKind = 'wdi-long' | 'wdi-wide-api' | 'wdi-wide-databank';

/** The columns of a WDI file (-1 when absent); `years` are the year columns of a wide one. */
interface WdiColumns {
	series: number;
	seriesName: number;
	country: number;
	time: number;
	value: number;
	years: { index: number; year: number }[];
}

/** Reads the rows under the header at `headerIndex` of a WDI file of `kind`. */
export function readWdi(
	{ rows, semicolon }: CovariatesTable,
	headerIndex: number,
	file: string,
	kind: WdiKind
): FileReading {
	const columns = wdiColumns(rows[headerIndex]);
	const reading: FileReading = { file, kind, rowsRead: 0, drops: [], records: [] };
	for (let index = headerIndex + 1; index < rows.length; index++) {
		const row = rows[index];
		if (isBlank(row)) continue;
		reading.rowsRead++;
		const line = index + 1;
		const outcome = readRow(row, columns, kind === 'wdi-long', semicolon);
		if (typeof outcome === 'string') reading.drops.push({ line, reason: outcome });
		else reading.records.push({ line, values: outcome });
	}
	return reading;
}

function wdiColumns(header: readonly string[]): WdiColumns {
	const folded = header.map(foldHeader);
	const either = (a: string, b: string) =>
		folded.includes(a) ? folded.indexOf(a) : folded.indexOf(b);
	const years = header.flatMap((name, index) => {
		const year = wdiYearOfColumn(name);
		return year === null ? [] : [{ index, year }];
	});
	return {
		series: either('series_code', 'indicator_code'),
		seriesName: either('series_name', 'indicator_name'),
		country: folded.indexOf('country_code'),
		time: folded.indexOf('time'),
		value: folded.indexOf('value'),
		years
	};
}

/** A row's figure values, or why it is dropped. */
function readRow(
	row: readonly string[],
	columns: WdiColumns,
	long: boolean,
	decimalComma: boolean
): CovariateRecord['values'] | CovariateDropReason {
	const cell = (at: number) => (at < 0 ? '' : (row[at] ?? '').trim());
	const code = cell(columns.series);
	const country = cell(columns.country);
	// "Data from database: …", "Last Updated: …": text in the first cell, no series, no country.
	if (code === '' && country === '') return 'footer';
	const figure = figureOfSeries(code);
	if (figure === null) return 'unused-series';
	if (country === '') return 'empty-value';
	const match = countryOfIso3(country);
	if (WDI_AGGREGATES.has(country.toUpperCase()) || match === 'world' || match === 'aggregate') {
		return 'aggregate';
	}
	// countryOfIso3 also maps codes the World Bank once used (ROM for Romania, ZAR, TMP).
	const iso3 = readCountry(match ?? country);
	if (iso3 === null) return 'unknown-country';
	const value = (year: number, raw: string): FigureValue | CovariateDropReason => {
		const number = readNumber(raw, decimalComma);
		if (number === null) return 'empty-value';
		if (Number.isNaN(number)) return 'not-a-number';
		if (number <= 0) return 'non-positive-gdp';
		return figureValue(figure, code, cell(columns.seriesName), iso3, year, number);
	};
	if (long) {
		const year = yearOfTime(cell(columns.time));
		if (year === null) return 'bad-year';
		const outcome = value(year, cell(columns.value));
		return typeof outcome === 'string' ? outcome : [outcome];
	}
	const outcomes = columns.years.map(({ index, year }) => value(year, cell(index)));
	const values = outcomes.filter((outcome): outcome is FigureValue => typeof outcome !== 'string');
	if (values.length > 0) return values;
	// No year gives a value: the line's reason is the most telling one among its cells.
	for (const reason of ['non-positive-gdp', 'not-a-number'] as const) {
		if (outcomes.includes(reason)) return reason;
	}
	return 'empty-value';
}

function figureValue(
	figure: Figure,
	series: string,
	seriesName: string,
	iso3: string,
	year: number,
	value: number
): FigureValue {
	const name = seriesName === '' ? null : seriesName;
	return {
		kind: 'figure',
		figure,
		series: series.toUpperCase(),
		seriesName: name,
		iso3,
		year,
		value
	};
}

/** DataBank's Time: `2009`, or its code `YR2009`; null when neither or out of 1900–2100. */
function yearOfTime(raw: string): number | null {
	const match = /^(?:YR)?(\d{4})$/i.exec(raw);
	const year = match ? Number(match[1]) : NaN;
	return year >= 1900 && year <= 2100 ? year : null;
}

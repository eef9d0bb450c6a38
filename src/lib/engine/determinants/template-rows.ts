/**
 * The rows of the app's template (ISO3, year, GDP, GDP per capita, optional distance to the
 * reporter): each row dropped with a reason or handed to the merge with its figures.
 */
import { TradeFileError } from '../model/errors';
import type { CovariateDropReason } from './covariate-ledger';
import { TEMPLATE_SERIES, type CovariateRecord, type FileReading } from './covariate-records';
import { isBlank, type CovariatesTable } from './covariate-table';
import {
	COVARIATE_HEADER,
	REQUIRED_COVARIATE_COLUMNS,
	matchHeader,
	readCountry,
	readNumber,
	type CovariateColumn
} from './covariates-fields';

/** Reads the data rows under the header at `headerIndex`; throws when a required column is missing. */
export function readTemplateRows(
	{ rows, semicolon }: CovariatesTable,
	headerIndex: number,
	file: string
): FileReading {
	const header = rows[headerIndex];
	const columns = matchHeader(header);
	for (const column of REQUIRED_COVARIATE_COLUMNS) {
		if (columns[column] < 0) throw missingColumn(file, headerIndex + 1, column, header);
	}
	const reading: FileReading = { file, kind: 'template', rowsRead: 0, drops: [], records: [] };
	for (let index = headerIndex + 1; index < rows.length; index++) {
		if (isBlank(rows[index])) continue;
		reading.rowsRead++;
		const line = index + 1;
		const outcome = readRow(rows[index], columns, semicolon, line);
		if (typeof outcome === 'string') reading.drops.push({ line, reason: outcome });
		else reading.records.push(outcome);
	}
	return reading;
}

/** A row's figures (and distance), or why it is dropped; duplicates are the merge's to find. */
function readRow(
	row: readonly string[],
	columns: Record<CovariateColumn, number>,
	decimalComma: boolean,
	line: number
): CovariateRecord | CovariateDropReason {
	const field = (column: CovariateColumn) => (row[columns[column]] ?? '').trim();
	const country = field('iso3');
	const year = readNumber(field('year'), false);
	const gdp = readNumber(field('gdp'), decimalComma);
	const gdpPerCapita = readNumber(field('gdpPerCapita'), decimalComma);
	if (country === '' || year === null || gdp === null || gdpPerCapita === null) {
		return 'empty-value';
	}
	if (!Number.isInteger(year) || year < 1900 || year > 2100) return 'bad-year';
	if (Number.isNaN(gdp) || Number.isNaN(gdpPerCapita)) return 'not-a-number';
	if (gdp <= 0 || gdpPerCapita <= 0) return 'non-positive-gdp';
	const distance = columns.distance < 0 ? null : readNumber(field('distance'), decimalComma);
	if (distance !== null && !(distance >= 0)) return 'bad-distance';
	const iso3 = readCountry(country);
	if (iso3 === null) return 'unknown-country';
	const figure = (name: 'gdp' | 'gdpPerCapita', value: number) =>
		({
			kind: 'figure',
			figure: name,
			series: TEMPLATE_SERIES,
			seriesName: null,
			iso3,
			year,
			value
		}) as const;
	const values: CovariateRecord['values'] = [
		figure('gdp', gdp),
		figure('gdpPerCapita', gdpPerCapita)
	];
	// Zero is the reporter's distance to itself: no distance.
	if (distance) values.push({ kind: 'distance', partner: iso3, km: distance });
	return { line, values };
}

function missingColumn(
	file: string,
	line: number,
	column: CovariateColumn,
	header: readonly string[]
): TradeFileError {
	const name = COVARIATE_HEADER[column];
	return new TradeFileError(
		'covariates-missing-column',
		`The covariates file has no "${name}" column.`,
		file,
		line,
		name,
		{ column: name, header: header.join(', ') }
	);
}

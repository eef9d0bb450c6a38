/**
 * Reads a covariates CSV (ISO3, year, GDP, GDP per capita, optional distance to the reporter)
 * into the Covariates contract. Every data row is used or counted as dropped with a reason and
 * its first line numbers; a file that cannot be read at all throws a TradeFileError.
 */
import Papa from 'papaparse';
import { looksBinary } from '../read/decode';
import { TradeFileError } from '../model/errors';
import {
	COVARIATE_HEADER,
	REQUIRED_COVARIATE_COLUMNS,
	matchHeader,
	readCountry,
	readNumber,
	type CovariateColumn
} from './covariates-fields';
import type { CountryYear, Covariates } from './types';

/** Why a covariates row was set aside. */
export const COVARIATE_DROP_REASONS = [
	'empty-value', // country, year, GDP or GDP per capita empty (or `..`, `NA`)
	'bad-year', // a year that is not a whole number between 1900 and 2100
	'not-a-number', // GDP or GDP per capita that is not a number
	'non-positive-gdp', // GDP or GDP per capita ≤ 0: its logarithm is undefined
	'bad-distance', // a distance that is negative or not a number
	'unknown-country', // neither an ISO3 code nor a country name the app knows
	'duplicate-country-year' // the same country and year again (the first row is kept)
] as const;
export type CovariateDropReason = (typeof COVARIATE_DROP_REASONS)[number];

/** Largest covariates file read (it is read whole: a covariates table is a few hundred KB). */
export const MAX_COVARIATES_BYTES = 50 * 1024 * 1024;

/** Line numbers kept per drop reason. */
const FIRST_LINES = 5;

/** The `countryYears` key of a country in a year. */
export function countryYearKey(iso3: string, year: number): string {
	return `${iso3}|${year}`;
}

/** Reads a covariates file dropped by the user (UTF-8, or windows-1252 when it is not UTF-8). */
export async function readCovariates(blob: Blob, file: string): Promise<Covariates> {
	if (blob.size > MAX_COVARIATES_BYTES) {
		throw new TradeFileError(
			'covariates-too-large',
			`The covariates file is larger than ${MAX_COVARIATES_BYTES} bytes.`,
			file,
			undefined,
			undefined,
			{ bytes: blob.size, limit: MAX_COVARIATES_BYTES }
		);
	}
	const bytes = new Uint8Array(await blob.arrayBuffer());
	if (bytes.length === 0) throw new TradeFileError('empty-file', 'The file is empty.', file);
	if (looksBinary(bytes)) {
		throw new TradeFileError('not-text', 'The covariates file is not a text table.', file);
	}
	return parseCovariates(decode(bytes), file);
}

/** UTF-8 (BOM dropped), or windows-1252 for a file saved by a spreadsheet in a Western locale. */
function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Reads the text of a covariates CSV (comma, semicolon or tab delimited). */
export function parseCovariates(text: string, file: string): Covariates {
	const parsed = Papa.parse<string[]>(text, {
		header: false,
		skipEmptyLines: false,
		delimitersToGuess: [',', ';', '\t']
	});
	const broken = parsed.errors.find((error) => error.type === 'Quotes');
	if (broken) {
		throw new TradeFileError(
			'covariates-unreadable',
			`The covariates file cannot be read: ${broken.message}.`,
			file,
			broken.row === undefined ? undefined : broken.row + 1
		);
	}
	// Rows are lines (line = index + 1) as long as no quoted field spans lines.
	const rows = parsed.data;
	const headerIndex = rows.findIndex((row) => !isBlank(row));
	if (headerIndex < 0 || rows.slice(headerIndex + 1).every(isBlank)) {
		throw new TradeFileError('empty-file', 'The covariates file has no data rows.', file);
	}
	const header = rows[headerIndex];
	const columns = matchHeader(header);
	for (const column of REQUIRED_COVARIATE_COLUMNS) {
		if (columns[column] < 0) throw missingColumn(file, headerIndex + 1, column, header);
	}
	const reader = new RowReader(columns, parsed.meta.delimiter === ';');
	const covariates: Covariates = {
		file,
		countryYears: {},
		distances: {},
		rowsRead: 0,
		rowsUsed: 0,
		dropped: {}
	};
	for (let index = headerIndex + 1; index < rows.length; index++) {
		if (isBlank(rows[index])) continue;
		covariates.rowsRead++;
		const outcome = reader.read(rows[index]);
		if (typeof outcome === 'string') {
			countDrop(covariates, outcome, index + 1);
			continue;
		}
		const key = countryYearKey(outcome.iso3, outcome.year);
		if (Object.hasOwn(covariates.countryYears, key)) {
			countDrop(covariates, 'duplicate-country-year', index + 1);
			continue;
		}
		covariates.countryYears[key] = outcome.figures;
		// A distance is per country: the first row that gives one sets it.
		if (outcome.distance !== null && !Object.hasOwn(covariates.distances, outcome.iso3)) {
			covariates.distances[outcome.iso3] = outcome.distance;
		}
		covariates.rowsUsed++;
	}
	return covariates;
}

/** A data row read: the country, year, its figures and its distance (null when none). */
interface CovariateRow {
	iso3: string;
	year: number;
	figures: CountryYear;
	distance: number | null;
}

/** Reads data rows given the header's column indices and the file's decimal separator. */
class RowReader {
	constructor(
		private readonly columns: Record<CovariateColumn, number>,
		private readonly decimalComma: boolean
	) {}

	/** The row's values, or why it is dropped (duplicates are the caller's to find). */
	read(
		row: readonly string[]
	): CovariateRow | Exclude<CovariateDropReason, 'duplicate-country-year'> {
		const field = (column: CovariateColumn) => (row[this.columns[column]] ?? '').trim();
		const country = field('iso3');
		const year = readNumber(field('year'), false);
		const gdp = readNumber(field('gdp'), this.decimalComma);
		const gdpPerCapita = readNumber(field('gdpPerCapita'), this.decimalComma);
		if (country === '' || year === null || gdp === null || gdpPerCapita === null) {
			return 'empty-value';
		}
		if (!Number.isInteger(year) || year < 1900 || year > 2100) return 'bad-year';
		if (Number.isNaN(gdp) || Number.isNaN(gdpPerCapita)) return 'not-a-number';
		if (gdp <= 0 || gdpPerCapita <= 0) return 'non-positive-gdp';
		const distance =
			this.columns.distance < 0 ? null : readNumber(field('distance'), this.decimalComma);
		if (distance !== null && !(distance >= 0)) return 'bad-distance';
		const iso3 = readCountry(country);
		if (iso3 === null) return 'unknown-country';
		// Zero is the reporter's distance to itself: no distance.
		return { iso3, year, figures: { gdp, gdpPerCapita }, distance: distance || null };
	}
}

function isBlank(row: readonly string[]): boolean {
	return row.every((value) => value.trim() === '');
}

function countDrop(covariates: Covariates, reason: CovariateDropReason, line: number): void {
	const tally = (covariates.dropped[reason] ??= { rows: 0, firstLines: [] });
	tally.rows++;
	if (tally.firstLines.length < FIRST_LINES) tally.firstLines.push(line);
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

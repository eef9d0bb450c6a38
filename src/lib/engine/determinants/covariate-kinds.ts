/**
 * Which kind of covariates file a header announces: the app's template, CEPII's dist_cepii, or a
 * World Bank WDI download (DataBank long, API wide, DataBank wide). CEPII's geo_cepii (the
 * country file, no distances) and any other header are refused, naming the file and line.
 */
import { TradeFileError } from '../model/errors';
import { isBlank } from './covariate-table';
import { foldHeader, matchHeader } from './covariates-fields';
import type { CovariatesFileKind } from './types';

/** The layouts read, as the refusal of an unknown header lists them. */
export const EXPECTED_LAYOUTS = [
	'iso3, year, gdp, gdp_per_capita[, distance_km] (template)',
	'iso_o, iso_d, dist, distcap, distw (CEPII dist_cepii)',
	'Series Code, Country Code, Time, Value (World Bank DataBank)',
	'Country Code, Indicator Code, 1960, 1961, … (World Bank WDI CSV)',
	'Country Code, Series Code, 2000 [YR2000], … (World Bank DataBank, years across)'
].join('; ');

/** Lines the World Bank's API CSV writes above its header ("Data Source", "Last Updated Date"). */
const WDI_PREAMBLE = new Set(['data_source', 'last_updated_date']);
const MAX_PREAMBLE_LINES = 4;

/** A year column of a wide WDI file: `1960` (API CSV) or `2000 [YR2000]` (DataBank). */
const WDI_YEAR_COLUMN = /^(\d{4})(?:\s*\[YR\d{4}\])?$/;

/** The year a wide WDI header cell stands for, or null when it is no year column. */
export function wdiYearOfColumn(name: string): number | null {
	const match = WDI_YEAR_COLUMN.exec(name.trim());
	return match ? Number(match[1]) : null;
}

/** The kind of a header row; 'geo-cepii' for the file to refuse; null when none. */
export function kindOfHeader(header: readonly string[]): CovariatesFileKind | 'geo-cepii' | null {
	const names = new Set(header.map(foldHeader));
	if (names.has('iso_o') && names.has('iso_d')) return 'dist-cepii';
	if (names.has('iso3') && (names.has('cnum') || names.has('city_en'))) return 'geo-cepii';
	const hasYears = header.some((name) => wdiYearOfColumn(name) !== null);
	if (names.has('country_code') && names.has('series_code')) {
		if (names.has('time') && names.has('value')) return 'wdi-long';
		if (hasYears) return 'wdi-wide-databank';
	}
	if (names.has('country_code') && names.has('indicator_code') && hasYears) return 'wdi-wide-api';
	// A World Bank header missing its key columns is no template either.
	if (names.has('series_code') || names.has('indicator_code')) return null;
	// Any template column: the template reader names the columns it lacks.
	return Object.values(matchHeader(header)).some((index) => index >= 0) ? 'template' : null;
}

/** The file's kind and the index of its header row. */
export interface DetectedHeader {
	kind: CovariatesFileKind;
	headerIndex: number;
}

/** Finds the header (past the WDI preamble and blank lines) and its kind, or throws. */
export function detectHeader(rows: readonly string[][], file: string): DetectedHeader {
	let preamble = 0;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index];
		if (isBlank(row)) continue;
		const kind = kindOfHeader(row);
		if (kind === 'geo-cepii') {
			throw new TradeFileError(
				'covariates-geo-cepii',
				"This is CEPII's geo_cepii (the country file); drop dist_cepii, the bilateral distances.",
				file,
				index + 1
			);
		}
		if (kind) return { kind, headerIndex: index };
		if (WDI_PREAMBLE.has(foldHeader(row[0])) && ++preamble <= MAX_PREAMBLE_LINES) continue;
		throw new TradeFileError(
			'covariates-unknown-header',
			`The header of the covariates file is none of the layouts read: ${EXPECTED_LAYOUTS}.`,
			file,
			index + 1,
			undefined,
			{ header: row.join(', '), expected: EXPECTED_LAYOUTS }
		);
	}
	throw new TradeFileError('empty-file', 'The covariates file has no data rows.', file);
}

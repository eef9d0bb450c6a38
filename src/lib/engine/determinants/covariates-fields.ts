/**
 * The fields of a covariates CSV: which header names stand for which column (in English,
 * Portuguese and Spanish, accents and case ignored) and how a number or a country is read.
 */
import { capitalOf, CAPITAL_ALIASES } from '../codes/capitals';
import { countryOfName } from '../codes/country-names';
import { knownCountryIds } from '../codes/countries';

/** The columns of a covariates file; `distance` is optional. */
export const COVARIATE_COLUMNS = ['iso3', 'year', 'gdp', 'gdpPerCapita', 'distance'] as const;
export type CovariateColumn = (typeof COVARIATE_COLUMNS)[number];

/** The columns a covariates file must have. */
export const REQUIRED_COVARIATE_COLUMNS: readonly CovariateColumn[] = [
	'iso3',
	'year',
	'gdp',
	'gdpPerCapita'
];

/** The header each column is written with in the template (and named by in messages). */
export const COVARIATE_HEADER: Record<CovariateColumn, string> = {
	iso3: 'iso3',
	year: 'year',
	gdp: 'gdp',
	gdpPerCapita: 'gdp_per_capita',
	distance: 'distance_km'
};

/** Folded header names (see foldHeader) accepted for each column. */
const HEADER_NAMES: Record<CovariateColumn, readonly string[]> = {
	iso3: ['iso3', 'iso', 'iso_3', 'iso_a3', 'iso_code', 'country', 'country_code', 'pais', 'code'],
	year: ['year', 'ano', 'anio', 'period', 'periodo'],
	gdp: ['gdp', 'pib', 'gdp_usd', 'pib_usd'],
	gdpPerCapita: [
		'gdp_per_capita',
		'gdppc',
		'gdp_pc',
		'gdp_percapita',
		'pib_per_capita',
		'pib_pc',
		'pibpc',
		'pib_percapita'
	],
	distance: ['distance', 'distance_km', 'dist', 'dist_km', 'distancia', 'distancia_km']
};

/** Lower case, accents dropped, runs of anything but letters and digits as one `_`: "País" → "pais". */
export function foldHeader(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/** Index of each column in a header row (-1 when absent; the first matching column wins). */
export function matchHeader(header: readonly string[]): Record<CovariateColumn, number> {
	const folded = header.map(foldHeader);
	const indexOf = (column: CovariateColumn) =>
		folded.findIndex((name) => HEADER_NAMES[column].includes(name));
	return {
		iso3: indexOf('iso3'),
		year: indexOf('year'),
		gdp: indexOf('gdp'),
		gdpPerCapita: indexOf('gdpPerCapita'),
		distance: indexOf('distance')
	};
}

/** What statistics offices write for "no value" (World Bank `..`, R `NA`, a dash). */
const MISSING_MARKERS = new Set(['', '..', '...', 'na', 'n/a', 'nan', 'null', '-', '–', '—']);

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** 1,234,567.8: commas grouping thousands (a quoted field of a comma-delimited file). */
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** 1.234.567: dots grouping thousands, with no decimals (a decimal-comma file). */
const DOT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3}){2,}$/;

/**
 * A number as a covariates file writes it; null when the field is empty or a missing-value
 * marker, NaN when it is not a number. With `decimalComma` (semicolon-delimited files) a comma
 * is the decimal separator and dots group thousands; a lone dot stays a decimal point.
 */
export function readNumber(raw: string, decimalComma: boolean): number | null {
	// Spaces (also non-breaking ones) group thousands in some locales.
	const text = raw.replace(/[\s\u00a0\u202f]/g, '');
	if (MISSING_MARKERS.has(text.toLowerCase())) return null;
	let plain = text;
	if (decimalComma && text.includes(',')) plain = text.replace(/\./g, '').replace(',', '.');
	else if (COMMA_THOUSANDS.test(text)) plain = text.replace(/,/g, '');
	else if (decimalComma && DOT_THOUSANDS.test(text)) plain = text.replace(/\./g, '');
	return PLAIN_NUMBER.test(plain) ? Number(plain) : NaN;
}

let knownIds: Set<string> | null = null;

/** The country id (ISO3) of a covariates row: an ISO3 code, or an English country name; null when unknown. */
export function readCountry(raw: string): string | null {
	const code = raw.trim().toUpperCase();
	knownIds ??= new Set(knownCountryIds().filter((id) => /^[A-Z]{3}$/.test(id)));
	if (knownIds.has(code) || (/^[A-Z]{3}$/.test(code) && capitalOf(code))) return code;
	// Ids the engine keeps as they are (BACI's 490), as the template writes them.
	if (Object.hasOwn(CAPITAL_ALIASES, code)) return code;
	const byName = countryOfName(raw);
	return byName === null || byName === 'world' || byName === 'aggregate' ? null : byName;
}

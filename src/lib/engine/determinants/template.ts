/**
 * The covariates template the user downloads: one row per country and year of the analysis,
 * GDP columns left empty to fill in, distances to the reporter filled from the built-in table.
 */
import { csvLines, csvNumber, plainLineEnd, type CsvDialect } from '../views/csv-field';
import { COVARIATE_COLUMNS, COVARIATE_HEADER } from './covariates-fields';
import { capitalDistanceKm } from './distance';

/** Digits kept of a prefilled distance (metres: far below any effect on ln DIST). */
const DISTANCE_DECIMALS = 3;

/**
 * The template as CSV text (`\n` line ends in the standard dialect; `;`, decimal comma and CRLF in
 * Excel's, which the covariates reader reads back): header `iso3,year,gdp,gdp_per_capita,distance_km`,
 * then the reporter and each partner (in the order given, repeats and the reporter itself left
 * out), each for every year in ascending order. The reporter's distance, and a pair the
 * built-in table cannot measure, are left empty.
 */
export function covariatesTemplate(
	reporter: string,
	partners: readonly string[],
	years: readonly number[],
	dialect: CsvDialect = 'standard'
): string {
	const countries = [reporter, ...new Set(partners.filter((partner) => partner !== reporter))];
	const sortedYears = [...new Set(years)].sort((a, b) => a - b);
	const lines: (string | number)[][] = [
		COVARIATE_COLUMNS.map((column) => COVARIATE_HEADER[column])
	];
	for (const country of countries) {
		const distance = country === reporter ? null : capitalDistanceKm(reporter, country);
		const distanceText = distance === null ? '' : csvNumber(distance, dialect, DISTANCE_DECIMALS);
		for (const year of sortedYears) lines.push([country, year, '', '', distanceText]);
	}
	return csvLines(lines, dialect, plainLineEnd(dialect));
}
